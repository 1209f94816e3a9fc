import { Hono, type Context } from "hono";
import { FEED_FORMATS, isFeedFileName, type FeedFileName } from "../../../domain/feeds/model.js";
import { renderFeed } from "../../../domain/feeds/render.js";
import { AppError } from "../../../lib/errors.js";
import type { SiteDeps } from "../context.js";
import { feedDocument, loadFeed } from "./build.js";
import { httpDate, isNotModified, strongEtag } from "./conditional.js";

/**
 * RSS, Atom and JSON Feed at `feed.xml`, `atom.xml` and `feed.json` under a language (/ru/feed.xml), a section
 * (/ru/news/news_odkb/feed.xml) or a person (/ru/people/{slug}/feed.xml). Mounted before the section/article
 * catch-all, which would send these slash-less addresses elsewhere; every other address goes on to it.
 */
export function feedRoutes(deps: SiteDeps): Hono {
  const app = new Hono();

  app.get("/:lang{[a-z]{2}}/*", async (c, next) => {
    const pathname = c.req.path;
    const lastSlash = pathname.lastIndexOf("/");
    const file = pathname.slice(lastSlash + 1);
    if (!isFeedFileName(file)) return next();
    const lang = c.req.param("lang");
    if (!deps.config.languages.includes(lang))
      throw new AppError("not_found", `The site has no "${lang}" language`);
    const segments = feedSegments(pathname.slice(lang.length + 2, lastSlash + 1));
    const tree = await deps.sections.get();
    const resolved = await loadFeed(deps, tree, lang, segments);
    const siteUrl = (deps.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, "");
    const feed = feedDocument(deps, tree, resolved, siteUrl);
    return respond(c, file, renderFeed(FEED_FORMATS[file].format, feed), feed.updatedAt);
  });

  return app;
}

/** Decoded path segments between the language and the file name; "a/b/" gives ["a", "b"], "" gives []. */
function feedSegments(between: string): string[] {
  if (between === "") return [];
  const segments = between.slice(0, -1).split("/");
  try {
    const decoded = segments.map((segment) => decodeURIComponent(segment));
    // "/ru//feed.xml" and the like name nothing: only the language's own address has no segments.
    if (decoded.some((segment) => segment === "")) throw new AppError("not_found", "No feed at this address");
    return decoded;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_request", "The address is not valid UTF-8");
  }
}

/** The feed, or 304 when the reader's copy is current. Last-Modified is the newest instant of the items. */
function respond(c: Context, file: FeedFileName, body: string, lastModified: string | undefined): Response {
  const etag = strongEtag(body);
  const headers: Record<string, string> = {
    ETag: etag,
    // Revalidate every time: a publication or a correction must reach feed readers at their next poll.
    "Cache-Control": "public, no-cache",
  };
  if (lastModified !== undefined) headers["Last-Modified"] = httpDate(lastModified);
  const notModified = isNotModified(
    { ifNoneMatch: c.req.header("if-none-match"), ifModifiedSince: c.req.header("if-modified-since") },
    { etag, lastModified },
  );
  if (notModified) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, "Content-Type": `${FEED_FORMATS[file].mediaType}; charset=utf-8` });
}
