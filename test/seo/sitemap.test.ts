import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { demoContent } from "../../src/demo/content.js";
import { seoRoutes } from "../../src/http/site/seo/routes.js";
import type { Clock } from "../../src/lib/clock.js";
import { isAppError } from "../../src/lib/errors.js";
import { LANGUAGES, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { parseSitemap, pathOf, schemaErrors, type ParsedEntry } from "./support.js";

const BASE = "https://press.example.org";
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A clock the test moves by hand. */
function handClock(start: string): Clock & { set(instant: string): void } {
  let now = new Date(start);
  return { now: () => now, set: (instant) => (now = new Date(instant)) };
}

describe.each(DIALECTS)("sitemaps and robots.txt on %s", (dialect) => {
  let site: DemoSite;
  const clock = handClock("2024-02-02T12:00:00.000Z");
  /** Addresses that would exist if the draft and the embargoed item were public. */
  const hiddenPaths: string[] = [];

  async function get(path: string, init?: RequestInit): Promise<{ res: Response; body: string }> {
    const res = await site.request(path, init);
    return { res, body: await res.text() };
  }

  /** Every `<url>` of every child sitemap the index lists (the news sitemap apart). */
  async function allPageEntries(): Promise<ParsedEntry[]> {
    const index = parseSitemap((await get("/sitemap.xml")).body);
    const pages = index.entries.filter((e) => !e.loc.endsWith("/news.xml"));
    const entries: ParsedEntry[] = [];
    for (const page of pages) entries.push(...parseSitemap((await get(pathOf(page.loc))).body).entries);
    return entries;
  }

  beforeAll(async () => {
    site = await createDemoSite(dialect, { publicUrl: BASE }, { clock });
    const tree = await site.deps.sections.get();
    const odkb = tree.findByPath("en", "news/news_odkb");
    if (!odkb) throw new Error("the demo has no news/news_odkb section");
    const ctx = { store: site.testStore.store, languages: LANGUAGES };
    // Dated inside the news window, so only their state keeps them out.
    for (const title of ["Draft about the summit", "Embargoed statement on the summit"]) {
      const made = await createArticle(ctx, {
        sectionId: odkb.id,
        kind: "news",
        publishedAt: "2024-02-02T10:00:00.000Z",
        translations: LANGUAGES.map((lang) => translation(lang, `${title} ${lang}`, { state: "draft" })),
      });
      for (const lang of LANGUAGES) hiddenPaths.push(`/${lang}/news/news_odkb/${made.slugs[lang] ?? ""}/`);
      if (title.startsWith("Embargoed")) {
        await site.testStore.store.db
          .updateTable("article_translations")
          .set({ state: "embargoed" })
          .where("article_id", "=", made.articleId)
          .execute();
      }
    }
  });

  afterAll(async () => {
    await site.destroy();
  });

  it("serves a valid sitemap index whose children are valid sitemaps with hreflang links", async () => {
    const { res, body } = await get("/sitemap.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, no-cache");
    expect(res.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(await schemaErrors(body, "sitemapindex")).toBe("");
    const index = parseSitemap(body);
    expect(index.root).toBe("sitemapindex");
    expect(index.entries.map((e) => e.loc)).toEqual([
      `${BASE}/sitemaps/pages-1.xml`,
      `${BASE}/sitemaps/news.xml`,
    ]);
    for (const child of index.entries) {
      expect(child.lastmod).toMatch(W3C_DATETIME);
      const page = await get(pathOf(child.loc));
      expect(page.res.status).toBe(200);
      expect(page.res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
      expect(await schemaErrors(page.body, "urlset"), child.loc).toBe("");
    }
  });

  it("lists the home pages, every section and every published translation, and each answers 200", async () => {
    const entries = await allPageEntries();
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const tree = await site.deps.sections.get();
    const sectionPages = LANGUAGES.flatMap((lang) =>
      demoContent.sections.filter((s) => s.translations[lang] !== undefined).map(() => lang),
    );
    const published = await site.testStore.store.db
      .selectFrom("article_translations")
      .select(["lang", "section_id", "slug"])
      .where("state", "=", "published")
      .execute();
    expect(locs).toHaveLength(LANGUAGES.length + sectionPages.length + published.length);
    expect(locs.slice(0, 2)).toEqual([`${BASE}/en/`, `${BASE}/ru/`]);
    for (const row of published) {
      const path = tree.get(row.section_id)?.translations[row.lang]?.path ?? "";
      expect(locs).toContain(`${BASE}/${row.lang}/${path}/${encodeURIComponent(row.slug)}/`);
    }
    for (const entry of entries) {
      expect(entry.loc.startsWith(`${BASE}/`), entry.loc).toBe(true);
      expect(entry.lastmod, entry.loc).toMatch(W3C_DATETIME);
      expect((await site.request(pathOf(entry.loc))).status, entry.loc).toBe(200);
    }
  });

  it("links every translation to every other, both ways, and the home pages to the language picker", async () => {
    const entries = await allPageEntries();
    const byLoc = new Map(entries.map((e) => [e.loc, e]));
    for (const entry of entries) {
      const lang = new URL(entry.loc).pathname.split("/")[1] ?? "";
      expect(entry.alternates, entry.loc).toContainEqual({ hreflang: lang, href: entry.loc });
      for (const alternate of entry.alternates.filter((a) => a.hreflang !== "x-default")) {
        const other = byLoc.get(alternate.href);
        expect(other, `${entry.loc} → ${alternate.href}`).toBeDefined();
        expect(other?.alternates, `${alternate.href} → ${entry.loc}`).toContainEqual({
          hreflang: lang,
          href: entry.loc,
        });
      }
    }
    const home = byLoc.get(`${BASE}/ru/`);
    expect(home?.alternates).toEqual([
      { hreflang: "en", href: `${BASE}/en/` },
      { hreflang: "ru", href: `${BASE}/ru/` },
      { hreflang: "x-default", href: `${BASE}/` },
    ]);
    const picker = await site.request("/", { headers: { "Accept-Language": "ru" } });
    expect(picker.headers.get("location")).toBe("/ru/");
    const article = entries.find((e) => e.loc.includes("/news/news_odkb/") && e.alternates.length === 2);
    expect(article?.alternates.map((a) => a.hreflang)).toEqual(["en", "ru"]);
  });

  it("never lists a draft or an embargoed item, in the pages or the news", async () => {
    for (const path of hiddenPaths) expect((await site.request(path)).status).toBe(404);
    const locs = (await allPageEntries()).map((e) => e.loc);
    const news = (await get("/sitemaps/news.xml")).body;
    for (const path of hiddenPaths) {
      expect(locs).not.toContain(`${BASE}${path}`);
      expect(news).not.toContain(path);
    }
    expect(news).not.toContain("summit");
  });

  it("puts exactly the items of the last 48 hours in the news sitemap", async () => {
    const expected = (from: string, to: string) =>
      demoContent.articles
        .filter((a) => a.publishedAt >= from && a.publishedAt <= to)
        .flatMap((a) => LANGUAGES.flatMap((lang) => a.translations[lang]?.title ?? []))
        .sort();
    // The oldest item of the window is exactly 48 hours old.
    clock.set("2024-02-03T08:00:00.000Z");
    const { res, body } = await get("/sitemaps/news.xml");
    expect(res.status).toBe(200);
    expect(await schemaErrors(body, "urlset")).toBe("");
    const items = parseSitemap(body).entries;
    const titles = items.map((e) => e.news?.title ?? "").sort();
    expect(titles).toEqual(expected("2024-02-01T08:00:00.000Z", "2024-02-03T08:00:00.000Z"));
    expect(titles.length).toBeGreaterThan(2);
    for (const item of items) {
      const lang = item.news?.language;
      expect(item.news?.name).toBe(lang === "ru" ? "Пресс-центр" : "Press Centre");
      expect(item.news?.date).toMatch(W3C_DATETIME);
      expect(item.loc.startsWith(`${BASE}/${lang ?? ""}/`)).toBe(true);
      expect((await site.request(pathOf(item.loc))).status).toBe(200);
    }

    // A millisecond later it is out; items dated after "now" are not in yet.
    clock.set("2024-02-03T08:00:00.001Z");
    const later = parseSitemap((await get("/sitemaps/news.xml")).body).entries;
    expect(later.map((e) => e.news?.title ?? "").sort()).toEqual(
      expected("2024-02-01T08:00:00.001Z", "2024-02-03T08:00:00.001Z"),
    );
    expect(later.length).toBeLessThan(items.length);

    // Nothing recent: the news sitemap is empty and the index does not announce it.
    clock.set("2030-01-01T00:00:00.000Z");
    expect(parseSitemap((await get("/sitemaps/news.xml")).body).entries).toEqual([]);
    const index = parseSitemap((await get("/sitemap.xml")).body);
    expect(index.entries.map((e) => e.loc)).toEqual([`${BASE}/sitemaps/pages-1.xml`]);
    clock.set("2024-02-02T12:00:00.000Z");
  });

  it("splits the URLs into child sitemaps at the limit, losing none and repeating none", async () => {
    const whole = (await allPageEntries()).map((e) => e.loc);
    const limit = 7;
    const small = new Hono();
    small.route("/", seoRoutes(site.deps, { urlsPerSitemap: limit }));
    small.onError((error, c) => c.text(error.message, isAppError(error) ? (error.status as 404) : 500));
    const ask = async (path: string) => (await small.request(`http://localhost${path}`)).text();
    const indexXml = await ask("/sitemap.xml");
    expect(await schemaErrors(indexXml, "sitemapindex")).toBe("");
    const children = parseSitemap(indexXml).entries.filter((e) => !e.loc.endsWith("/news.xml"));
    const count = Math.ceil(whole.length / limit);
    expect(children.map((e) => e.loc)).toEqual(
      Array.from({ length: count }, (_, i) => `${BASE}/sitemaps/pages-${i + 1}.xml`),
    );
    const split: string[] = [];
    for (const child of children) {
      const xml = await ask(pathOf(child.loc));
      expect(await schemaErrors(xml, "urlset"), child.loc).toBe("");
      const entries = parseSitemap(xml).entries;
      expect(entries.length).toBeLessThanOrEqual(limit);
      expect(entries.length).toBeGreaterThan(0);
      // The child's lastmod is its newest URL's.
      expect(child.lastmod).toBe(
        entries
          .map((e) => e.lastmod ?? "")
          .sort()
          .at(-1),
      );
      split.push(...entries.map((e) => e.loc));
    }
    expect(split).toEqual(whole);
    expect((await small.request(`http://localhost/sitemaps/pages-${count + 1}.xml`)).status).toBe(404);
  });

  it("answers 404 for sitemap files that do not exist", async () => {
    for (const name of [
      "pages-2.xml",
      "pages-0.xml",
      "pages-01.xml",
      "pages-x.xml",
      "pages-1.txt",
      "other.xml",
    ]) {
      const res = await site.request(`/sitemaps/${name}`);
      expect(res.status, name).toBe(404);
      expect(await res.text()).toContain("Page not found");
    }
  });

  it("serves robots.txt that allows the site, keeps out the back office and previews, and names the sitemap", async () => {
    const { res, body } = await get("/robots.txt");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, no-cache");
    expect(body).toBe(
      [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /preview/",
        "",
        `Sitemap: ${BASE}/sitemap.xml`,
        "",
      ].join("\n"),
    );
  });

  it("uses the request's origin when no public URL is configured", async () => {
    const app = new Hono();
    app.route("/", seoRoutes({ ...site.deps, config: { ...site.deps.config, publicUrl: undefined } }));
    const robots = await (await app.request("http://news.test:8080/robots.txt")).text();
    expect(robots).toContain("Sitemap: http://news.test:8080/sitemap.xml");
    const index = await (await app.request("http://news.test:8080/sitemap.xml")).text();
    expect(parseSitemap(index).entries[0]?.loc).toBe("http://news.test:8080/sitemaps/pages-1.xml");
    // A forwarded scheme is believed only from a proxy the configuration trusts.
    const forwarded = { headers: { "X-Forwarded-Proto": "https" } };
    expect(await (await app.request("http://news.test/robots.txt", forwarded)).text()).toContain(
      "Sitemap: http://news.test/sitemap.xml",
    );
    const trusting = new Hono();
    trusting.route(
      "/",
      seoRoutes({ ...site.deps, config: { ...site.deps.config, publicUrl: undefined, trustProxy: true } }),
    );
    expect(await (await trusting.request("http://news.test/robots.txt", forwarded)).text()).toContain(
      "Sitemap: https://news.test/sitemap.xml",
    );
  });

  it("answers 304 to a crawler that has the current version, and a new ETag once something is published", async () => {
    for (const path of ["/sitemap.xml", "/sitemaps/pages-1.xml", "/sitemaps/news.xml", "/robots.txt"]) {
      const first = await site.request(path);
      const etag = first.headers.get("etag") ?? "";
      const again = await site.request(path, { headers: { "If-None-Match": `W/"other", ${etag}` } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect((await site.request(path, { headers: { "If-None-Match": '"stale"' } })).status).toBe(200);
    }
    const before = await site.request("/sitemaps/pages-1.xml");
    const etag = before.headers.get("etag") ?? "";
    const tree = await site.deps.sections.get();
    const made = await createArticle(
      { store: site.testStore.store, languages: LANGUAGES },
      {
        sectionId: tree.findByPath("en", "news/news_odkb")?.id ?? -1,
        kind: "news",
        publishedAt: "2024-02-02T11:00:00.000Z",
        translations: [translation("en", "Council meets in Minsk")],
      },
    );
    const after = await site.request("/sitemaps/pages-1.xml", { headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain(`${BASE}/en/news/news_odkb/${made.slugs["en"] ?? ""}/`);
    const news = await (await site.request("/sitemaps/news.xml")).text();
    expect(news).toContain("<news:title>Council meets in Minsk</news:title>");
  });
});
