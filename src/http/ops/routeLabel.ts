import type { Context } from "hono";
import { matchedRoutes } from "hono/route";

/** The label of requests a page-cache hit answered: no route handler ran for them. */
export const PAGE_CACHE_ROUTE = "(page cache)";

/**
 * The route pattern that answered, as a metrics label: `/:lang/*` for every article, never the address itself,
 * so that the number of series stays bounded whatever URLs clients make up. Parameter constraints are dropped
 * (`/:lang{[a-z]{2}}/` becomes `/:lang/`) to keep labels readable.
 *
 * Read it after the handlers ran: Hono then points `routeIndex` at the handler that answered, or at the last
 * middleware that ran when nothing matched (a 404 labelled `*`).
 */
export function routeLabelOf(c: Context, answeredFromCache: boolean): string {
  if (answeredFromCache) return PAGE_CACHE_ROUTE;
  const route = matchedRoutes(c).at(c.req.routeIndex);
  return route ? withoutConstraints(route.path) : "*";
}

/** Removes `{…}` constraints, which may nest braces themselves (`{[a-z]{2}}`). */
export function withoutConstraints(pattern: string): string {
  let depth = 0;
  let label = "";
  for (const char of pattern) {
    if (char === "{") depth++;
    else if (char === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) label += char;
  }
  return label;
}
