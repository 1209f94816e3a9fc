import { Hono } from "hono";
import type { SiteDeps } from "./site/context.js";
import { renderError } from "./errors.js";
import { siteRoutes } from "./site/routes.js";
import { AppError } from "../lib/errors.js";

const securityHeaders: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' https: data:; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "interest-cohort=()",
};

/** The whole HTTP application. Handlers stay thin; pages and errors are rendered by the site module. */
export function createApp(deps: SiteDeps): Hono {
  const app = new Hono();

  app.use("*", async (c, next) => {
    const requestId = c.req.header("x-request-id") ?? crypto.randomUUID();
    await next();
    c.res.headers.set("X-Request-Id", requestId);
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
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

  app.route("/", siteRoutes(deps));
  app.notFound((c) => renderError(deps, c, new AppError("not_found", `No page at ${c.req.path}`)));
  app.onError((error, c) => renderError(deps, c, error));
  return app;
}
