import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { articleOf, feedParser, fetchFeed, fetchJsonFeed, subtreeIds, systemContext } from "./support.js";
import { createDraft } from "../../src/commands/editorial/createDraft.js";
import { transition } from "../../src/commands/editorial/transition.js";

const ZAS = { slug: "stanislav-zas", names: { en: "Stanislav Zas", ru: "Станислав Зась" } };
const SITE_NAME = { en: "Press Centre", ru: "Пресс-центр" };

describe.each(DIALECTS)("a person's feeds on %s", (dialect) => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await createDemoSite(dialect);
  });
  afterAll(async () => {
    await site.destroy();
  });

  async function personId(slug: string): Promise<number> {
    const row = await site.testStore.store.db
      .selectFrom("people")
      .select("id")
      .where("slug", "=", slug)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Published articles of a language tagged with the person or signed by them. */
  async function taggedOrSigned(lang: string, id: number): Promise<number[]> {
    const db = site.testStore.store.db;
    const tagged = await db
      .selectFrom("article_people as p")
      .innerJoin("article_translations as t", "t.article_id", "p.article_id")
      .select("t.article_id")
      .where("p.person_id", "=", id)
      .where("t.lang", "=", lang)
      .where("t.state", "=", "published")
      .execute();
    const signed = await db
      .selectFrom("article_translations")
      .select("article_id")
      .where("signature_person_id", "=", id)
      .where("lang", "=", lang)
      .where("state", "=", "published")
      .execute();
    return [...new Set([...tagged, ...signed].map((r) => r.article_id))];
  }

  it.each(["ru", "en"] as const)(
    "lists what names Stanislav Zas in %s, in all three formats",
    async (lang) => {
      const base = `/${lang}/people/${ZAS.slug}/`;
      const title = `${SITE_NAME[lang]} — ${ZAS.names[lang]}`;
      const expected = await taggedOrSigned(lang, await personId(ZAS.slug));
      expect(expected.length).toBeGreaterThan(0);

      const rss = await feedParser.parseString(
        await fetchFeed(site, `${base}feed.xml`, "application/rss+xml"),
      );
      expect(rss.title).toBe(title);
      expect(rss.language).toBe(lang);
      expect(rss.link).toBe(`http://localhost${base}`);
      expect(rss.feedUrl).toBe(`http://localhost${base}feed.xml`);
      // The feed follows the person's page.
      expect((await site.request(base)).status).toBe(200);
      const ids = rss.items.map((item) => articleOf(item.guid).articleId);
      expect(ids).toEqual(expect.arrayContaining(expected));
      const dates = rss.items.map((item) => Date.parse(item.isoDate ?? ""));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      for (const item of rss.items) {
        expect(articleOf(item.guid).lang).toBe(lang);
        expect((await site.request(new URL(item.link ?? "").pathname)).status).toBe(200);
      }

      const atom = await feedParser.parseString(
        await fetchFeed(site, `${base}atom.xml`, "application/atom+xml"),
      );
      expect(atom.title).toBe(title);
      expect(atom.feedUrl).toBe(`http://localhost${base}atom.xml`);
      expect(atom.items.map((entry) => articleOf(entry.id).articleId)).toEqual(ids);

      const json = await fetchJsonFeed(site, `${base}feed.json`);
      expect(json.title).toBe(title);
      expect(json.home_page_url).toBe(`http://localhost${base}`);
      expect(json.items.map((item) => articleOf(item.id).articleId)).toEqual(ids);
    },
  );

  it("lists what the press secretary signed, with the signature as the author", async () => {
    const id = await personId("vladimir-zaynetdinov");
    const signed = await site.testStore.store.db
      .selectFrom("article_translations")
      .select(["article_id", "signature_text"])
      .where("signature_person_id", "=", id)
      .where("lang", "=", "en")
      .where("state", "=", "published")
      .execute();
    expect(signed.length).toBeGreaterThan(0);
    const rss = await feedParser.parseString(
      await fetchFeed(site, "/en/people/vladimir-zaynetdinov/feed.xml", "application/rss+xml"),
    );
    for (const row of signed) {
      const item = rss.items.find((candidate) => articleOf(candidate.guid).articleId === row.article_id);
      expect(item?.creator).toBe(row.signature_text);
    }
  });

  it("takes in a newly published item that names the person, with a new ETag", async () => {
    const path = `/en/people/${ZAS.slug}/feed.xml`;
    const before = await site.request(path);
    const etag = before.headers.get("etag") ?? "";
    const [odkb] = await subtreeIds(site, "en", "news/news_odkb");
    if (odkb === undefined) throw new Error("no news_odkb section");
    const ctx = systemContext(site);
    const created = await createDraft(ctx, {
      sectionId: odkb,
      kind: "news",
      peopleIds: [await personId(ZAS.slug)],
      translations: [
        {
          lang: "en",
          title: "The Secretary General meets journalists",
          lead: "Stanislav Zas answered questions.",
          bodyHtml: "<p>Stanislav Zas answered questions from journalists.</p>",
        },
      ],
    });
    const translationId = created.translationIds["en"];
    if (translationId === undefined) throw new Error("no translation");
    for (const action of ["submit", "approve", "publish"] as const)
      await transition(ctx, { translationId, action });

    const after = await site.request(path, { headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const feed = await feedParser.parseString(await after.text());
    expect(articleOf(feed.items[0]?.guid).articleId).toBe(created.articleId);
    expect(
      (await site.request(path, { headers: { "If-None-Match": after.headers.get("etag") ?? "" } })).status,
    ).toBe(304);
  });

  it("answers 404 for a person who does not exist", async () => {
    for (const file of ["feed.xml", "atom.xml", "feed.json"]) {
      expect((await site.request(`/en/people/nobody-at-all/${file}`)).status).toBe(404);
    }
  });
});
