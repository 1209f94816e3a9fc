import { Hono } from "hono";
import { contextStorage } from "hono/context-storage";
import type { AdminEnv } from "./admin/context.js";
import { adminRoutes } from "./admin/routes.js";
import { renderAdminError } from "./admin/views/renderError.js";
import { systemClock, type Clock } from "../lib/clock.js";
import { renderError } from "./errors.js";
import type { SiteDeps } from "./site/context.js";
import { siteRoutes } from "./site/routes.js";
import { AppError } from "../lib/errors.js";
import { createMediaRuntime, type MediaRuntime } from "../media/runtime.js";
import { mediaRoutes } from "./media/public.js";
import { previewRoutes } from "./preview/routes.js";
import { apiRoutes } from "./api/routes.js";
import { createPageCache, isPublicPagePath } from "./cache/setup.js";
import { pageCacheMiddleware } from "./cache/middleware.js";
import type { PageCache } from "./cache/pageCache.js";

const securityHeaders: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' https: data:; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "interest-cohort=()",
};

/** Parts a caller may supply instead of the defaults made from the config. */
export interface AppOptions {
  /** Media storage and jobs; by default files live in `<dataDir>/media`. */
  media?: MediaRuntime | undefined;
  /** The rendered-page cache; by default one sized by the config, dropping entries on content changes. */
  pageCache?: PageCache | undefined;
}

/** The whole HTTP application. Handlers stay thin; pages and errors are rendered by the site module. */
export function createApp(
  siteDeps: SiteDeps & { clock?: Clock | undefined },
  options: AppOptions = {},
): Hono<AdminEnv> {
  const deps = { ...siteDeps, clock: siteDeps.clock ?? systemClock };
  const app = new Hono<AdminEnv>();
  // Lets page builders read the current request (its origin for absolute links when publicUrl is unset).
  app.use("*", contextStorage());

  app.use("*", async (c, next) => {
    const requestId = c.req.header("x-request-id") ?? crypto.randomUUID();
    await next();
    c.res.headers.set("X-Request-Id", requestId);
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  });

  // After the headers above, so that pages served from the cache carry them too.
  const pages = options.pageCache ?? createPageCache(deps.config);
  const servePublicPage = pageCacheMiddleware(pages);
  app.use("*", (c, next) => (isPublicPagePath(c.req.path) ? servePublicPage(c, next) : next()));

  app.get("/assets/:file", (c) => {
    const asset = deps.assets.byPath.get(c.req.path);
    if (!asset) throw new AppError("not_found", "No such asset");
    if (c.req.header("if-none-match") === asset.etag) return c.body(null, 304);
    return c.body(new Uint8Array(asset.body), 200, {
      "Content-Type": asset.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: asset.etag,
    });
  });

  const media = options.media ?? createMediaRuntime(deps);
  app.route("/media", mediaRoutes({ store: deps.store, storage: media.storage }));
  // The back office comes before the public site's catch-all routes.
  app.route("/admin", adminRoutes(deps));
  // Journalists' previews of items not yet public (never cached, never indexed).
  app.route("/preview", previewRoutes(deps));
  // The public JSON API answers in JSON, errors included (see errors.tsx).
  app.route("/api/v1", apiRoutes(deps));
  app.route("/", siteRoutes(deps));
  app.notFound((c) => {
    const error = new AppError("not_found", `No page at ${c.req.path}`);
    const inAdmin = c.req.path === "/admin" || c.req.path.startsWith("/admin/");
    return inAdmin ? renderAdminError(deps, c, error) : renderError(deps, c, error);
  });
  app.onError((error, c) => renderError(deps, c, error));
  return app;
}
