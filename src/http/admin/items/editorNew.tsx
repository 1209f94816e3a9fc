import { Hono, type Context } from "hono";
import { createDraft, type DraftTranslationInput } from "../../../commands/editorial/index.js";
import { isArticleKind } from "../../../domain/content.js";
import { isAppError } from "../../../lib/errors.js";
import { requirePermission } from "../auth/middleware.js";
import { formFields } from "../auth/request.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { NewItemPage } from "../views/items/NewItemPage.js";
import type { LinkedProblem } from "../views/items/parts.js";
import type { NewItemModel } from "../views/items/types.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { editorialContext, signedInUser } from "./editorContext.js";
import { kindOptions, languageLabel, sectionOptions } from "./editorOptions.js";
import { fromLocalInput } from "../../../i18n/localTime.js";

type Values = NewItemModel["values"];

/** GET /admin/items/new shows the form; POST /admin/items creates the draft and opens its editor (303). */
export function newItemRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const guard = requirePermission("article.create");

  const page = async (c: Context<AdminEnv>, values: Values | undefined, problems: LinkedProblem[]) => {
    const shell = adminShell(c, deps, "items");
    const { t } = shell;
    const tree = await deps.sections.get();
    const sections = sectionOptions(tree, shell.lang);
    const model: NewItemModel = {
      sections,
      kinds: kindOptions(t),
      languages: deps.config.languages.map((code) => ({ code, name: languageLabel(t, code) })),
      timezone: deps.config.timezone,
      values: values ?? { sectionId: sections[0]?.value ?? "", kind: "news", publishedAt: "", titles: {} },
      problems,
    };
    return sendAdminPage(c, <NewItemPage shell={shell} model={model} />, problems.length > 0 ? 422 : 200);
  };

  app.get("/new", guard, (c) => page(c, undefined, []));

  app.post("/", guard, async (c) => {
    const { t } = adminShell(c, deps);
    const fields = await formFields(c);
    const values: Values = {
      sectionId: fields["sectionId"] ?? "",
      kind: fields["kind"] ?? "",
      publishedAt: (fields["publishedAt"] ?? "").trim(),
      titles: Object.fromEntries(deps.config.languages.map((code) => [code, fields[`title_${code}`] ?? ""])),
    };
    const problems: LinkedProblem[] = [];
    const tree = await deps.sections.get();
    const sectionId = /^[1-9]\d{0,9}$/.test(values.sectionId) ? Number(values.sectionId) : undefined;
    if (sectionId === undefined || !tree.get(sectionId)) {
      problems.push({ field: "new-section", message: t("newItem.badSection") });
    }
    if (!isArticleKind(values.kind)) problems.push({ field: "new-kind", message: t("newItem.badKind") });
    const publishedAt =
      values.publishedAt === "" ? undefined : fromLocalInput(values.publishedAt, deps.config.timezone);
    if (values.publishedAt !== "" && publishedAt === undefined) {
      problems.push({ field: "new-published", message: t("newItem.badDate") });
    }
    const translations: DraftTranslationInput[] = deps.config.languages.flatMap((lang) => {
      const title = (values.titles[lang] ?? "").trim();
      return title === "" ? [] : [{ lang, title, bodyHtml: "" }];
    });
    if (translations.length === 0) problems.push({ field: "new-titles", message: t("newItem.needTitle") });
    if (problems.length > 0 || sectionId === undefined) return page(c, values, problems);

    try {
      const created = await createDraft(editorialContext(c, deps, signedInUser(c)), {
        sectionId,
        kind: values.kind,
        publishedAt,
        translations,
      });
      return c.redirect(`/admin/items/${created.articleId}?notice=created`, 303);
    } catch (error) {
      if (!isAppError(error) || error.code !== "validation_failed") throw error;
      return page(c, values, [{ field: "", message: error.message }]);
    }
  });
  return app;
}
