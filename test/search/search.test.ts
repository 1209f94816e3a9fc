import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuery } from "../../src/domain/search/queryParser.js";
import { searchService } from "../../src/search/service.js";
import type { SearchService } from "../../src/search/types.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import { find, loadCorpus, TOP_RESULTS, type Corpus, type FindOptions } from "./corpus.js";

describe.each(DIALECTS)("search on %s", (dialect) => {
  let testStore: TestStore;
  let corpus: Corpus;
  let service: SearchService;
  const names = async (raw: string, lang: string, options: FindOptions = {}) =>
    (await find(service, corpus, raw, lang, options)).names;

  beforeAll(async () => {
    testStore = await createTestStore(dialect);
    corpus = await loadCorpus(testStore.store);
    service = searchService(testStore.store);
  });
  afterAll(async () => {
    await testStore.destroy();
  });

  it.each(TOP_RESULTS)(
    "ranks %s (%s): titles first, then leads, newest first among equals",
    async (q, lang, top) => {
      expect((await names(q, lang)).slice(0, 3)).toEqual(top);
    },
  );

  it("finds every form of a word: миссия → миссии, миссией; meetings → meeting; ЁЛКА → елка", async () => {
    const mission = await names("миссия", "ru");
    expect(mission).toContain("ru:mission-dushanbe"); // "с миссией"
    expect(mission).toContain("ru:armenia-consultations"); // "работу миссии"
    expect(mission).toContain("ru:mission-kyrgyzstan"); // "Руководитель миссии", in the body only
    expect(await names("meetings", "en")).toContain("en:secretaries-meeting");
    expect(await names("ЁЛКА", "ru")).toEqual(["ru:new-year-tree"]);
    expect(await names("ёлку", "ru")).toEqual(["ru:new-year-tree"]);
  });

  it("keeps a phrase together and lets plain words fall anywhere", async () => {
    expect(await names('"foreign ministers"', "en")).toEqual(["en:foreign-ministers", "en:mission-dushanbe"]);
    expect(await names("foreign ministers", "en")).toEqual([
      "en:foreign-ministers",
      "en:defence-ministers",
      "en:mission-dushanbe",
    ]);
    // A phrase never runs from the title into the lead.
    expect(await names('"almaty the foreign"', "en")).toEqual([]);
  });

  it("leaves out what is excluded, by word or by phrase", async () => {
    expect(await names("миссия -армения", "ru")).toEqual(["ru:mission-dushanbe", "ru:mission-kyrgyzstan"]);
    expect(await names('council -"collective security"', "en")).not.toContain("en:council-minsk");
    expect(await names("council -security", "en")).toEqual(["en:migration-council", "en:defence-ministers"]);
  });

  it("filters by language, section subtree, kind and date range", async () => {
    expect(await names("миссия", "en")).toEqual([]);
    expect((await names("mission", "ru")).length).toBe(0);
    const { news, odkb, statements } = corpus.sections;
    const inNews = await names("mission", "en", { sectionIds: [news, odkb] });
    expect(inNews).toHaveLength(5);
    expect(await names("mission", "en", { sectionIds: [odkb] })).toEqual(["en:mission-kyrgyzstan"]);
    expect(await names("", "ru", { sectionIds: [statements], order: "date" })).toEqual([
      "ru:statement-treaty",
      "ru:statement-afghanistan",
    ]);
    expect(await names("", "en", { sectionIds: [] })).toEqual([]);
    expect(await names("", "en", { kind: "interview" })).toEqual(["en:interview-secretary-general"]);
    expect(await names("security", "en", { kind: "statement" })).toEqual(["en:statement-treaty"]);
    const summer = { from: "2024-06-01T00:00:00.000Z", to: "2024-09-01T00:00:00.000Z" };
    expect(await names("", "en", summer)).toEqual([
      "en:mission-dushanbe",
      "en:armenia-consultations",
      "en:foreign-ministers",
    ]);
    // The end is exclusive, to the millisecond; the start inclusive.
    expect(await names("", "en", { ...summer, to: "2024-08-05T12:00:00.000Z" })).toEqual([
      "en:armenia-consultations",
      "en:foreign-ministers",
    ]);
    expect(
      await names("", "en", { from: "2024-08-05T12:00:00.000Z", to: "2024-08-05T12:00:00.001Z" }),
    ).toEqual(["en:mission-dushanbe"]);
    // A start inside the second of publication, a millisecond late, leaves the item out.
    expect(
      await names("", "en", { from: "2024-08-05T12:00:00.001Z", to: "2024-08-05T12:00:01.000Z" }),
    ).toEqual([]);
    // A bound that is not a date is ignored rather than failing.
    expect(await names("statement", "en", { from: "last tuesday" })).toHaveLength(3);
  });

  it("filters by person: named in full, by alias only, tagged, or signing", async () => {
    const { zas, sidorov, kazakova, zaynetdinov } = corpus.people;
    expect(await names("", "en", { personId: zas })).toEqual([
      "en:interview-secretary-general",
      "en:council-minsk",
    ]);
    expect(await names("", "ru", { personId: zas })).toEqual(["ru:council-minsk"]);
    expect(await names("", "en", { personId: sidorov })).toEqual(["en:joint-staff", "en:mission-kyrgyzstan"]);
    expect(await names("", "ru", { personId: kazakova })).toEqual(["ru:migration-council"]);
    expect(await names("", "en", { personId: kazakova })).toEqual(["en:migration-council"]);
    expect(await names("", "ru", { personId: zaynetdinov })).toEqual(["ru:statement-afghanistan"]);
    expect(await names("situation", "en", { personId: zaynetdinov })).toEqual(["en:statement-afghanistan"]);
  });

  it("orders by date on request, and pages without repeats or gaps", async () => {
    expect(await names("mission", "en", { order: "date" })).toEqual([
      "en:interview-secretary-general",
      "en:mission-armenia",
      "en:mission-kyrgyzstan",
      "en:mission-dushanbe",
      "en:armenia-consultations",
    ]);
    const all = await names("", "en", { limit: 100 });
    expect(all).toHaveLength(14);
    const pages: string[] = [];
    for (let offset = 0; offset < 16; offset += 4) {
      const { names: page, page: result } = await find(service, corpus, "", "en", { limit: 4, offset });
      expect(result.total).toBe(14);
      expect(result.totalCapped).toBe(false);
      pages.push(...page);
    }
    expect(pages).toEqual(all);
    const ranked: string[] = [];
    for (const offset of [0, 2, 4]) ranked.push(...(await names("mission", "en", { limit: 2, offset })));
    expect(ranked).toEqual(await names("mission", "en"));
  });

  it("marks the matched words in the title and in a passage of the text", async () => {
    const { page } = await find(service, corpus, "выборы миссия", "ru");
    const hit = page.hits[0];
    expect(hit?.slug).toBe("mission-armenia");
    expect(hit?.titleSegments.filter((s) => s.match).map((s) => s.text)).toEqual(["Миссия"]);
    expect(hit?.titleSegments.map((s) => s.text).join("")).toBe("Миссия наблюдателей прибыла в Армению");
    const marked = hit?.snippet.filter((s) => s.match).map((s) => s.text);
    expect(marked).toEqual(["Миссия", "выборами"]);
    expect(hit?.snippet.some((s) => !s.match && s.text.includes("Ереване"))).toBe(true);
    expect(hit).toMatchObject({
      lang: "ru",
      kind: "news",
      lead: "Миссия наблюдателей начала работу в Ереване.",
    });
  });

  it("suggests the query typed on the wrong keyboard layout or in Latin letters", async () => {
    expect(await service.suggest("vbccbz", { lang: "ru" })).toBe("миссия");
    expect(await service.suggest("missiya", { lang: "ru" })).toBe("миссия");
    expect(await service.suggest("миссия", { lang: "ru" })).toBeUndefined();
    expect(await service.suggest("", { lang: "ru" })).toBeUndefined();
    expect(await service.suggest("zzqxj", { lang: "ru" })).toBeUndefined();
  });

  it("never fails on odd queries, and a facet token typed as a word finds nothing", async () => {
    const odd = [
      '"',
      '"""',
      "-",
      "- -",
      "--миссия",
      '"миссия',
      "*",
      "OR AND NOT",
      "NEAR(mission observer)",
      "{title} : mission",
      "title:mission",
      "'; DROP TABLE articles; --",
      "\\",
      "'",
      "mission'",
      "🙂 mission",
      "\u0000",
      "(((",
      "миссия ".repeat(200),
      "x".repeat(5000),
      "l_ru",
      "s_1 p_1",
    ];
    for (const raw of odd) {
      for (const order of ["relevance", "date"] as const) {
        const { page } = await find(service, corpus, raw, "ru", { order });
        expect(page.total, raw).toBeGreaterThanOrEqual(0);
      }
      await service.suggest(raw, { lang: "en" });
      await service.suggest(raw, { lang: "ru" });
    }
    // Operators of the databases' own query languages are only words here.
    expect(await names("l_ru", "ru")).toEqual([]);
    expect(await names("NEAR(mission observer)", "en")).toEqual([]);
    expect(await names("mission OR zzqxj", "en")).toEqual([]);
    const silly = await service.search({
      query: parseQuery("mission"),
      filters: { lang: "en" },
      order: "relevance",
      limit: Number.NaN,
      offset: -5,
    });
    expect(silly.hits.length).toBeGreaterThan(0);
  });

  it("relates items by people, section and title words, in the same language, never the item itself", async () => {
    const source = corpus.ids.get("en:mission-armenia") ?? -1;
    const related = (await service.related(source, 4)).map((hit) => corpus.names.get(hit.translationId));
    expect(related.slice(0, 2)).toEqual(["en:mission-dushanbe", "en:armenia-consultations"]);
    expect(related).toHaveLength(4);
    expect(related.every((name) => name?.startsWith("en:"))).toBe(true);
    const staff = corpus.ids.get("ru:joint-staff") ?? -1;
    const bySidorov = (await service.related(staff, 1)).map((hit) => corpus.names.get(hit.translationId));
    expect(bySidorov).toEqual(["ru:mission-kyrgyzstan"]);
    expect(await service.related(999_999, 5)).toEqual([]);
    expect(await service.related(source, 0)).toEqual([]);
  });
});
