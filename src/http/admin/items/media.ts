import { Hono, type Context } from "hono";
import { loadArticleForEditing, type EditorArticle } from "../../../commands/editorial/index.js";
import { attachMedia, detachMedia } from "../../../commands/media/attachments.js";
import { MAX_ALT_LENGTH, setAltText } from "../../../commands/media/altText.js";
import type { MediaActor, MediaContext } from "../../../commands/media/context.js";
import { uploadMedia } from "../../../commands/media/uploadMedia.js";
import type { AdminTranslate } from "../../../i18n/admin.js";
import { AppError, isAppError } from "../../../lib/errors.js";
import { createMediaRuntime, type MediaRuntime } from "../../../media/runtime.js";
import { formatFileSize } from "../../../media/sizes.js";
import { listAttachedMedia } from "../../../store/media.js";
import { requirePermission } from "../auth/middleware.js";
import type { AdminDeps, AdminEnv, AdminUser } from "../context.js";
import { adminShell } from "../views/shell.js";
import { renderEditor } from "./editor.js";
import { articleIdParam, editorialContext, signedInUser } from "./editorContext.js";
import { mayChangeMedia } from "./mediaModel.js";

type Ctx = Context<AdminEnv>;

/**
 * The editor page's media panel, as plain forms: `POST /admin/items/:id/media` (multipart: `file`, optional
 * `alt_<lang>`) uploads a file, attaches it as an image or a document by what its content is, and goes back
 * to the panel; `…/media/:mediaId/alt` saves an attached image's alt texts (`alt_<lang>`, blank removes);
 * `…/media/:mediaId/detach` removes a file from the item (it stays stored). Allowed to members with
 * "media.upload" who may also change the item as a whole (every language it has); others get 403. CSRF is
 * checked by the back office's middleware, which reads `_csrf` from the multipart form too.
 */
export function itemMediaRoutes(deps: AdminDeps & { media?: MediaRuntime | undefined }): Hono<AdminEnv> {
  const media = deps.media ?? createMediaRuntime(deps);
  const ctx: MediaContext = {
    store: deps.store,
    storage: media.storage,
    limits: media.limits,
    languages: deps.config.languages,
    clock: deps.clock,
  };
  const app = new Hono<AdminEnv>();
  app.use("/:id{[0-9]+}/media", requirePermission("media.upload"));
  app.use("/:id{[0-9]+}/media/*", requirePermission("media.upload"));

  app.post("/:id{[0-9]+}/media", async (c) => {
    const { user, article } = await editableItem(c, deps);
    const { t, lang } = adminShell(c, deps);
    const form = await c.req.parseBody();
    const file = form["file"];
    const refuse = (text: string, status: 413 | 422 = 422) =>
      renderEditor(c, deps, article.id, { mediaProblem: text }, status);
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
      return refuse(t("media.problem.noFile"));
    }
    const alts: [string, string][] = [];
    for (const lang of deps.config.languages) {
      const alt = form[`alt_${lang}`];
      if (typeof alt !== "string" || alt.trim() === "") continue;
      if (Array.from(alt.trim()).length > MAX_ALT_LENGTH) {
        return refuse(t("media.problem.altTooLong", { max: MAX_ALT_LENGTH }));
      }
      alts.push([lang, alt]);
    }
    const actor = actorOf(c, user);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await uploadMedia(ctx, { bytes, fileName: file.name, actor }).catch((error: unknown) => {
      const problem = uploadProblem(t, lang, error);
      if (!problem) throw error;
      return problem;
    });
    if ("text" in result) return refuse(result.text, result.status);
    const uploaded = result.media;
    const role = uploaded.kind === "image" ? "image" : "attachment";
    await attachMedia(ctx, { articleId: article.id, mediaId: uploaded.id, role, actor });
    if (role === "image") {
      for (const [lang, alt] of alts) await setAltText(ctx, { mediaId: uploaded.id, lang, alt, actor });
      if (uploaded.variantsReadyAt === null) media.variants.schedule();
    }
    return c.redirect(`/admin/items/${article.id}?notice=media-uploaded#media`, 303);
  });

  app.post("/:id{[0-9]+}/media/:mediaId{[0-9]+}/alt", async (c) => {
    const { user, article } = await editableItem(c, deps);
    const { t } = adminShell(c, deps);
    const mediaId = await attachedImage(c, deps, article.id, "image");
    const form = await c.req.parseBody();
    const alts: [string, string][] = [];
    for (const lang of deps.config.languages) {
      const alt = form[`alt_${lang}`];
      if (typeof alt !== "string") continue;
      if (Array.from(alt.trim()).length > MAX_ALT_LENGTH) {
        return renderEditor(
          c,
          deps,
          article.id,
          { mediaProblem: t("media.problem.altTooLong", { max: MAX_ALT_LENGTH }) },
          422,
        );
      }
      alts.push([lang, alt]);
    }
    const actor = actorOf(c, user);
    for (const [lang, alt] of alts) await setAltText(ctx, { mediaId, lang, alt, actor });
    return c.redirect(`/admin/items/${article.id}?notice=media-alt#media-${mediaId}`, 303);
  });

  app.post("/:id{[0-9]+}/media/:mediaId{[0-9]+}/detach", async (c) => {
    const { user, article } = await editableItem(c, deps);
    const mediaId = await attachedImage(c, deps, article.id, undefined);
    await detachMedia(ctx, { articleId: article.id, mediaId, actor: actorOf(c, user) });
    return c.redirect(`/admin/items/${article.id}?notice=media-detached#media`, 303);
  });

  return app;
}

/** The item of the address, when the member may change its media; 403 otherwise, before anything is read. */
async function editableItem(c: Ctx, deps: AdminDeps): Promise<{ user: AdminUser; article: EditorArticle }> {
  const user = signedInUser(c);
  const article = await loadArticleForEditing(editorialContext(c, deps, user), articleIdParam(c));
  if (!mayChangeMedia(user, article)) {
    throw new AppError("forbidden", "Your role may not change this item's media in its current state", {
      permission: "media.upload",
    });
  }
  return { user, article };
}

/** The `:mediaId` of the address, when that file is attached to the item (as an image, when asked); else 404. */
async function attachedImage(
  c: Ctx,
  deps: AdminDeps,
  articleId: number,
  role: "image" | undefined,
): Promise<number> {
  const mediaId = Number(c.req.param("mediaId"));
  const attached = await listAttachedMedia(deps.store.db, articleId);
  const found = attached.find((a) => a.media.id === mediaId && (role === undefined || a.role === role));
  if (!found)
    throw new AppError("not_found", `No ${role ?? "file"} ${mediaId} is attached to item ${articleId}`);
  return mediaId;
}

function actorOf(c: Ctx, user: AdminUser): MediaActor {
  return { id: user.id, label: user.email, role: user.role, ip: c.get("clientIp") };
}

/** An upload refused for what the file is, in the member's language; undefined for anything else. */
function uploadProblem(
  t: AdminTranslate,
  lang: string,
  error: unknown,
): { text: string; status: 413 | 422 } | undefined {
  if (!isAppError(error) || error.code !== "validation_failed") return undefined;
  const details = error.details ?? {};
  switch (details["reason"]) {
    case "empty":
      return { text: t("media.problem.empty"), status: 422 };
    case "unsupported_type":
      return { text: t("media.problem.unsupported"), status: 422 };
    case "unreadable_image":
      return { text: t("media.problem.unreadable"), status: 422 };
    case "too_large": {
      const size = details["size"];
      const limit = details["limit"];
      if (typeof size !== "number" || typeof limit !== "number") return undefined;
      return {
        text: t("media.problem.tooLarge", {
          size: formatFileSize(size, lang),
          limit: formatFileSize(limit, lang),
        }),
        status: 413,
      };
    }
    default:
      return undefined;
  }
}
