import { Hono } from "hono";
import { createPreviewLink, listPreviewLinks, revokePreviewLink } from "../../../commands/editorial/index.js";
import { formatDateTime } from "../../../i18n/dateTimes.js";
import { AppError } from "../../../lib/errors.js";
import { requirePermission, wantsJson } from "../auth/middleware.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { renderAdminError } from "../views/renderError.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { PreviewCreatedPage } from "../views/items/ActionPages.js";
import {
  attempt,
  bodyFields,
  editorHref,
  editorialContextOf,
  idParam,
  type ItemsContext,
} from "./actions.js";

/** How long a new link lasts unless the form says otherwise, and the longest it may last. */
export const DEFAULT_PREVIEW_HOURS = 48;
export const MAX_PREVIEW_HOURS = 30 * 24;

const HOUR_MS = 3_600_000;

/** The public address of a preview token: the configured public URL, else the address this request came to. */
export function previewUrl(c: ItemsContext, deps: AdminDeps, token: string): string {
  const base = (deps.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, "");
  return `${base}/preview/${token}`;
}

/** Whole hours from 1 to 30 days; anything else is refused naming the "hours" field. */
function validHours(value: string | undefined): number {
  const text = (value ?? "").trim();
  const hours = text === "" ? DEFAULT_PREVIEW_HOURS : Number(text);
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_PREVIEW_HOURS) {
    throw new AppError("validation_failed", `A preview link lasts 1 to ${MAX_PREVIEW_HOURS} hours`, {
      problems: [`the validity must be 1 to ${MAX_PREVIEW_HOURS} hours`],
      fields: ["hours"],
    });
  }
  return hours;
}

/**
 * Preview links for accredited journalists, under /admin/items (permission "preview.manage"): create one (its
 * address is shown once, on the answer to the POST, and never stored) and revoke one.
 */
export function previewLinkRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.post("/:id/previews", requirePermission("preview.manage"), async (c) => {
    const articleId = idParam(c, "id");
    const fields = await bodyFields(c);
    const ctx = editorialContextOf(c, deps);
    const back = editorHref(articleId, { anchor: "previews" });
    return attempt(c, deps, "preview", back, async () => {
      const hours = validHours(fields["hours"]);
      const expiresAt = new Date(deps.clock.now().getTime() + hours * HOUR_MS).toISOString();
      const link = await createPreviewLink(ctx, { articleId, label: fields["label"] ?? "", expiresAt });
      const url = previewUrl(c, deps, link.token);
      if (wantsJson(c)) return c.json({ link: { id: link.linkId, url, expiresAt: link.expiresAt } }, 201);
      const shell = adminShell(c, deps, "items");
      return sendAdminPage(
        c,
        PreviewCreatedPage({
          shell,
          url,
          label: (fields["label"] ?? "").trim(),
          expires: {
            iso: link.expiresAt,
            text: formatDateTime(link.expiresAt, shell.lang, deps.config.timezone),
          },
          backHref: back,
        }),
      );
    });
  });

  app.post("/:id/previews/:linkId/revoke", requirePermission("preview.manage"), async (c) => {
    const articleId = idParam(c, "id");
    const linkId = idParam(c, "linkId");
    const ctx = editorialContextOf(c, deps);
    const back = editorHref(articleId, { anchor: "previews" });
    return attempt(c, deps, "revoke", back, async () => {
      const links = await listPreviewLinks(ctx, articleId);
      if (!links.some((l) => l.id === linkId)) {
        throw new AppError("not_found", `Item ${articleId} has no preview link ${linkId}`);
      }
      const result = await revokePreviewLink(ctx, { linkId });
      if (wantsJson(c)) return c.json({ link: { id: linkId, ...result } });
      return c.redirect(editorHref(articleId, { notice: "revoked", anchor: "previews" }), 303);
    });
  });

  app.onError((error, c) => renderAdminError(deps, c, error));
  return app;
}
