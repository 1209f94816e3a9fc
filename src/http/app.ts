import { siteBase } from "./site/seo/origin.js";
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
import { processMetrics, type PressroomMetrics } from "../lib/metrics/pressroom.js";
import { markAnsweredFromCache, observeRequests } from "./ops/observe.js";
import { opsRoutes } from "./ops/routes.js";

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
  /** Where request counts and latencies go; by default the process's own, which /metrics reports. */
  metrics?: PressroomMetrics | undefined;
  /** True once the server is shutting down, so that /readyz turns the load balancer away first. */
  isDraining?: (() => boolean) | undefined;
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

  // Outermost, so that it times and logs everything below, page-cache hits and error pages included.
  const metrics = options.metrics ?? processMetrics;
  app.use("*", observeRequests({ logger: deps.logger, metrics }));

  app.use("*", async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  });

  // After the headers above, so that pages served from the cache carry them too.
  const pages = options.pageCache ?? createPageCache(deps.config);
  const servePublicPage = pageCacheMiddleware(pages, (c) => siteBase(c, deps.config));
  app.use("*", async (c, next) => {
    if (!isPublicPagePath(c.req.path)) return next();
    let rendered = false;
    await servePublicPage(c, () => {
      rendered = true;
      return next();
    });
    // The middleware answers without calling next() only with a stored page.
    if (!rendered) markAnsweredFromCache(c);
  });

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

  // Health, readiness and metrics come before every other route, so that no catch-all can shadow them.
  app.route(
    "/",
    opsRoutes({
      config: deps.config,
      store: deps.store,
      logger: deps.logger,
      metrics,
      pageCache: pages,
      isDraining: options.isDraining ?? (() => false),
    }),
  );

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
