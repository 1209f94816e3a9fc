import type { Context, MiddlewareHandler } from "hono";
import type { PageCache } from "./pageCache.js";
import { preparePage } from "./pageCache.js";
import { negotiateEncoding, respondWithPage } from "./respond.js";
import { responseTags } from "./tags.js";

/**
 * How long a browser or CDN may keep showing a page while it revalidates in the background, and when the site is
 * down. The page cache itself is never stale: publications drop the affected entries before they return.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, stale-while-revalidate=30, stale-if-error=86400";

/** Headers of a rendered response that are part of the page and are kept with it. */
const KEPT_HEADERS = [
  "last-modified",
  "x-robots-tag",
  "content-language",
  "link",
  "access-control-allow-origin",
  "access-control-expose-headers",
];

/**
 * Serves public pages from the page cache, and stores what handlers rendered and tagged (see tags.ts). Every
 * tagged response, cached or not, gets a strong ETag (304 on If-None-Match), negotiated compression and the
 * surrogate-key headers. Untagged responses (errors, redirects, pages that vary per reader) pass through.
 */
export function pageCacheMiddleware(
  cache: PageCache,
  /** The origin pages are built for (publicUrl, or the request's, https when a trusted proxy says so). */
  originOf: (c: Context) => string,
): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    // Pages carry absolute links built from the origin (http or https behind a proxy): it is part of the key.
    const url = new URL(c.req.url);
    const key = `${originOf(c)}${url.pathname}${url.search}`;
    const hit = cache.get(key);
    if (hit) {
      c.res = respondWithPage(c.req, hit, cachingHeaders(hit.tags, hit.headers["cache-control"]));
      return;
    }
    const ticket = cache.ticket();
    await next();
    const tags = responseTags(c);
    const response = c.res;
    if (!tags || response.status !== 200 || response.headers.has("set-cookie")) return;
    const kept: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) kept[name] = value;
    }
    const ownCacheControl = response.headers.get("cache-control");
    if (ownCacheControl !== null) kept["cache-control"] = ownCacheControl;
    const input = {
      contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8",
      body: Buffer.from(await response.arrayBuffer()),
      tags,
      headers: kept,
    };
    // With the cache off (or a render that raced an invalidation), compress only what this client takes.
    const page = cache.enabled
      ? preparePage(input)
      : preparePage(input, negotiateEncoding(c.req.header("accept-encoding")));
    cache.set(key, page, ticket);
    // Assigning c.res merges the old response's headers into the new one; the rendered response's own
    // validators must not override the stored page's, so it is dropped first.
    c.res = undefined;
    c.res = respondWithPage(c.req, page, cachingHeaders(page.tags, ownCacheControl ?? undefined));
  };
}

function cachingHeaders(tags: readonly string[], cacheControl: string | undefined): Record<string, string> {
  return {
    "Cache-Control": cacheControl ?? PAGE_CACHE_CONTROL,
    // Fastly and Varnish read space-separated keys; Cloudflare reads comma-separated tags.
    "Surrogate-Key": tags.join(" "),
    "Cache-Tag": tags.join(","),
  };
}
