import { createHash } from "node:crypto";
import type { Context } from "hono";

/**
 * Answers a generated text document so that caches may keep it but must ask every time (a publication shows on
 * the very next request), and a crawler that has it already gets 304 Not Modified without the body.
 */
export function revalidatedText(c: Context, body: string, contentType: string): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const headers = { ETag: etag, "Cache-Control": "public, no-cache" };
  if (etagMatches(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, "Content-Type": contentType });
}

/** If-None-Match may list several tags, weak ones included, or be "*" (RFC 9110 §13.1.2: weak comparison). */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}
