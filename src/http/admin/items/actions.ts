import { Hono, type Context } from "hono";
import {
  actorOf,
  deleteArticle,
  embargoArticle,
  liftEmbargo,
  loadArticleForEditing,
  releaseEmbargo,
  transition,
  type EditorArticle,
  type EditorialContext,
  type EditorTranslation,
} from "../../../commands/editorial/index.js";
import { isTranslationAction } from "../../../domain/workflow.js";
import { AppError } from "../../../lib/errors.js";
import { requirePermission, requireSignedIn, wantsJson } from "../auth/middleware.js";
import { formFields } from "../auth/request.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { renderAdminError } from "../views/renderError.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { ActionRefusedPage, DeleteConfirmPage } from "../views/items/ActionPages.js";
import { fromLocalInput } from "../../../i18n/localTime.js";
import { refusalText, type RefusalContext } from "./refusals.js";

export type ItemsContext = Context<AdminEnv>;

/** The editor page of an article, optionally with a notice to show and a part of the page to scroll to. */
export function editorHref(articleId: number, options: { notice?: string; anchor?: string } = {}): string {
  const query = options.notice ? `?notice=${encodeURIComponent(options.notice)}` : "";
  return `/admin/items/${articleId}${query}${options.anchor ? `#${options.anchor}` : ""}`;
}

/** The id of a translation's workflow box on the editor page (TranslationActions renders it). */
export const workflowAnchor = (translationId: number): string => `workflow-${translationId}`;

/** The editorial context of a request's signed-in user. */
export function editorialContextOf(c: ItemsContext, deps: AdminDeps): EditorialContext {
  const user = c.get("user");
  if (!user) throw new AppError("unauthorized", "Sign in first");
  return {
    store: deps.store,
    actor: actorOf(user),
    languages: deps.config.languages,
    clock: deps.clock,
    ip: c.get("clientIp"),
  };
}

/** A positive whole number from the path; anything else is a page that does not exist. */
export function idParam(c: ItemsContext, name: string): number {
  const raw = c.req.param(name) ?? "";
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new AppError("not_found", `No item "${raw}"`);
  return id;
}

/** An article and its translation in one language, as the editor sees them (404 when either is missing). */
export async function translationOf(
  ctx: EditorialContext,
  articleId: number,
  lang: string,
): Promise<{ article: EditorArticle; translation: EditorTranslation }> {
  const article = await loadArticleForEditing(ctx, articleId);
  const translation = article.translations.find((t) => t.lang === lang);
  if (!translation) throw new AppError("not_found", `Item ${articleId} has no "${lang}" translation`);
  return { article, translation };
}

/** The submitted fields, from a form or from a script's JSON object. */
export async function bodyFields(c: ItemsContext): Promise<Record<string, string>> {
  if (!(c.req.header("content-type") ?? "").startsWith("application/json")) return formFields(c);
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError("bad_request", "The request body is not JSON");
  }
  const fields: Record<string, string> = {};
  if (typeof body === "object" && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        fields[key] = String(value);
    }
  }
  return fields;
}

/**
 * An instant from a form: a datetime-local value read in the site's time zone, or (from scripts) an ISO instant
 * with its offset. Anything else gives "", which the command refuses with a validation error naming the field.
 */
export function instantFromInput(value: string | undefined, timeZone: string): string {
  const text = (value ?? "").trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))) {
    return new Date(text).toISOString();
  }
  return fromLocalInput(text, timeZone) ?? "";
}

/**
 * Runs a change. A refusal the user can act on (403, 409, 422) is shown on a page in their language, with the
 * status and a way back to the item; scripts, and every other error, go to the back office's error handler.
 */
export async function attempt(
  c: ItemsContext,
  deps: AdminDeps,
  where: RefusalContext,
  backHref: string,
  work: () => Promise<Response>,
): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (wantsJson(c)) throw error;
    const shell = adminShell(c, deps, "items");
    const refusal = refusalText(shell.t, error, where);
    if (!refusal) throw error;
    return sendAdminPage(c, ActionRefusedPage({ shell, text: refusal.text, backHref }), refusal.status);
  }
}

/**
 * Workflow and embargo actions and deleting, under /admin/items. Every route needs a signed-in user; the
 * commands check the role, the state and the audit trail themselves.
 */
export function itemActionRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const tz = deps.config.timezone;

  app.post("/:id/translations/:lang/transition", requireSignedIn(), async (c) => {
    const articleId = idParam(c, "id");
    const lang = c.req.param("lang");
    const fields = await bodyFields(c);
    const action = fields["action"] ?? "";
    if (!isTranslationAction(action)) throw new AppError("bad_request", `Unknown action "${action}"`);
    const ctx = editorialContextOf(c, deps);
    return attempt(c, deps, "transition", editorHref(articleId), async () => {
      const { translation } = await translationOf(ctx, articleId, lang);
      const result = await transition(ctx, {
        translationId: translation.id,
        action,
        at: action === "schedule" ? instantFromInput(fields["at"], tz) : undefined,
        note: fields["note"],
      });
      if (wantsJson(c)) return c.json({ transition: result });
      return c.redirect(
        editorHref(articleId, { notice: action, anchor: workflowAnchor(translation.id) }),
        303,
      );
    });
  });

  app.post("/:id/embargo", requireSignedIn(), async (c) => {
    const articleId = idParam(c, "id");
    const fields = await bodyFields(c);
    const ctx = editorialContextOf(c, deps);
    return attempt(c, deps, "embargo", editorHref(articleId, { anchor: "embargo" }), async () => {
      const result = await embargoArticle(ctx, { articleId, until: instantFromInput(fields["until"], tz) });
      if (wantsJson(c)) return c.json({ embargo: result });
      return c.redirect(editorHref(articleId, { notice: "embargo", anchor: "embargo" }), 303);
    });
  });

  app.post("/:id/embargo/lift", requireSignedIn(), async (c) => {
    const articleId = idParam(c, "id");
    const ctx = editorialContextOf(c, deps);
    return attempt(c, deps, "lift", editorHref(articleId, { anchor: "embargo" }), async () => {
      const result = await liftEmbargo(ctx, { articleId });
      if (wantsJson(c)) return c.json({ lifted: result });
      return c.redirect(editorHref(articleId, { notice: "lift", anchor: "embargo" }), 303);
    });
  });

  app.post("/:id/embargo/release", requireSignedIn(), async (c) => {
    const articleId = idParam(c, "id");
    const ctx = editorialContextOf(c, deps);
    return attempt(c, deps, "release", editorHref(articleId, { anchor: "embargo" }), async () => {
      const result = await releaseEmbargo(ctx, { articleId });
      if (wantsJson(c)) return c.json({ released: result });
      return c.redirect(editorHref(articleId, { notice: "release", anchor: "embargo" }), 303);
    });
  });

  // Deleting takes two steps without any script: this page asks, and only its form's POST deletes.
  app.get("/:id/delete", requirePermission("article.delete"), async (c) => {
    const articleId = idParam(c, "id");
    const shell = adminShell(c, deps, "items");
    const article = await loadArticleForEditing(editorialContextOf(c, deps), articleId);
    const named = article.translations.find((t) => t.lang === shell.lang) ?? article.translations[0];
    return sendAdminPage(
      c,
      DeleteConfirmPage({
        shell,
        action: `/admin/items/${articleId}/delete`,
        cancelHref: editorHref(articleId),
        title: named?.title ?? `#${articleId}`,
        titleLang: named?.lang,
      }),
    );
  });

  app.post("/:id/delete", requirePermission("article.delete"), async (c) => {
    const articleId = idParam(c, "id");
    const fields = await bodyFields(c);
    if (fields["confirm"] !== "yes") return c.redirect(`/admin/items/${articleId}/delete`, 303);
    const ctx = editorialContextOf(c, deps);
    return attempt(c, deps, "delete", editorHref(articleId), async () => {
      const result = await deleteArticle(ctx, { articleId });
      if (wantsJson(c)) return c.json({ deleted: result });
      return c.redirect("/admin/items?notice=deleted", 303);
    });
  });

  app.onError((error, c) => renderAdminError(deps, c, error));
  return app;
}
