import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { absolutizeLinks } from "../../src/domain/feeds/content.js";
import { escapeHtml } from "../../src/domain/html.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  articleOf,
  draftItem,
  feedParser,
  fetchFeed,
  fetchJsonFeed,
  publishedRows,
  subtreeIds,
} from "./support.js";

const PUBLIC_URL = "https://press.example.org";

describe.each(DIALECTS)("full-text feeds under a configured public address, on %s", (dialect) => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await createDemoSite(dialect, { feedContent: "full", publicUrl: `${PUBLIC_URL}/` });
  });
  afterAll(async () => {
    await site.destroy();
  });

  async function expectPage(url: string | undefined): Promise<void> {
    expect(url?.startsWith(`${PUBLIC_URL}/`), url).toBe(true);
    expect((await site.request(new URL(url ?? "").pathname)).status, url).toBe(200);
  }

  it("RSS carries the lead in <description> and the whole body in <content:encoded>", async () => {
    const xml = await fetchFeed(site, "/ru/feed.xml", "application/rss+xml");
    const feed = await feedParser.parseString(xml);
    const rows = await publishedRows(site, "ru");
    expect(feed.link).toBe(`${PUBLIC_URL}/ru/`);
    expect(feed.feedUrl).toBe(`${PUBLIC_URL}/ru/feed.xml`);
    expect(feed.items).toHaveLength(rows.length);
    for (const [index, item] of feed.items.entries()) {
      const row = rows[index];
      if (!row) throw new Error("more items than rows");
      expect(articleOf(item.guid)).toEqual({
        host: "press.example.org",
        articleId: row.article_id,
        lang: "ru",
      });
      expect(item.content).toBe(escapeHtml(row.lead));
      expect(item["content:encoded"]).toBe(absolutizeLinks(row.body_html, item.link ?? ""));
      await expectPage(item.link);
    }
    expect(xml).toContain("<content:encoded><![CDATA[<p>");
  });

  it("Atom carries the lead as the summary and the body as HTML content", async () => {
    const feed = await feedParser.parseString(
      await fetchFeed(site, "/en/news/atom.xml", "application/atom+xml"),
    );
    const rows = await publishedRows(site, "en", await subtreeIds(site, "en", "news"));
    expect(feed.link).toBe(`${PUBLIC_URL}/en/news/`);
    expect(feed.feedUrl).toBe(`${PUBLIC_URL}/en/news/atom.xml`);
    expect(feed.items.map((entry) => articleOf(entry.id).articleId)).toEqual(rows.map((r) => r.article_id));
    for (const [index, entry] of feed.items.entries()) {
      const row = rows[index];
      if (!row) throw new Error("more entries than rows");
      expect(entry.summary).toBe(row.lead);
      expect(entry.content).toBe(absolutizeLinks(row.body_html, entry.link ?? ""));
      await expectPage(entry.link);
    }
  });

  it("JSON Feed carries content_html and the lead as the summary", async () => {
    const feed = await fetchJsonFeed(site, "/en/feed.json");
    const rows = await publishedRows(site, "en");
    expect(feed.home_page_url).toBe(`${PUBLIC_URL}/en/`);
    expect(feed.feed_url).toBe(`${PUBLIC_URL}/en/feed.json`);
    for (const [index, item] of feed.items.entries()) {
      const row = rows[index];
      if (!row) throw new Error("more items than rows");
      expect(item.id).toBe(`tag:press.example.org,2026:article/${row.article_id}/en`);
      expect(item.content_html).toBe(absolutizeLinks(row.body_html, item.url));
      expect(item.content_text).toBeUndefined();
      expect(item.summary).toBe(row.lead);
      await expectPage(item.url);
    }
  });

  it("makes the links inside a body absolute, so that they work in a feed reader", async () => {
    const [odkb] = await subtreeIds(site, "en", "news/news_odkb");
    if (odkb === undefined) throw new Error("no news_odkb section");
    await draftItem(
      site,
      odkb,
      {
        lang: "en",
        title: "An item that links elsewhere on the site",
        lead: "It links.",
        bodyHtml:
          '<p>See <a href="/en/news/">all news</a> and <a href="https://else.example/">another site</a>.</p>',
      },
      ["submit", "approve", "publish"],
    );
    const feed = await fetchJsonFeed(site, "/en/news/news_odkb/feed.json");
    const html = feed.items[0]?.content_html ?? "";
    expect(html).toContain(`<a href="${PUBLIC_URL}/en/news/">all news</a>`);
    expect(html).toContain('<a href="https://else.example/" rel="noopener noreferrer">another site</a>');
    const rss = await feedParser.parseString(
      await fetchFeed(site, "/en/news/news_odkb/feed.xml", "application/rss+xml"),
    );
    expect(rss.items[0]?.["content:encoded"]).toContain(`href="${PUBLIC_URL}/en/news/"`);
  });
});
