import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embargoArticle } from "../../src/commands/editorial/embargo.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { transition } from "../../src/commands/editorial/transition.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  SteppingClock,
  articleOf,
  draftItem,
  feedParser,
  fetchFeed,
  fetchJsonFeed,
  publishedRows,
  subtreeIds,
  systemContext,
} from "./support.js";

const FILES = [
  { file: "feed.xml", mediaType: "application/rss+xml" },
  { file: "atom.xml", mediaType: "application/atom+xml" },
  { file: "feed.json", mediaType: "application/feed+json" },
] as const;

const HOUR = 3_600_000;

describe.each(DIALECTS)("feeds as the content changes, on %s", (dialect) => {
  let site: DemoSite;
  let clock: SteppingClock;
  let odkb: number;
  beforeAll(async () => {
    // Later than the demo's own load, which runs on the real clock: every change here is visibly newer.
    clock = new SteppingClock("2031-05-04T08:00:00.000Z");
    site = await createDemoSite(dialect, {}, { clock });
    const [id] = await subtreeIds(site, "en", "news/news_odkb");
    if (id === undefined) throw new Error("the demo has no news_odkb section");
    odkb = id;
  });
  afterAll(async () => {
    await site.destroy();
  });

  /** Publishes a new English item in news_odkb, an hour after the last change. */
  async function publishNew(title: string, extra: { lead?: string; bodyHtml?: string } = {}) {
    clock.advance(HOUR);
    return draftItem(
      site,
      odkb,
      {
        lang: "en",
        title,
        lead: extra.lead ?? `${title}: the lead`,
        bodyHtml: extra.bodyHtml ?? "<p>Body.</p>",
      },
      ["submit", "approve", "publish"],
    );
  }

  async function articleIdsIn(path: string): Promise<number[]> {
    const feed = await feedParser.parseString(await fetchFeed(site, path, "application/rss+xml"));
    return feed.items.map((item) => articleOf(item.guid).articleId);
  }

  it.each(FILES)(
    "$file answers 304 to a matching If-None-Match or a not-older If-Modified-Since",
    async ({ file }) => {
      const path = `/en/news/${file}`;
      const first = await site.request(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag") ?? "";
      const lastModified = first.headers.get("last-modified") ?? "";
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers.get("cache-control")).toBe("public, no-cache");
      const rows = await publishedRows(site, "en", await subtreeIds(site, "en", "news"));
      const newest = Math.max(...rows.flatMap((r) => [Date.parse(r.updated_at), Date.parse(r.published_at)]));
      expect(Date.parse(lastModified)).toBe(Math.floor(newest / 1000) * 1000);

      const again = await site.request(path);
      expect(again.headers.get("etag")).toBe(etag);

      const byTag = await site.request(path, { headers: { "If-None-Match": etag } });
      expect(byTag.status).toBe(304);
      expect(await byTag.text()).toBe("");
      expect(byTag.headers.get("etag")).toBe(etag);
      expect(byTag.headers.get("cache-control")).toBe("public, no-cache");

      const byDate = await site.request(path, { headers: { "If-Modified-Since": lastModified } });
      expect(byDate.status).toBe(304);
      const later = new Date(Date.parse(lastModified) + HOUR).toUTCString();
      expect((await site.request(path, { headers: { "If-Modified-Since": later } })).status).toBe(304);

      const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect((await site.request(path, { headers: { "If-Modified-Since": older } })).status).toBe(200);
      expect((await site.request(path, { headers: { "If-Modified-Since": "not a date" } })).status).toBe(200);
      // If-None-Match decides when both are sent.
      const stale = await site.request(path, {
        headers: { "If-None-Match": '"stale"', "If-Modified-Since": later },
      });
      expect(stale.status).toBe(200);
      expect(stale.headers.get("etag")).toBe(etag);
    },
  );

  it("answers 200 with a new ETag and a later Last-Modified after a publish", async () => {
    const before = await Promise.all(FILES.map(({ file }) => site.request(`/en/news/news_odkb/${file}`)));
    const published = await publishNew("A fresh item for the feeds");
    for (const [index, { file, mediaType }] of FILES.entries()) {
      const old = before[index];
      const etag = old?.headers.get("etag") ?? "";
      const lastModified = old?.headers.get("last-modified") ?? "";
      const path = `/en/news/news_odkb/${file}`;
      const res = await site.request(path, { headers: { "If-None-Match": etag } });
      expect(res.status, file).toBe(200);
      expect(res.headers.get("content-type")).toBe(`${mediaType}; charset=utf-8`);
      expect(res.headers.get("etag")).not.toBe(etag);
      expect(res.headers.get("last-modified")).toBe(new Date(clock.now()).toUTCString());
      expect((await site.request(path, { headers: { "If-Modified-Since": lastModified } })).status).toBe(200);
    }
    expect((await articleIdsIn("/en/news/news_odkb/feed.xml"))[0]).toBe(published.articleId);
    expect((await articleIdsIn("/en/feed.xml"))[0]).toBe(published.articleId);
    // The other language and the other sections do not change.
    expect(await articleIdsIn("/ru/feed.xml")).not.toContain(published.articleId);
    expect(await articleIdsIn("/en/news/speech/feed.xml")).not.toContain(published.articleId);
  });

  it("keeps ids when the title, the section and the slug change, and links to the new address", async () => {
    const item = await publishNew("Title before the edit");
    const rssBefore = await feedParser.parseString(
      await fetchFeed(site, "/en/feed.xml", "application/rss+xml"),
    );
    const atomBefore = await feedParser.parseString(
      await fetchFeed(site, "/en/atom.xml", "application/atom+xml"),
    );
    const jsonBefore = await fetchJsonFeed(site, "/en/feed.json");
    const guid = rssBefore.items[0]?.guid;
    expect(articleOf(guid).articleId).toBe(item.articleId);

    clock.advance(HOUR);
    const db = site.testStore.store.db;
    const { version } = await db
      .selectFrom("article_translations")
      .select("version")
      .where("id", "=", item.translationId)
      .executeTakeFirstOrThrow();
    await saveTranslation(systemContext(site), {
      translationId: item.translationId,
      baseVersion: version,
      title: "Title after the edit",
    });
    // The editor keeps a public item's slug and section, so that its address keeps working; a repair of old
    // addresses in the database may still change them, and the feeds must not take it for a new item.
    const [speech] = await subtreeIds(site, "en", "news/speech");
    if (speech === undefined) throw new Error("the demo has no speech section");
    await db
      .updateTable("article_translations")
      .set({ slug: "slug-after-the-edit", section_id: speech })
      .where("id", "=", item.translationId)
      .execute();
    await db.updateTable("articles").set({ section_id: speech }).where("id", "=", item.articleId).execute();

    const rss = await feedParser.parseString(await fetchFeed(site, "/en/feed.xml", "application/rss+xml"));
    const atom = await feedParser.parseString(await fetchFeed(site, "/en/atom.xml", "application/atom+xml"));
    const json = await fetchJsonFeed(site, "/en/feed.json");
    expect(rss.items[0]?.guid).toBe(guid);
    expect(atom.items[0]?.id).toBe(atomBefore.items[0]?.id);
    expect(json.items[0]?.id).toBe(jsonBefore.items[0]?.id);
    expect(rss.items[0]?.title).toBe("Title after the edit");
    expect(atom.items[0]?.title).toBe("Title after the edit");
    expect(json.items[0]?.title).toBe("Title after the edit");
    const newAddress = "http://localhost/en/news/speech/slug-after-the-edit/";
    expect(rss.items[0]?.link).toBe(newAddress);
    expect(atom.items[0]?.link).toBe(newAddress);
    expect(json.items[0]?.url).toBe(newAddress);
    expect((await site.request(new URL(newAddress).pathname)).status).toBe(200);
    // The edit is the newest change: the item says so, and keeps its publication date.
    expect(json.items[0]?.date_modified).toBe(clock.now().toISOString().replace(".000Z", "Z"));
    expect(json.items[0]?.date_published).toBe(jsonBefore.items[0]?.date_published);
    // It moved out of one section's feed and into the other's, under the same id.
    expect(await articleIdsIn("/en/news/news_odkb/feed.xml")).not.toContain(item.articleId);
    expect(await articleIdsIn("/en/news/speech/feed.xml")).toContain(item.articleId);
  });

  it("leaves out drafts, scheduled, embargoed and unpublished items", async () => {
    const ctx = systemContext(site);
    const draft = await draftItem(
      site,
      odkb,
      { lang: "en", title: "Still a draft", bodyHtml: "<p>x</p>" },
      [],
    );
    const approved = await draftItem(
      site,
      odkb,
      { lang: "en", title: "Under embargo", bodyHtml: "<p>x</p>" },
      ["submit", "approve"],
    );
    await embargoArticle(ctx, { articleId: approved.articleId, until: clock.later(24 * HOUR) });
    const scheduled = await draftItem(site, odkb, { lang: "en", title: "Scheduled", bodyHtml: "<p>x</p>" }, [
      "submit",
      "approve",
    ]);
    await transition(ctx, {
      translationId: scheduled.translationId,
      action: "schedule",
      at: clock.later(HOUR),
    });
    const gone = await publishNew("Published, then withdrawn");
    expect(await articleIdsIn("/en/feed.xml")).toContain(gone.articleId);
    await transition(ctx, { translationId: gone.translationId, action: "unpublish" });

    const hidden = [draft.articleId, approved.articleId, scheduled.articleId, gone.articleId];
    for (const path of ["/en/feed.xml", "/en/news/feed.xml", "/en/news/news_odkb/feed.xml"]) {
      const ids = await articleIdsIn(path);
      expect(
        ids.filter((id) => hidden.includes(id)),
        path,
      ).toEqual([]);
    }
    const atom = await feedParser.parseString(await fetchFeed(site, "/en/atom.xml", "application/atom+xml"));
    expect(
      atom.items.map((entry) => articleOf(entry.id).articleId).filter((id) => hidden.includes(id)),
    ).toEqual([]);
    const json = await fetchJsonFeed(site, "/en/news/news_odkb/feed.json");
    expect(
      json.items.map((entry) => articleOf(entry.id).articleId).filter((id) => hidden.includes(id)),
    ).toEqual([]);
    for (const text of ["Still a draft", "Under embargo", "Scheduled", "withdrawn"]) {
      expect(JSON.stringify(json)).not.toContain(text);
    }
  });

  it("escapes a title with <script>, & and quotes in every format", async () => {
    const title = 'Talks <script>alert("x")</script> & "quoted" news';
    // A control character pasted into a title is not even allowed escaped in XML 1.0: the XML feeds drop it.
    const pasted = `${title}\u0007`;
    const lead = "Lead with <b>tags</b> & an ampersand";
    const item = await publishNew(pasted, { lead });
    const rssXml = await fetchFeed(site, "/en/news/news_odkb/feed.xml", "application/rss+xml");
    const atomXml = await fetchFeed(site, "/en/news/news_odkb/atom.xml", "application/atom+xml");
    for (const xml of [rssXml, atomXml]) {
      expect(xml).not.toContain("<script>");
      expect(xml).not.toContain("<b>");
      expect(xml).toContain(
        "Talks &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; news",
      );
    }
    const rss = await feedParser.parseString(rssXml);
    const atom = await feedParser.parseString(atomXml);
    expect(articleOf(rss.items[0]?.guid).articleId).toBe(item.articleId);
    expect(rss.items[0]?.title).toBe(title);
    expect(rss.items[0]?.contentSnippet).toBe(lead);
    expect(atom.items[0]?.title).toBe(title);
    expect(atom.items[0]?.summary).toBe(lead);
    const json = await fetchJsonFeed(site, "/en/news/news_odkb/feed.json");
    expect(json.items[0]?.title).toBe(pasted);
    expect(json.items[0]?.content_text).toBe(lead);
  });
});
