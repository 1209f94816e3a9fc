import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { contextFor, FakeClock, makeTeam, newDraft, walk, type Team } from "../editorial/helpers.js";

/** HTTP caching of pages, feeds and the API: validators, 304s, compression and surrogate keys. */
describe.each(DIALECTS)("HTTP caching on %s", (dialect) => {
  let site: DemoSite;
  let team: Team;
  const clock = new FakeClock("2031-05-01T09:00:00.000Z");
  const ctx = (actor: Actor) => contextFor(site.testStore.store, actor, clock);

  beforeAll(async () => {
    site = await createDemoSite(dialect, {}, { clock });
    team = await makeTeam(site.testStore.store);
  });
  afterAll(async () => {
    await site.destroy();
  });

  const cachedPaths = ["/en/", "/ru/news/", "/en/feed.xml", "/ru/feed.json", "/api/v1/en/articles"];

  it.each(cachedPaths)("answers 304 to the ETag of an unchanged %s, in any coding", async (path) => {
    const first = await site.request(path, { headers: { "Accept-Encoding": "br" } });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("vary")).toContain("Accept-Encoding");
    expect(first.headers.get("surrogate-key")).toMatch(/\bl-(en|ru)\b/);
    const again = await site.request(path, { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // A revalidation also carries the security headers of every answer.
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each(cachedPaths)("sends %s compressed so that it decodes to the plain bytes", async (path) => {
    const plain = Buffer.from(await (await site.request(path)).arrayBuffer());
    const br = await site.request(path, { headers: { "Accept-Encoding": "br, gzip" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).equals(plain)).toBe(true);
    const gz = await site.request(path, { headers: { "Accept-Encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(plain)).toBe(true);
  });

  it("never answers 304 to the old ETag of a page that changed", async () => {
    const before = new Map<string, string>();
    for (const path of cachedPaths) before.set(path, (await site.request(path)).headers.get("etag") ?? "");
    const section = await site.testStore.store.db
      .selectFrom("section_translations")
      .select("section_id")
      .where("path", "=", "news/news_odkb")
      .executeTakeFirstOrThrow();
    const item = await newDraft(ctx(team.correspondent), section.section_id, "HTTP cache change");
    for (const lang of ["en", "ru"] as const) {
      await walk(ctx, item[lang], [
        [team.correspondent, "submit"],
        [team.editor, "approve"],
        [team.publisher, "publish"],
      ]);
    }
    for (const [path, etag] of before) {
      const res = await site.request(path, { headers: { "If-None-Match": etag } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("etag"), path).not.toBe(etag);
    }
  });

  it("lets browsers and CDNs revalidate pages in the background, and never caches the back office", async () => {
    const page = await site.request("/en/");
    expect(page.headers.get("cache-control")).toContain("stale-while-revalidate");
    expect(page.headers.get("cache-tag")).toBe(page.headers.get("surrogate-key")?.split(" ").join(","));
    const admin = await site.request("/admin/login");
    expect(admin.headers.get("surrogate-key")).toBeNull();
    const missing = await site.request("/en/no-such-page/");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
  });
});
