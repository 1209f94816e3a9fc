import type { EditorArticle, EditorTranslation } from "../../../commands/editorial/index.js";
import { can } from "../../../domain/roles.js";
import type { SectionTree } from "../../../domain/sections.js";
import type { AdminStringKey, AdminTranslate } from "../../../i18n/admin.js";
import type { PersonWithPosts } from "../../../store/peoplePosts.js";
import type { AdminUser } from "../context.js";
import type { LinkedProblem } from "../views/items/parts.js";
import type {
  ColumnValues,
  ConflictView,
  DetailsModel,
  EditorColumn,
  EditorPageModel,
  Option,
} from "../views/items/types.js";
import type { AdminShell } from "../views/shell.js";
import {
  kindOptions,
  languageLabel,
  peopleOptions,
  sectionOptions,
  signatureOptions,
  signatureValue,
  stateBadge,
} from "./editorOptions.js";
import { dateTimeText, toLocalInput } from "../../../i18n/localTime.js";
import { itemEditable } from "./mediaModel.js";

/** What a re-shown page keeps of a refused save: the text as sent, its problems, or the conflict. */
export interface ColumnOverride {
  values?: ColumnValues | undefined;
  baseVersion?: number | undefined;
  problems?: LinkedProblem[] | undefined;
  conflict?: ConflictView | undefined;
}

export interface EditorOverrides {
  notice?: string | undefined;
  columns?: Record<string, ColumnOverride> | undefined;
  details?: DetailsModel["values"] | undefined;
  /** Why an upload or a change of the item's media was refused. */
  mediaProblem?: string | undefined;
}

/** The strings the page's script shows (autosave and address status, the toolbar, conflicts). */
const CLIENT_STRINGS = [
  "editor.saving",
  "editor.savedAt",
  "editor.notSaved",
  "editor.offline",
  "editor.signedOut",
  "editor.notAllowed",
  "editor.slugChecking",
  "editor.slugAvailable",
  "editor.slugTaken",
  "editor.slugInvalid",
  "editor.slugSuggested",
  "editor.conflict.title",
  "editor.conflict.intro",
  "editor.conflict.theirs",
  "editor.conflict.yours",
  "editor.conflict.useTheirs",
  "editor.conflict.keepMine",
  "editor.conflict.unchanged",
  "editor.conflict.tookTheirs",
  "editor.someone",
  "editor.toolbar",
  "editor.tool.bold",
  "editor.tool.italic",
  "editor.tool.heading",
  "editor.tool.bulletList",
  "editor.tool.orderedList",
  "editor.tool.blockquote",
  "editor.tool.link",
  "editor.tool.undo",
  "editor.tool.redo",
  "editor.linkPrompt",
  "editor.fieldTitle",
  "editor.slug",
  "editor.lead",
  "editor.place",
  "editor.body",
] as const satisfies readonly AdminStringKey[];

/** The article's shared fields as the form shows them. */
export function detailValues(article: EditorArticle, timeZone: string): DetailsModel["values"] {
  return {
    sectionId: String(article.sectionId),
    kind: article.kind,
    publishedAt: toLocalInput(article.publishedAt, timeZone),
    eventStart: article.eventStart ?? "",
    eventEnd: article.eventEnd ?? "",
    peopleIds: article.peopleIds.map(String),
  };
}

/** A translation's text fields as the form shows them. */
export function columnValues(tr: EditorTranslation): ColumnValues {
  const picked = signatureValue(tr.signature);
  return {
    title: tr.title,
    slug: tr.slug,
    lead: tr.lead,
    bodyHtml: tr.bodyHtml,
    place: tr.place ?? "",
    signature: picked === "" && tr.signature.text ? "keep" : picked,
    correction: false,
    correctionNote: "",
  };
}

/** Shapes the editor page from the article as loaded, the site's people and sections, and a refused save. */
export function editorPageModel(input: {
  shell: AdminShell;
  user: AdminUser;
  article: EditorArticle;
  people: readonly PersonWithPosts[];
  tree: SectionTree;
  languages: readonly string[];
  timeZone: string;
  overrides: EditorOverrides;
}): EditorPageModel {
  const { shell, user, article, people, tree, languages, timeZone, overrides } = input;
  const { t } = shell;
  const byLang = new Map(article.translations.map((tr) => [tr.lang, tr]));
  const first = languages.find((lang) => byLang.has(lang));
  const mayAdd = can(user.role, "article.editAnyDraft") || article.createdBy === user.id;

  const columns = languages.map((lang): EditorColumn => {
    const tr = byLang.get(lang);
    const override = overrides.columns?.[lang] ?? {};
    const language = languageLabel(t, lang);
    const base = {
      lang,
      language,
      formId: `form-${lang}`,
      action: `/admin/items/${article.id}/translations/${lang}`,
      problems: override.problems ?? [],
      conflict: override.conflict,
    };
    if (!tr) {
      return {
        ...base,
        exists: false,
        editable: mayAdd,
        autosave: false,
        published: false,
        slugLocked: false,
        badge: undefined,
        lastSaved: undefined,
        outOfDate: false,
        baseVersion: 0,
        values: override.values ?? emptyValues(),
        signatures: signatureOptions(people, lang),
        previewHref: undefined,
      };
    }
    const values = override.values ?? columnValues(tr);
    return {
      ...base,
      exists: true,
      editable: tr.editable,
      autosave: tr.editable && (tr.state === "draft" || tr.state === "in_review"),
      published: tr.state === "published",
      slugLocked: tr.firstPublishedAt !== null,
      badge: stateBadge(t, tr.state),
      lastSaved: t("editor.lastSaved", {
        version: tr.version,
        when: dateTimeText(tr.updatedAt, timeZone),
        name: tr.updatedBy?.name ?? tr.author?.name ?? t("editor.someone"),
      }),
      outOfDate: tr.outOfDate,
      baseVersion: override.baseVersion ?? tr.version,
      values,
      signatures: withKept(signatureOptions(people, lang), tr, shell.t),
      previewHref: `/admin/items/${article.id}/preview/${lang}`,
    };
  });

  const own = byLang.get(shell.lang) ?? article.translations[0];
  const problems = columns.flatMap((c) => c.problems);
  const notice = overrides.notice;
  return {
    articleId: article.id,
    heading: own ? t("editor.title", { title: own.title }) : t("editor.itemNumber", { id: article.id }),
    notice,
    problems,
    details: {
      editable: itemEditable(article),
      formId: first === undefined ? undefined : `form-${first}`,
      values: overrides.details ?? detailValues(article, timeZone),
      sections: sectionOptions(tree, shell.lang),
      kinds: kindOptions(t),
      people: peopleOptions(people, shell.lang),
      timezone: timeZone,
    },
    columns,
    clientConfig: JSON.stringify({
      timeZone,
      lang: shell.lang,
      slugCheck: `/admin/items/${article.id}/slug-check`,
      strings: Object.fromEntries(CLIENT_STRINGS.map((key) => [key, t(key)])),
    }),
  };
}

function emptyValues(): ColumnValues {
  return {
    title: "",
    slug: "",
    lead: "",
    bodyHtml: "",
    place: "",
    signature: "",
    correction: false,
    correctionNote: "",
  };
}

/** Keeps a byline that the people's posts no longer offer (imported, or its post since removed) as a choice. */
function withKept(options: Option[], tr: EditorTranslation, t: AdminTranslate): Option[] {
  const text = tr.signature.text;
  if (!text) return options;
  const value = signatureValue(tr.signature) || "keep";
  if (options.some((o) => o.value === value)) return options;
  return [{ value, label: t("editor.keepSignature", { text }) }, ...options];
}
