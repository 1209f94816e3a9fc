import { Hono, type Context } from "hono";
import {
  addTranslation,
  checkSlug,
  conflictDetailsOf,
  loadArticleForEditing,
  saveTranslation,
  type EditorArticle,
} from "../../../commands/editorial/index.js";
import type { AdminTranslate } from "../../../i18n/admin.js";
import { AppError, isAppError } from "../../../lib/errors.js";
import { listAttachedMedia } from "../../../store/media.js";
import { listPeopleWithPosts } from "../../../store/peoplePosts.js";
import { requireSignedIn, wantsJson } from "../auth/middleware.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { EditorPage } from "../views/items/EditorPage.js";
import { actionNoticeText } from "../views/items/TranslationActions.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { articleIdParam, editorialContext, languageParam, signedInUser } from "./editorContext.js";
import { editorPageModel, type EditorOverrides } from "./editorModel.js";
import { languageLabel } from "./editorOptions.js";
import { mediaPanelModel } from "./mediaModel.js";
import {
  problemsOfError,
  readSubmission,
  saveInputOf,
  signatureOf,
  submittedDetails,
  submittedValues,
  type Submission,
} from "./editorSave.js";
import { dateTimeText } from "../../../i18n/localTime.js";

type Ctx = Context<AdminEnv>;

/**
 * The editor of one item: GET /admin/items/:id shows both languages; POST …/translations/:lang saves one (a form
 * post answers 303 back, or the page again with 422 for problems or 409 for a conflict; the autosave script's JSON
 * gets JSON); GET …/slug-check checks an address as it is typed.
 */
export function editorRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("/:id{[0-9]+}/*", requireSignedIn());
  app.use("/:id{[0-9]+}", requireSignedIn());

  app.get("/:id{[0-9]+}", async (c) => {
    const { t } = adminShell(c, deps);
    const lang = (key: string) => {
      const code = c.req.query(key);
      return code && deps.config.languages.includes(code) ? languageLabel(t, code) : undefined;
    };
    const saved = lang("saved");
    const added = lang("added");
    const notice = saved
      ? t("editor.saved", { language: saved })
      : added
        ? t("editor.added", { language: added })
        : c.req.query("notice") === "created"
          ? t("editor.created")
          : (mediaNoticeText(t, c.req.query("notice")) ?? actionNoticeText(t, c.req.query("notice")));
    return renderEditor(c, deps, articleIdParam(c), { notice }, 200);
  });

  app.post("/:id{[0-9]+}/translations/:lang", async (c) => {
    const user = signedInUser(c);
    const ctx = editorialContext(c, deps, user);
    const articleId = articleIdParam(c);
    const lang = languageParam(c, deps);
    const { t } = adminShell(c, deps);
    const json = wantsJson(c);
    const sub = await readSubmission(c);
    const article = await loadArticleForEditing(ctx, articleId);
    const tr = article.translations.find((x) => x.lang === lang);
    const back = (key: "saved" | "added") =>
      c.redirect(`/admin/items/${articleId}?${key}=${lang}#column-${lang}`, 303);

    if (!tr) {
      const f = sub.fields;
      const title = (f.get("title") ?? "").trim();
      const signature = signatureOf(f.get("signature"), undefined);
      const problems = title === "" ? [{ field: `${lang}-title`, message: t("editor.problem.title") }] : [];
      if (signature === "invalid")
        problems.push({ field: `${lang}-signature`, message: t("editor.problem.signature") });
      if (problems.length > 0) return refuse(c, deps, article, lang, sub, problems, json);
      try {
        const added = await addTranslation(ctx, {
          articleId,
          translation: {
            lang,
            title,
            lead: f.get("lead"),
            bodyHtml: f.get("bodyHtml") ?? "",
            slug: f.get("slug")?.trim() || undefined,
            place: f.get("place")?.trim() || undefined,
            signature: signature === "invalid" || signature === null ? undefined : signature,
          },
        });
        return json ? c.json({ version: added.version, slug: added.slug }, 201) : back("added");
      } catch (error) {
        if (json || !isAppError(error) || !isFormProblem(error)) throw error;
        return refuse(c, deps, article, lang, sub, problemsOfError(error, lang, t), false);
      }
    }

    const { input, problems, wantsSlugSuggestion } = saveInputOf(sub, article, tr, deps.config.timezone, t);
    if (problems.length > 0) return refuse(c, deps, article, lang, sub, problems, json);
    if (wantsSlugSuggestion) {
      const check = await checkSlug(ctx, {
        sectionId: input.article?.sectionId ?? article.sectionId,
        lang,
        title: input.title ?? tr.title,
        translationId: tr.id,
      });
      input.slug = check.suggestion;
    }
    try {
      const result = await saveTranslation(ctx, input);
      if (!json) return back("saved");
      return c.json({
        version: result.version,
        changed: result.changed,
        slug: result.slug,
        updatedAt: result.updatedAt,
        savedAt: dateTimeText(result.updatedAt, deps.config.timezone).slice(-5),
      });
    } catch (error) {
      if (json || !isAppError(error)) throw error;
      const conflict = conflictDetailsOf(error);
      if (conflict) {
        const name = conflict.current.updatedBy?.name ?? t("editor.someone");
        return renderEditor(
          c,
          deps,
          articleId,
          {
            details: submittedDetails(sub, article, deps.config.timezone),
            columns: {
              [lang]: {
                values: submittedValues(sub, tr),
                baseVersion: conflict.current.version,
                conflict: {
                  theirsHeading: t("editor.conflict.theirs", {
                    version: conflict.current.version,
                    when: dateTimeText(conflict.current.updatedAt, deps.config.timezone),
                    name,
                  }),
                  theirs: {
                    title: conflict.current.title,
                    lead: conflict.current.lead,
                    bodyHtml: conflict.current.bodyHtml,
                    slug: conflict.current.slug,
                    place: conflict.current.place ?? "",
                  },
                  yours: {
                    title: conflict.submitted.title,
                    lead: conflict.submitted.lead,
                    bodyHtml: conflict.submitted.bodyHtml,
                    slug: conflict.submitted.slug,
                    place: conflict.submitted.place === null ? "" : conflict.submitted.place,
                  },
                },
              },
            },
          },
          409,
        );
      }
      if (!isFormProblem(error)) throw error;
      return refuse(c, deps, article, lang, sub, problemsOfError(error, lang, t), false);
    }
  });

  app.get("/:id{[0-9]+}/slug-check", async (c) => {
    const user = signedInUser(c);
    const ctx = editorialContext(c, deps, user);
    const article = await loadArticleForEditing(ctx, articleIdParam(c));
    const lang = c.req.query("lang") ?? "";
    if (!deps.config.languages.includes(lang))
      throw new AppError("bad_request", `Unknown language "${lang}"`);
    const section = c.req.query("sectionId");
    const sectionId = section && /^[1-9]\d{0,9}$/.test(section) ? Number(section) : article.sectionId;
    const slug = (c.req.query("slug") ?? "").trim();
    const result = await checkSlug(ctx, {
      sectionId,
      lang,
      slug: slug === "" ? undefined : slug.slice(0, 300),
      title: (c.req.query("title") ?? "").slice(0, 500) || undefined,
      translationId: article.translations.find((tr) => tr.lang === lang)?.id,
    });
    const status =
      slug === "" ? "suggested" : !result.valid ? "invalid" : result.available ? "available" : "taken";
    return c.json({ ...result, status });
  });

  return app;
}

function isFormProblem(error: AppError): boolean {
  return error.code === "validation_failed" || error.code === "slug_taken";
}

/** A save refused for problems with what was sent: JSON 422 for the script, else the page again with them. */
function refuse(
  c: Ctx,
  deps: AdminDeps,
  article: EditorArticle,
  lang: string,
  sub: Submission,
  problems: { field: string; message: string }[],
  json: boolean,
): Promise<Response> | Response {
  if (json) {
    throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), {
      problems: problems.map((p) => p.message),
      fields: problems.map((p) => p.field),
    });
  }
  const tr = article.translations.find((x) => x.lang === lang);
  return renderEditor(
    c,
    deps,
    article.id,
    {
      details: submittedDetails(sub, article, deps.config.timezone),
      columns: { [lang]: { values: submittedValues(sub, tr), problems } },
    },
    422,
  );
}

/** Loads the item and shows its editor, with a refused save's text, problems or conflict when given. */
export async function renderEditor(
  c: Ctx,
  deps: AdminDeps,
  articleId: number,
  overrides: EditorOverrides,
  status: 200 | 409 | 413 | 422,
): Promise<Response> {
  const user = signedInUser(c);
  const shell = adminShell(c, deps, "items");
  const [article, people, tree, attached] = await Promise.all([
    loadArticleForEditing(editorialContext(c, deps, user), articleId),
    listPeopleWithPosts(deps.store.db),
    deps.sections.get(),
    listAttachedMedia(deps.store.db, articleId),
  ]);
  const model = editorPageModel({
    shell,
    user,
    article,
    people,
    tree,
    languages: deps.config.languages,
    timeZone: deps.config.timezone,
    overrides,
  });
  const media = mediaPanelModel({
    shell,
    user,
    article,
    attached,
    languages: deps.config.languages,
    limits: { maxImageBytes: deps.config.maxImageBytes, maxAttachmentBytes: deps.config.maxAttachmentBytes },
    problem: overrides.mediaProblem,
  });
  return sendAdminPage(c, <EditorPage shell={shell} model={model} article={article} media={media} />, status);
}

/** The notices the media routes redirect with (`?notice=media-…`). */
function mediaNoticeText(t: AdminTranslate, notice: string | undefined): string | undefined {
  if (notice === "media-uploaded") return t("media.notice.uploaded");
  if (notice === "media-alt") return t("media.notice.alt");
  if (notice === "media-detached") return t("media.notice.detached");
  return undefined;
}
