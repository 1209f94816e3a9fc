import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";

/** A rendered response kept in memory with its compressed forms, made once when it is stored. */
export interface CachedPage {
  status: number;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  /** Strong validator: a hash of the uncompressed bytes. */
  etag: string;
  /** What the page shows (article:12, list:ru, section:3…): a change to any of them drops the entry. */
  tags: readonly string[];
  /** Extra headers stored with the page (Last-Modified, X-Robots-Tag…). */
  headers: Readonly<Record<string, string>>;
  /** Bytes this entry holds, all forms together. */
  size: number;
}

export interface PageCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  invalidations: number;
}

/**
 * A ticket taken before rendering. A page rendered while an invalidation ran may show the old state, so it is
 * only stored when no invalidation happened since the ticket was taken.
 */
export interface RenderTicket {
  readonly epoch: number;
}

/** Strong ETag of a body: the same bytes always give the same tag, on every node. */
export function strongEtag(body: Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * Makes the stored form of a response: the gzip and brotli bodies are compressed here, once. For a response that
 * will not be stored, `only` names the one coding the client takes, made with faster settings.
 */
export function preparePage(
  input: {
    status?: number;
    contentType: string;
    body: string | Buffer;
    tags: readonly string[];
    headers?: Record<string, string>;
  },
  only?: "br" | "gzip" | "identity",
): CachedPage {
  const body = typeof input.body === "string" ? Buffer.from(input.body, "utf8") : input.body;
  const empty = Buffer.alloc(0);
  const gzip = only === undefined || only === "gzip" ? gzipSync(body, { level: only ? 6 : 9 }) : empty;
  // Quality 9 is close to 11 in size for pages of this length and several times faster to make; 5 for one-offs.
  const brotli =
    only === undefined || only === "br"
      ? brotliCompressSync(body, {
          params: {
            [zlibConstants.BROTLI_PARAM_QUALITY]: only ? 5 : 9,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
            [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
          },
        })
      : empty;
  return {
    status: input.status ?? 200,
    contentType: input.contentType,
    body,
    gzip,
    brotli,
    etag: strongEtag(body),
    tags: [...new Set(input.tags)],
    headers: input.headers ?? {},
    size: body.length + gzip.length + brotli.length + 256,
  };
}

/**
 * Rendered pages in memory under a byte bound, least recently used dropped first, each tagged with what it shows
 * so that a publication drops exactly the pages it changes. Invalidation is synchronous: once it returns, no
 * stale entry can be served or stored.
 */
export class PageCache {
  readonly enabled: boolean;
  readonly maxBytes: number;
  private readonly entries = new Map<string, CachedPage>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private bytes = 0;
  private epoch = 0;
  private hits = 0;
  private misses = 0;
  private invalidations = 0;

  constructor(options: { enabled: boolean; maxBytes: number }) {
    this.enabled = options.enabled;
    this.maxBytes = options.maxBytes;
  }

  get(key: string): CachedPage | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    // Re-inserting moves the key to the end: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry;
  }

  ticket(): RenderTicket {
    return { epoch: this.epoch };
  }

  /** Stores a page rendered under `ticket`; refused when the cache changed since, or the page is too large. */
  set(key: string, page: CachedPage, ticket: RenderTicket): boolean {
    if (!this.enabled || ticket.epoch !== this.epoch) return false;
    if (page.size > this.maxBytes / 4) return false;
    this.remove(key);
    this.entries.set(key, page);
    this.bytes += page.size;
    for (const tag of page.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    while (this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.remove(oldest.value);
    }
    return true;
  }

  /** Drops every entry carrying any of the tags. Returns how many were dropped. */
  invalidate(tags: Iterable<string>): number {
    this.epoch++;
    this.invalidations++;
    let dropped = 0;
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) {
        if (this.remove(key)) dropped++;
      }
    }
    return dropped;
  }

  /** Drops everything: after a change too broad to tag, or a lost cross-node notification channel. */
  clear(): void {
    this.epoch++;
    this.invalidations++;
    this.entries.clear();
    this.keysByTag.clear();
    this.bytes = 0;
  }

  stats(): PageCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      hits: this.hits,
      misses: this.misses,
      invalidations: this.invalidations,
    };
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.size;
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.keysByTag.delete(tag);
    }
    return true;
  }
}
