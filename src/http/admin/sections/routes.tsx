import { Hono, type Context } from "hono";
import { addSection, updateSection } from "../../../commands/sections.js";
import type { Actor } from "../../../commands/users.js";
import type { Section, SectionTree } from "../../../domain/sections.js";
import { isAdminStringKey, type AdminTranslate } from "../../../i18n/admin.js";
import { AppError, isAppError } from "../../../lib/errors.js";
import { requirePermission } from "../auth/middleware.js";
import { formFields } from "../auth/request.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { SectionsEditPage } from "../views/SectionsEditPage.js";
import {
  SectionsPage,
  type SectionFormValues,
  type SectionLanguage,
  type SectionRow,
} from "../views/SectionsPage.js";

type Ctx = Context<AdminEnv>;

const NOTICES = {
  created: "sections.created",
  changed: "sections.changed",
  unchanged: "sections.unchanged",
} as const;

function isNotice(value: string | undefined): value is keyof typeof NOTICES {
  return value !== undefined && value in NOTICES;
}

function actorOf(c: Ctx): Actor {
  const user = c.get("user");
  if (!user) throw new AppError("unauthorized", "Sign in first");
  return { id: user.id, label: user.email, ip: c.get("clientIp") };
}

function sectionIdParam(c: Ctx): number {
  const raw = c.req.param("id") ?? "";
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new AppError("not_found", `No section "${raw}"`);
  return id;
}

/** A section's name for labels: its title in the interface language, else in the first language it has. */
function nameOf(section: Section, lang: string): string {
  const own = section.translations[lang]?.title;
  if (own !== undefined) return own;
  return Object.values(section.translations).find((t) => t !== undefined)?.title ?? `#${section.id}`;
}

/** The tree, depth first, each section followed by the ones under it. */
function rowsOf(tree: SectionTree, lang: string): SectionRow[] {
  const rows: SectionRow[] = [];
  const walk = (sections: Section[], depth: number): void => {
    for (const s of sections) {
      const translations: SectionRow["translations"] = {};
      for (const [code, t] of Object.entries(s.translations)) {
        if (t) translations[code] = { title: t.title, path: t.path };
      }
      rows.push({ id: s.id, depth, position: s.position, name: nameOf(s, lang), translations });
      walk(tree.children(s.id), depth + 1);
    }
  };
  walk(tree.roots(), 0);
  return rows;
}

/** The user's-language message for a refused change, naming the language it is about. */
function problemMessage(t: AdminTranslate, languages: SectionLanguage[], error: AppError): string {
  const problem = error.details?.["problem"];
  const key = typeof problem === "string" ? `problem.${problem}` : "";
  const text = isAdminStringKey(key) ? t(key) : error.message;
  const lang = error.details?.["lang"];
  const language = languages.find((l) => l.code === lang);
  return language ? `${language.name}: ${text}` : text;
}

function formValues(fields: Record<string, string>, languages: readonly string[]): SectionFormValues {
  const translations: SectionFormValues["translations"] = {};
  for (const lang of languages) {
    translations[lang] = {
      title: fields[`title_${lang}`] ?? "",
      slug: (fields[`slug_${lang}`] ?? "").trim(),
    };
  }
  return { parentId: fields["parentId"] ?? "", position: (fields["position"] ?? "").trim(), translations };
}

function positionOf(raw: string): number {
  return /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
}

/**
 * /admin/sections: administrators see the section tree with titles and addresses in every language, create
 * sections and change their titles, slugs and position. Each change is audited and refreshes the public site's
 * section cache at once.
 */
export function sectionsRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("*", requirePermission("sections.manage"));
  const ctx = { store: deps.store, languages: deps.config.languages, clock: deps.clock };

  const languagesFor = (t: AdminTranslate): SectionLanguage[] =>
    deps.config.languages.map((code) => {
      const key = `lang.${code}`;
      return { code, name: isAdminStringKey(key) ? t(key) : code };
    });

  const refused = (error: unknown): error is AppError =>
    isAppError(error) &&
    (error.code === "validation_failed" || error.code === "conflict" || error.code === "slug_taken");

  const statusOf = (error: AppError): 409 | 422 => (error.code === "validation_failed" ? 422 : 409);

  const listPage = async (
    c: Ctx,
    problems: string[],
    form: SectionFormValues | undefined,
    status: 200 | 409 | 422,
  ): Promise<Response> => {
    const shell = adminShell(c, deps, "sections");
    const notice = c.req.query("notice");
    const tree = await deps.sections.get();
    const empty: SectionFormValues["translations"] = {};
    for (const lang of deps.config.languages) empty[lang] = { title: "", slug: "" };
    return sendAdminPage(
      c,
      <SectionsPage
        shell={shell}
        model={{
          languages: languagesFor(shell.t),
          rows: rowsOf(tree, shell.lang),
          notice: status === 200 && isNotice(notice) ? shell.t(NOTICES[notice]) : undefined,
          problems,
          form: form ?? { parentId: "", position: "0", translations: empty },
        }}
      />,
      status,
    );
  };

  const editPage = async (
    c: Ctx,
    id: number,
    problems: string[],
    form: SectionFormValues | undefined,
    status: 200 | 409 | 422,
  ): Promise<Response> => {
    const shell = adminShell(c, deps, "sections");
    const tree = await deps.sections.get();
    const section = tree.get(id);
    if (!section) throw new AppError("not_found", `No section ${id}`);
    const notice = c.req.query("notice");
    const paths: Record<string, string | undefined> = {};
    const current: SectionFormValues["translations"] = {};
    for (const lang of deps.config.languages) {
      const t = section.translations[lang];
      paths[lang] = t?.path;
      current[lang] = { title: t?.title ?? "", slug: t?.slug ?? "" };
    }
    return sendAdminPage(
      c,
      <SectionsEditPage
        shell={shell}
        model={{
          id,
          name: nameOf(section, shell.lang),
          languages: languagesFor(shell.t),
          paths,
          notice: status === 200 && isNotice(notice) ? shell.t(NOTICES[notice]) : undefined,
          problems,
          form: form ?? { parentId: "", position: String(section.position), translations: current },
        }}
      />,
      status,
    );
  };

  app.get("/", (c) => listPage(c, [], undefined, 200));

  app.post("/", async (c) => {
    const form = formValues(await formFields(c), deps.config.languages);
    const parentId = form.parentId === "" ? null : positionOf(form.parentId);
    try {
      if (parentId !== null && (Number.isNaN(parentId) || parentId < 1)) {
        throw new AppError("validation_failed", "Unknown parent section", {
          problem: "section_parent_missing",
        });
      }
      await addSection(ctx, actorOf(c), {
        parentId,
        position: positionOf(form.position),
        translations: form.translations,
      });
    } catch (error) {
      if (!refused(error)) throw error;
      const { t } = adminShell(c, deps);
      return listPage(c, [problemMessage(t, languagesFor(t), error)], form, statusOf(error));
    } finally {
      deps.sections.invalidate();
    }
    return c.redirect("/admin/sections?notice=created", 303);
  });

  app.get("/:id", (c) => editPage(c, sectionIdParam(c), [], undefined, 200));

  app.post("/:id", async (c) => {
    const id = sectionIdParam(c);
    const form = formValues(await formFields(c), deps.config.languages);
    let changed: boolean;
    try {
      changed = await updateSection(ctx, actorOf(c), {
        sectionId: id,
        position: positionOf(form.position),
        translations: form.translations,
      });
    } catch (error) {
      if (!refused(error)) throw error;
      const { t } = adminShell(c, deps);
      return editPage(c, id, [problemMessage(t, languagesFor(t), error)], form, statusOf(error));
    } finally {
      deps.sections.invalidate();
    }
    return c.redirect(`/admin/sections/${id}?notice=${changed ? "changed" : "unchanged"}`, 303);
  });

  return app;
}
