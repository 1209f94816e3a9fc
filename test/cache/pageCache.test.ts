import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageCache, preparePage } from "../../src/http/cache/pageCache.js";
import {
  etagFor,
  matchesIfNoneMatch,
  negotiateEncoding,
  respondWithPage,
} from "../../src/http/cache/respond.js";

const html = (text: string) =>
  `<!DOCTYPE html><title>${text}</title><p>${"Совет министров. ".repeat(200)}</p>`;
const page = (text: string, tags: string[]) =>
  preparePage({ contentType: "text/html; charset=utf-8", body: html(text), tags });
const request = (headers: Record<string, string>, method = "GET") => ({
  method,
  header: (name: string) => headers[name.toLowerCase()],
});

describe("page cache", () => {
  it("drops exactly the entries carrying an invalidated tag", () => {
    const cache = new PageCache({ enabled: true, maxBytes: 10_000_000 });
    cache.set("/ru/a/", page("a", ["article:1", "list:ru"]), cache.ticket());
    cache.set("/ru/b/", page("b", ["article:2", "list:ru"]), cache.ticket());
    cache.set("/en/a/", page("a-en", ["article:1", "list:en"]), cache.ticket());
    expect(cache.invalidate(["article:2"])).toBe(1);
    expect(cache.get("/ru/b/")).toBeUndefined();
    expect(cache.get("/ru/a/")).toBeDefined();
    expect(cache.invalidate(["article:1"])).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  it("refuses a page rendered before an invalidation, so a stale render is never stored", () => {
    const cache = new PageCache({ enabled: true, maxBytes: 10_000_000 });
    const ticket = cache.ticket();
    cache.invalidate(["article:9"]);
    expect(cache.set("/ru/x/", page("x", ["article:9"]), ticket)).toBe(false);
    expect(cache.get("/ru/x/")).toBeUndefined();
  });

  it("stays under its byte bound by dropping the least recently used entries", () => {
    const one = page("one", ["t"]);
    const cache = new PageCache({ enabled: true, maxBytes: one.size * 4.5 });
    for (const key of ["a", "b", "c", "d"]) cache.set(key, page(key, ["t"]), cache.ticket());
    cache.get("a");
    cache.set("e", page("e", ["t"]), cache.ticket());
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(one.size * 4.5);
  });

  it("stores nothing when switched off", () => {
    const cache = new PageCache({ enabled: false, maxBytes: 10_000_000 });
    expect(cache.set("a", page("a", []), cache.ticket())).toBe(false);
    expect(cache.get("a")).toBeUndefined();
  });

  it("keeps compressed forms that decode to the same bytes", () => {
    const p = page("z", []);
    expect(gunzipSync(p.gzip).equals(p.body)).toBe(true);
    expect(brotliDecompressSync(p.brotli).equals(p.body)).toBe(true);
    expect(p.brotli.length).toBeLessThan(p.body.length / 5);
  });
});

describe("content negotiation and validators", () => {
  it.each([
    [undefined, "identity"],
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0.5, gzip;q=0.8", "gzip"],
    ["br;q=0, gzip;q=0", "identity"],
    ["*", "br"],
    ["identity", "identity"],
    ["x-unknown", "identity"],
  ])("Accept-Encoding %s → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it("answers 304 to any coding's ETag of the same page, and 200 to an old one", async () => {
    const p = page("v1", []);
    const changed = page("v2", []);
    expect(matchesIfNoneMatch(etagFor(p, "br"), p)).toBe(true);
    expect(matchesIfNoneMatch(`W/${p.etag}`, p)).toBe(true);
    expect(matchesIfNoneMatch(p.etag, changed)).toBe(false);
    const notModified = respondWithPage(request({ "if-none-match": p.etag, "accept-encoding": "br" }), p, {});
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(etagFor(p, "br"));
    const fresh = respondWithPage(request({ "if-none-match": p.etag }), changed, {});
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toBe(html("v2"));
  });

  it("serves the chosen coding with its headers", async () => {
    const p = page("c", []);
    const res = respondWithPage(request({ "accept-encoding": "gzip" }), p, { "Cache-Control": "public" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).equals(p.body)).toBe(true);
  });
});
