import { createHash } from "node:crypto";

/** What a conditional GET compares: the body's strong ETag, and the newest instant of the items. */
export interface Validators {
  etag: string;
  /** ISO 8601; undefined for an empty feed, which then sends no Last-Modified. */
  lastModified: string | undefined;
}

/** A strong ETag from the body's bytes: equal bodies, equal tags, on every server of the site. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 32)}"`;
}

/** An HTTP-date (RFC 9110): "Tue, 01 Dec 2026 09:30:00 GMT". */
export function httpDate(instant: string): string {
  return new Date(instant).toUTCString();
}

/**
 * Whether the client's copy is current (RFC 9110 §13.2.2): If-None-Match decides when sent (weak comparison,
 * "*" matches anything); only without it does If-Modified-Since count, to whole seconds as HTTP-dates go.
 * An unreadable date is ignored rather than trusted.
 */
export function isNotModified(
  headers: { ifNoneMatch: string | undefined; ifModifiedSince: string | undefined },
  validators: Validators,
): boolean {
  if (headers.ifNoneMatch !== undefined) {
    const tags = headers.ifNoneMatch.split(",").map((tag) => tag.trim());
    return tags.some((tag) => tag === "*" || opaque(tag) === opaque(validators.etag));
  }
  if (headers.ifModifiedSince === undefined || validators.lastModified === undefined) return false;
  const since = Date.parse(headers.ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(Date.parse(validators.lastModified) / 1000) <= Math.floor(since / 1000);
}

function opaque(tag: string): string {
  return tag.startsWith("W/") ? tag.slice(2) : tag;
}
