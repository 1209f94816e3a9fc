import { Hono } from "hono";
import { AppError } from "../../lib/errors.js";
import type { MediaStorage } from "../../media/storage.js";
import type { Store } from "../../store/database.js";
import { findServable } from "../../store/media.js";

/** Public keys: a content hash, maybe a variant's recipe and width, and an extension. */
const PUBLIC_KEY = /^[a-f0-9]{64}(-v\d+-w\d{1,5})?\.(jpg|png|webp|gif|avif|pdf|docx)$/;

/**
 * `GET /media/:key`: image variants and attachments, streamed from storage. A key names one content for ever,
 * so responses are cached for a year and revalidated by ETag alone.
 */
export function mediaRoutes(deps: { store: Store; storage: MediaStorage }): Hono {
  const app = new Hono();
  app.get("/:key", async (c) => {
    const key = c.req.param("key");
    if (!PUBLIC_KEY.test(key)) throw new AppError("not_found", "No such file");
    const servable = await findServable(deps.store.db, key);
    if (!servable) throw new AppError("not_found", "No such file");
    const headers: Record<string, string> = {
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: `"${key}"`,
      "X-Content-Type-Options": "nosniff",
    };
    if (matchesEtag(c.req.header("if-none-match"), key)) return c.body(null, 304, headers);
    const object = await deps.storage.get(key);
    if (!object) throw new AppError("not_found", "The file is missing from storage");
    headers["Content-Type"] = servable.contentType;
    headers["Content-Length"] = String(object.size);
    if (servable.downloadName !== undefined) {
      headers["Content-Disposition"] = contentDisposition(servable.downloadName);
      // Opened directly, a document gets no script, no plugin and no same-origin access.
      headers["Content-Security-Policy"] = "default-src 'none'; sandbox";
    }
    // HEAD: answer without opening the file, so no stream is left unread.
    if (c.req.method === "HEAD") return c.body(null, 200, headers);
    return c.body(object.stream(), 200, headers);
  });
  return app;
}

function matchesEtag(header: string | undefined, key: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === `"${key}"`);
}

/**
 * `attachment` with the name in UTF-8 (RFC 6266 / 8187), and a plain ASCII fallback for old clients: the
 * name never ends up in the header raw, so it cannot split it or add parameters.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
