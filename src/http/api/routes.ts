import { Hono } from "hono";
import { AppError } from "../../lib/errors.js";
import type { SiteDeps } from "../site/context.js";
import { listArticles, showArticle } from "./articles.js";
import { listPeople, showPerson } from "./people.js";
import { JSON_CONTENT_TYPE } from "./respond.js";
import { searchArticles } from "./search.js";
import { listLanguages, listSections } from "./sections.js";

const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

/**
 * Every API answer may be read by any site's scripts: the data is public, and no cookie or credential is ever
 * read here. ETag is exposed so that a script can revalidate with If-None-Match.
 */
const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag",
};

/** How long a browser may remember a preflight's answer. */
const PREFLIGHT_MAX_AGE = "86400";

/**
 * The public read-only JSON API under /api/v1 (see docs/api.md). Only published content is ever shown; errors
 * are answered as JSON with a stable code by the app's one error handler (errors.tsx).
 */
export function apiRoutes(deps: SiteDeps): Hono {
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    // Errors too: a script should read the JSON error, not a network failure.
    for (const [name, value] of Object.entries(CORS_HEADERS)) c.res.headers.set(name, value);
    // An error is about this moment (an embargoed item is 404 until its release): no cache on the way keeps it.
    if (c.res.status >= 400 && !c.res.headers.has("cache-control"))
      c.res.headers.set("Cache-Control", "no-store");
  });

  app.options("*", (c) =>
    c.body(null, 204, {
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": c.req.header("access-control-request-headers") ?? "",
      "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
      Allow: ALLOWED_METHODS,
    }),
  );

  app.get("/languages", (c) => listLanguages(deps, c));
  app.get("/:lang/sections", (c) => listSections(deps, c, c.req.param("lang")));
  app.get("/:lang/articles", (c) => listArticles(deps, c, c.req.param("lang")));
  app.get("/:lang/articles/:id", (c) => showArticle(deps, c, c.req.param("lang"), c.req.param("id")));
  app.get("/:lang/search", (c) => searchArticles(deps, c, c.req.param("lang")));
  app.get("/:lang/people", (c) => listPeople(deps, c, c.req.param("lang")));
  app.get("/:lang/people/:slug", (c) => showPerson(deps, c, c.req.param("lang"), c.req.param("slug")));

  // Nothing under /api/v1 falls through to the site's pages or old-address redirects.
  app.get("*", (c) => {
    throw new AppError("not_found", `No API endpoint at ${c.req.path}; see /api/v1/languages`);
  });
  // The API only reads. The error has the shape of every other API error; 405 has no AppError code of its own.
  app.all("*", (c) =>
    c.body(
      JSON.stringify({
        error: { code: "method_not_allowed", message: `The API only answers ${ALLOWED_METHODS}` },
      }),
      405,
      { "Content-Type": JSON_CONTENT_TYPE, Allow: ALLOWED_METHODS },
    ),
  );

  return app;
}
