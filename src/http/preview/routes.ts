import { Hono, type Context } from "hono";
import { openPreview } from "../../commands/editorial/index.js";
import { negotiateLanguage } from "../../domain/languages.js";
import { isoNow, type Clock } from "../../lib/clock.js";
import { isAppError } from "../../lib/errors.js";
import { clientIpOf } from "../admin/auth/request.js";
import type { SiteDeps } from "../site/context.js";
import { renderPreview, renderPreviewUnavailable, type PreviewUnavailable } from "./PreviewPage.js";

/** Tokens are 32 random bytes in base64url; anything else is not worth a database lookup. */
const TOKEN = /^[A-Za-z0-9_-]{20,128}$/;

/**
 * Public previews for accredited journalists: `/preview/:token[?lang=ru]`. Each opening is logged (openPreview
 * records the view and audits it). Answers are never cached, never indexed, and send no Referer onwards, so
 * the secret address leaks neither to caches nor to the sites a reader follows links to.
 *
 * A link that never existed answers 404 Not Found; one that expired or was revoked answers 410 Gone: it did
 * lead somewhere, and will not again. Both pages say so in words, in the reader's language.
 */
export function previewRoutes(deps: SiteDeps & { clock?: Clock | undefined }): Hono {
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
    c.res.headers.set("X-Robots-Tag", "noindex, nofollow");
    c.res.headers.set("Referrer-Policy", "no-referrer");
  });

  app.get("/:token", async (c) => {
    const token = c.req.param("token");
    const asked = c.req.query("lang");
    if (!TOKEN.test(token))
      return unavailable(c, deps, "unknown", languageFor(c, deps, deps.config.languages));
    let content;
    try {
      content = await openPreview(
        { store: deps.store, clock: deps.clock },
        {
          token,
          ip: clientIpOf(c, deps.config),
          userAgent: c.req.header("user-agent"),
        },
      );
    } catch (error) {
      if (!isAppError(error) || error.code !== "not_found") throw error;
      const reason = error.details?.["reason"];
      const why: PreviewUnavailable = reason === "expired" || reason === "revoked" ? reason : "unknown";
      return unavailable(c, deps, why, languageFor(c, deps, deps.config.languages));
    }
    const available = content.translations
      .map((tr) => tr.lang)
      .filter((code) => deps.config.languages.includes(code));
    if (available.length === 0)
      return unavailable(c, deps, "empty", languageFor(c, deps, deps.config.languages));
    const lang = asked !== undefined && available.includes(asked) ? asked : languageFor(c, deps, available);
    const html = await renderPreview(deps, content, lang, token, isoNow(deps.clock));
    return c.html(html, 200);
  });

  return app;
}

/** `?lang=` when the site has it, else the reader's preference among the languages given. */
function languageFor(c: Context, deps: SiteDeps, among: readonly string[]): string {
  const asked = c.req.query("lang");
  if (asked !== undefined && among.includes(asked)) return asked;
  const fallback = among.includes(deps.config.defaultLanguage)
    ? deps.config.defaultLanguage
    : (among[0] ?? "en");
  return negotiateLanguage(c.req.header("accept-language"), among, fallback);
}

async function unavailable(
  c: Context,
  deps: SiteDeps,
  reason: PreviewUnavailable,
  lang: string,
): Promise<Response> {
  const html = await renderPreviewUnavailable(deps, reason, lang);
  return c.html(html, reason === "expired" || reason === "revoked" ? 410 : 404);
}
