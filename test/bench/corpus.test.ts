import { join } from "node:path";
import { newStemmer } from "snowball-stemmers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, type CorpusItem } from "../../bench/corpus/generate.js";
import { writeCorpus } from "../../bench/corpus/write.js";
import { countPublished, listPublished } from "../../src/store/publicArticles.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";

function firstItems(seed: number | string, count: number): CorpusItem[] {
  return [...generateCorpus({ seed, count })];
}

/** Words of a body as a reader sees them: tags dropped, a free-standing dash not counted. */
function wordsOf(html: string): string[] {
  return html
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "—");
}

describe("corpus generator", () => {
  const items = firstItems(42, 300);

  it("gives the same items for the same seed, and other items for another seed", () => {
    // Dates are spread over the whole corpus, so "the same corpus" means the same seed and size.
    expect(firstItems(42, 300).slice(0, 100)).toEqual(items.slice(0, 100));
    expect(JSON.stringify(firstItems(42, 100))).toBe(JSON.stringify(firstItems(42, 100)));
    const other = firstItems(43, 100);
    expect(other.map((i) => i.translations.en.bodyHtml)).not.toEqual(
      items.slice(0, 100).map((i) => i.translations.en.bodyHtml),
    );
    // Item N does not depend on where generation starts: a corpus can be resumed or split.
    const resumed = [...generateCorpus({ seed: 42, start: 250, count: 50, total: 300 })];
    expect(resumed).toEqual(items.slice(250));
  });

  it("writes every item in Russian and in English, with bodies of 80 to 300 words", () => {
    for (const item of items) {
      const { ru, en } = item.translations;
      for (const t of [ru, en]) {
        expect(t.title.trim()).not.toBe("");
        expect(t.lead.trim()).not.toBe("");
        const words = wordsOf(t.bodyHtml).length;
        expect(words, `${t.lang} body of item ${item.index}`).toBeGreaterThanOrEqual(80);
        expect(words, `${t.lang} body of item ${item.index}`).toBeLessThanOrEqual(300);
        expect(t.words).toBe(words);
        expect(t.bodyHtml).toMatch(/^<p>[^<>&]+<\/p>(\n<p>[^<>&]+<\/p>)*$/);
      }
      expect(ru.title + ru.bodyHtml).toMatch(/[а-яё]{4}/);
      expect(en.title + en.lead + en.bodyHtml).not.toMatch(/[а-яё]/i);
    }
  });

  it("declines Russian words, so that one stem appears in many forms", () => {
    const stemmer = newStemmer("russian");
    const formsByStem = new Map<string, Set<string>>();
    for (const item of items) {
      for (const word of wordsOf(item.translations.ru.bodyHtml)) {
        const form = word.toLowerCase().replace(/[^а-яё-]/g, "");
        if (form.length < 4) continue;
        const stem = stemmer.stem(form);
        formsByStem.set(stem, (formsByStem.get(stem) ?? new Set()).add(form));
      }
    }
    const inflected = [...formsByStem.values()].filter((forms) => forms.size >= 3);
    expect(inflected.length).toBeGreaterThan(40);
    // The same noun as subject, object and complement: "угроза", "угрозы", "угрозам"…
    expect(formsByStem.get(stemmer.stem("угроза"))?.size ?? 0).toBeGreaterThanOrEqual(3);
    const english = new Set(
      items.flatMap((i) => wordsOf(i.translations.en.bodyHtml).map((w) => w.toLowerCase())),
    );
    expect(english.has("threats") || english.has("challenges")).toBe(true);
  });

  it("names people, signs statements, and spreads items over fifteen years", () => {
    expect(items.some((i) => i.people.length > 0)).toBe(true);
    expect(items.some((i) => i.translations.ru.signature !== null)).toBe(true);
    const years = new Set(firstItems(42, 2000).map((i) => i.publishedAt.slice(0, 4)));
    expect(years.size).toBe(15);
  });

  it("refuses nonsense options with a clear message", () => {
    expect(() => firstItems(42, -1)).toThrow(/count/);
    expect(() => [...generateCorpus({ seed: 1, count: 10, start: 5, total: 8 })]).toThrow(/total/);
    expect(() => [...generateCorpus({ seed: 1, count: 1, from: "2020-13-45" })]).toThrow(/not a date/);
  });
});

describe.each(DIALECTS)("corpus writer on %s", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(dialect);
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("writes 2,000 published bilingual items that the public lists show", async () => {
    const target = t.databaseUrl ?? join(t.dataDir, "pressroom.sqlite");
    const summary = await writeCorpus(target, { seed: 7, count: 2000, batchSize: 700 });
    expect(summary.items).toBe(2000);
    expect(summary.translations).toBe(4000);

    const db = t.store.db;
    const articles = await db
      .selectFrom("articles")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(articles.n)).toBe(2000);
    for (const lang of ["en", "ru"]) {
      expect(await countPublished(db, lang)).toBe(2000);
      const listed = await listPublished(db, { lang, limit: 5000, offset: 0 });
      expect(listed).toHaveLength(2000);
      expect(new Set(listed.map((a) => a.articleId)).size).toBe(2000);
    }
    // Newest first, and the newest is the last item generated.
    const [newest] = await listPublished(db, { lang: "en", limit: 1, offset: 0 });
    const last = [...generateCorpus({ seed: 7, start: 1999, count: 1, total: 2000 })][0];
    expect(newest?.title).toBe(last?.translations.en.title);

    const signed = await db
      .selectFrom("article_translations")
      .select(["signature_text", "signature_person_id"])
      .where("signature_text", "is not", null)
      .limit(1)
      .executeTakeFirst();
    expect(signed?.signature_person_id).not.toBeNull();
    const tagged = await db.selectFrom("article_people").select("person_id").limit(1).executeTakeFirst();
    expect(tagged).toBeDefined();
  });
});
