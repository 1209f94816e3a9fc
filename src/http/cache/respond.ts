import type { CachedPage } from "./pageCache.js";

export type ContentCoding = "br" | "gzip" | "identity";

/**
 * The coding to send: the compressed one the client weighs highest (brotli at equal weight, being smaller), else
 * the plain body.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): ContentCoding {
  if (!acceptEncoding) return "identity";
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [rawName, ...params] = part.trim().split(";");
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split("=");
      if (key?.trim() === "q" && value !== undefined) {
        const parsed = Number(value.trim());
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    weights.set(name, q);
  }
  const weightOf = (coding: string): number => weights.get(coding) ?? weights.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = weightOf("gzip");
  // A compressed body is always preferred to identity when the client accepts one; brotli wins ties.
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return "identity";
}

/** The ETag of one coding of a page: each coding is its own representation, so each has its own tag. */
export function etagFor(page: Pick<CachedPage, "etag">, coding: ContentCoding): string {
  if (coding === "identity") return page.etag;
  return `${page.etag.slice(0, -1)}-${coding === "br" ? "br" : "gz"}"`;
}

/** Whether If-None-Match names any coding of this page (the content is the same, whichever was fetched). */
export function matchesIfNoneMatch(header: string | undefined, page: Pick<CachedPage, "etag">): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const known = new Set([page.etag, etagFor(page, "br"), etagFor(page, "gzip")]);
  return header.split(",").some((candidate) => known.has(candidate.trim().replace(/^W\//, "")));
}

/**
 * Whether the client's copy is current: If-None-Match decides when sent (RFC 9110 §13.2.2); else
 * If-Modified-Since against the page's Last-Modified, when it has one.
 */
function isNotModified(
  request: { header(name: string): string | undefined },
  page: Pick<CachedPage, "etag" | "headers">,
): boolean {
  const ifNoneMatch = request.header("if-none-match");
  if (ifNoneMatch !== undefined) return matchesIfNoneMatch(ifNoneMatch, page);
  const since = Date.parse(request.header("if-modified-since") ?? "");
  const lastModified = Date.parse(page.headers["last-modified"] ?? "");
  return Number.isFinite(since) && Number.isFinite(lastModified) && lastModified <= since;
}

/**
 * Answers from a stored page: 304 when the client holds it, else the body in the best accepted coding.
 * `headers` are the per-route caching headers (Cache-Control, Surrogate-Key…).
 */
export function respondWithPage(
  request: { method: string; header(name: string): string | undefined },
  page: CachedPage,
  headers: Record<string, string>,
): Response {
  const coding = negotiateEncoding(request.header("accept-encoding"));
  // set() one by one, so that a route's header replaces the stored one whatever the letter case.
  const out = new Headers();
  for (const [name, value] of [...Object.entries(page.headers), ...Object.entries(headers)])
    out.set(name, value);
  out.set("Vary", "Accept-Encoding");
  out.set("ETag", etagFor(page, coding));
  if (page.status === 200 && isNotModified(request, page)) {
    return new Response(null, { status: 304, headers: out });
  }
  out.set("Content-Type", page.contentType);
  const body = coding === "br" ? page.brotli : coding === "gzip" ? page.gzip : page.body;
  if (coding !== "identity") out.set("Content-Encoding", coding);
  out.set("Content-Length", String(body.length));
  return new Response(request.method === "HEAD" ? null : new Uint8Array(body), {
    status: page.status,
    headers: out,
  });
}
