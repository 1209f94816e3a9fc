import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/domain/html.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { articleOf, feedParser, fetchFeed, fetchJsonFeed, publishedRows, subtreeIds } from "./support.js";

/** Every feed a language has for the whole site, for its sections, and the paths they follow. */
const SCOPES = [
  { lang: "ru", base: "/ru/", sectionPath: undefined, subject: undefined },
  { lang: "en", base: "/en/", sectionPath: undefined, subject: undefined },
  { lang: "ru", base: "/ru/news/news_odkb/", sectionPath: "news/news_odkb", subject: "Новости ОДКБ" },
  { lang: "en", base: "/en/news/", sectionPath: "news", subject: "News" },
  {
    lang: "en",
    base: "/en/documents/statements/",
    sectionPath: "documents/statements",
    subject: "Statements",
  },
] as const;

const SITE_NAME: Record<string, string> = { en: "Press Centre", ru: "Пресс-центр" };
const ORGANIZATION: Record<string, string> = {
  en: "Collective Security Treaty Organization",
  ru: "Организация Договора о коллективной безопасности",
};

describe.each(DIALECTS)("feeds of the demo site on %s (lead only, the default)", (dialect) => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await createDemoSite(dialect);
  });
  afterAll(async () => {
    await site.destroy();
  });

  async function expectPage(url: string | undefined): Promise<void> {
    expect(url).toMatch(/^http:\/\/localhost\//);
    const res = await site.request(new URL(url ?? "").pathname);
    expect(res.status, url).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
  }

  async function expectedRows(scope: (typeof SCOPES)[number]) {
    const sections = scope.sectionPath ? await subtreeIds(site, scope.lang, scope.sectionPath) : undefined;
    return publishedRows(site, scope.lang, sections);
  }

  describe.each(SCOPES)("$base", (scope) => {
    const title = scope.subject ? `${SITE_NAME[scope.lang]} — ${scope.subject}` : SITE_NAME[scope.lang];

    it("RSS 2.0 lists the published items newest first, field by field", async () => {
      const xml = await fetchFeed(site, `${scope.base}feed.xml`, "application/rss+xml");
      const feed = await feedParser.parseString(xml);
      const rows = await expectedRows(scope);
      expect(rows.length).toBeGreaterThan(0);

      expect(feed.title).toBe(title);
      expect(feed.link).toBe(`http://localhost${scope.base}`);
      expect(feed.language).toBe(scope.lang);
      expect(feed.feedUrl).toBe(`http://localhost${scope.base}feed.xml`);
      expect(xml).toMatch(/<atom:link href="[^"]+" rel="self" type="application\/rss\+xml"\/>/);
      await expectPage(feed.link);
      const newest = rows.map((r) => Date.parse(r.updated_at)).reduce((a, b) => Math.max(a, b));
      expect(Date.parse(feed.lastBuildDate ?? "")).toBe(Math.floor(newest / 1000) * 1000);

      expect(feed.items.map((item) => articleOf(item.guid).articleId)).toEqual(rows.map((r) => r.article_id));
      for (const [index, item] of feed.items.entries()) {
        const row = rows[index];
        if (!row) throw new Error("more items than published rows");
        expect(item.title).toBe(row.title);
        expect(articleOf(item.guid)).toEqual({
          host: "localhost",
          articleId: row.article_id,
          lang: scope.lang,
        });
        expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        expect(Date.parse(item.isoDate ?? "")).toBe(Math.floor(Date.parse(row.published_at) / 1000) * 1000);
        expect(item.creator).toBe(row.signature_text ?? undefined);
        // The lead, as HTML text: a reader shows exactly the lead, and nothing of the body.
        expect(item.content).toBe(escapeHtml(row.lead));
        expect(item.contentSnippet).toBe(row.lead);
        expect(item["content:encoded"]).toBeUndefined();
        expect(item.link).toContain(`/${encodeURIComponent(row.slug)}/`);
        await expectPage(item.link);
      }
      expect(xml).toMatch(/<guid isPermaLink="false">tag:localhost,2026:article\/\d+\/(ru|en)<\/guid>/);
    });

    it("Atom 1.0 says the same with RFC 3339 dates, ids and links", async () => {
      const xml = await fetchFeed(site, `${scope.base}atom.xml`, "application/atom+xml");
      const feed = await feedParser.parseString(xml);
      const rows = await expectedRows(scope);

      expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${scope.lang}">`);
      expect(feed.title).toBe(title);
      expect(feed.link).toBe(`http://localhost${scope.base}`);
      expect(feed.feedUrl).toBe(`http://localhost${scope.base}atom.xml`);
      await expectPage(feed.link);
      expect(feed.lastBuildDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

      expect(feed.items.map((item) => articleOf(item.id).articleId)).toEqual(rows.map((r) => r.article_id));
      for (const [index, item] of feed.items.entries()) {
        const row = rows[index];
        if (!row) throw new Error("more entries than published rows");
        expect(item.title).toBe(row.title);
        expect(item.isoDate).toBe(new Date(row.published_at).toISOString());
        expect(item.author).toBe(row.signature_text ?? undefined);
        expect(item.summary).toBe(row.lead);
        expect(item.content).toBeUndefined();
        await expectPage(item.link);
      }
      const published = [...xml.matchAll(/<published>([^<]+)<\/published>/g)].map((m) => m[1]);
      for (const value of published) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      // Entries without a byline are the organization's: Atom wants an author for each entry.
      const head = xml.split("<entry>")[0] ?? "";
      expect(head).toContain(`<author><name>${ORGANIZATION[scope.lang]}</name></author>`);
    });

    it("JSON Feed 1.1 is valid against the schema and carries the same items", async () => {
      const feed = await fetchJsonFeed(site, `${scope.base}feed.json`);
      const rows = await expectedRows(scope);

      expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
      expect(feed.title).toBe(title);
      expect(feed.language).toBe(scope.lang);
      expect(feed.home_page_url).toBe(`http://localhost${scope.base}`);
      expect(feed.feed_url).toBe(`http://localhost${scope.base}feed.json`);
      await expectPage(feed.home_page_url);
      expect(feed.items.map((item) => articleOf(item.id).articleId)).toEqual(rows.map((r) => r.article_id));
      for (const [index, item] of feed.items.entries()) {
        const row = rows[index];
        if (!row) throw new Error("more items than published rows");
        expect(item.title).toBe(row.title);
        expect(Date.parse(item.date_published)).toBe(Date.parse(row.published_at));
        expect(Date.parse(item.date_modified)).toBe(
          Math.max(Date.parse(row.updated_at), Date.parse(row.published_at)),
        );
        expect(item.content_text).toBe(row.lead);
        expect(item.content_html).toBeUndefined();
        expect(item.authors).toEqual(row.signature_text ? [{ name: row.signature_text }] : undefined);
        expect(item.language).toBe(scope.lang);
        await expectPage(item.url);
      }
    });
  });

  it("names the signer of a signed item as its author in every format", async () => {
    const signed = (await publishedRows(site, "ru")).find((row) => row.signature_text !== null);
    if (!signed?.signature_text) throw new Error("the demo has no signed Russian item");
    const matches = (id: string | undefined): boolean => articleOf(id).articleId === signed.article_id;
    const rss = await feedParser.parseString(await fetchFeed(site, "/ru/feed.xml", "application/rss+xml"));
    const atom = await feedParser.parseString(await fetchFeed(site, "/ru/atom.xml", "application/atom+xml"));
    const json = await fetchJsonFeed(site, "/ru/feed.json");
    expect(rss.items.find((item) => matches(item.guid))?.creator).toBe(signed.signature_text);
    expect(atom.items.find((item) => matches(item.id))?.author).toBe(signed.signature_text);
    expect(json.items.find((item) => matches(item.id))?.authors).toEqual([{ name: signed.signature_text }]);
  });

  it("holds only a section's own subtree", async () => {
    const odkb = await feedParser.parseString(
      await fetchFeed(site, "/en/news/news_odkb/feed.xml", "application/rss+xml"),
    );
    const all = await feedParser.parseString(await fetchFeed(site, "/en/feed.xml", "application/rss+xml"));
    const speech = await subtreeIds(site, "en", "news/speech");
    const speechArticles = (await publishedRows(site, "en", speech)).map((r) => r.article_id);
    expect(speechArticles.length).toBeGreaterThan(0);
    const odkbArticles = odkb.items.map((item) => articleOf(item.guid).articleId);
    expect(odkbArticles.length).toBeGreaterThan(0);
    expect(odkbArticles.filter((id) => speechArticles.includes(id))).toEqual([]);
    for (const item of odkb.items)
      expect(item.link).toMatch(/^http:\/\/localhost\/en\/news\/news_odkb\/[^/]+\/$/);
    // The site's feed has them all, the parent section's both children.
    const allArticles = all.items.map((item) => articleOf(item.guid).articleId);
    expect(allArticles).toEqual(expect.arrayContaining([...odkbArticles, ...speechArticles]));
  });

  it("answers the site's 404 for an unknown language, section or person, in every format", async () => {
    for (const file of ["feed.xml", "atom.xml", "feed.json"]) {
      for (const path of [
        `/de/${file}`,
        `/en/no-such-section/${file}`,
        `/ru/news/no-such-child/${file}`,
        `/ru/people/no-such-person/${file}`,
        `/ru//${file}`,
      ]) {
        const res = await site.request(path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get("content-type")).toContain("text/html");
        expect(await res.text()).toMatch(/Page not found|Страница не найдена/);
      }
    }
    const json = await site.request("/en/nowhere/feed.json", { headers: { Accept: "application/json" } });
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("leaves other addresses to the rest of the site", async () => {
    // Not a feed file: the catch-all still adds the slash, and pages still answer.
    const res = await site.request("/en/news/rss.xml");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/en/news/rss.xml/");
    expect((await site.request("/en/news/")).status).toBe(200);
    const bad = await site.request("/en/%E0%A4%A/feed.xml");
    expect(bad.status).toBe(400);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await site.request("/ru/feed.xml", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(res.headers.get("etag")).toMatch(/^"[^"]+"$/);
    expect(await res.text()).toBe("");
  });
});
