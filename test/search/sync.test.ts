import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { createArticle } from "../../src/commands/createArticle.js";
import { deleteArticle } from "../../src/commands/editorial/deleteArticle.js";
import { embargoArticle } from "../../src/commands/editorial/embargo.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { transition } from "../../src/commands/editorial/transition.js";
import { importPages } from "../../src/commands/importPages.js";
import { loadDemo } from "../../src/commands/loadDemo.js";
import { demoContent } from "../../src/demo/content.js";
import { parseQuery } from "../../src/domain/search/queryParser.js";
import { runDueJobs } from "../../src/jobs/scheduler.js";
import { searchService } from "../../src/search/service.js";
import { sqliteIndex } from "../../src/search/sqliteIndex.js";
import type { SearchFilters, SearchService } from "../../src/search/types.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import { contextFor, FakeClock, HOUR, makeTeam, newDraft, walk, type Team } from "../editorial/helpers.js";
import { LANGUAGES } from "../helpers/content.js";
import { loadCorpus, type Corpus } from "./corpus.js";

/** Every change to what is public shows in search as soon as the command returns, on both databases. */
describe.each(DIALECTS)("the search index follows publication on %s", (dialect) => {
  let testStore: TestStore;
  let corpus: Corpus;
  let service: SearchService;
  let team: Team;
  const clock = new FakeClock("2030-07-01T09:00:00.000Z");
  const store = () => testStore.store;
  const ctx = (actor: Actor) => contextFor(store(), actor, clock);

  /** Translation ids found for a query, best first. */
  async function found(raw: string, lang = "en", filters: Partial<SearchFilters> = {}): Promise<number[]> {
    const page = await service.search({
      query: parseQuery(raw),
      filters: { lang, ...filters },
      order: "relevance",
      limit: 100,
      offset: 0,
    });
    return page.hits.map((hit) => hit.translationId);
  }

  async function approved(title: string) {
    const item = await newDraft(ctx(team.correspondent), corpus.sections.news, title);
    for (const id of [item.en, item.ru]) {
      await walk(ctx, id, [
        [team.correspondent, "submit"],
        [team.editor, "approve"],
      ]);
    }
    return item;
  }

  /** Whether the index itself holds a document for the translation (search also checks the live row). */
  async function indexed(translationId: number): Promise<boolean> {
    const table = dialect === "postgres" ? sql`search_documents` : sql`search_rows`;
    const result = await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM ${table} WHERE translation_id = ${translationId}`.execute(store().db);
    return Number(result.rows[0]?.n) > 0;
  }

  async function versionOf(translationId: number): Promise<number> {
    const row = await store()
      .db.selectFrom("article_translations")
      .select("version")
      .where("id", "=", translationId)
      .executeTakeFirstOrThrow();
    return row.version;
  }

  beforeAll(async () => {
    testStore = await createTestStore(dialect);
    corpus = await loadCorpus(store());
    team = await makeTeam(store());
    service = searchService(store());
  });
  afterAll(async () => {
    await testStore.destroy();
  });

  it("indexes a translation when it is published, and drops it when it is unpublished", async () => {
    const item = await newDraft(ctx(team.correspondent), corpus.sections.news, "Ocelot census");
    expect(await found("ocelot")).toEqual([]);
    await walk(ctx, item.en, [
      [team.correspondent, "submit"],
      [team.editor, "approve"],
    ]);
    expect(await found("ocelot")).toEqual([]);
    await transition(ctx(team.publisher), { translationId: item.en, action: "publish" });
    expect(await found("ocelot")).toEqual([item.en]);
    expect(await found("ocelot", "ru")).toEqual([]); // the Russian text is still a draft
    expect(await indexed(item.en)).toBe(true);
    await transition(ctx(team.publisher), { translationId: item.en, action: "unpublish" });
    expect(await found("ocelot")).toEqual([]);
    expect(await indexed(item.en)).toBe(false);
    expect(await service.related(item.en, 5)).toEqual([]);
    await transition(ctx(team.publisher), { translationId: item.en, action: "publish" });
    expect(await found("ocelot")).toEqual([item.en]);
  });

  it("keeps embargoed and scheduled items out until the job runner releases them", async () => {
    const held = await approved("Zanzibar summit");
    await embargoArticle(ctx(team.publisher), { articleId: held.articleId, until: clock.later(2 * HOUR) });
    const timed = await approved("Quokka forum");
    await transition(ctx(team.publisher), {
      translationId: timed.en,
      action: "schedule",
      at: clock.later(HOUR),
    });
    await transition(ctx(team.publisher), {
      translationId: timed.ru,
      action: "schedule",
      at: clock.later(3 * HOUR),
    });
    expect([await found("zanzibar"), await found("zanzibar", "ru"), await found("quokka")]).toEqual([
      [],
      [],
      [],
    ]);

    await runDueJobs({ store: store() }, clock.later(HOUR + 1));
    expect(await found("quokka")).toEqual([timed.en]);
    expect(await found("quokka", "ru")).toEqual([]);
    expect(await found("zanzibar")).toEqual([]);

    await runDueJobs({ store: store() }, clock.later(2 * HOUR + 1));
    expect(await found("zanzibar")).toEqual([held.en]);
    expect(await found("zanzibar", "ru")).toEqual([held.ru]);
    // Released items are listed at their release time, which date filters see.
    expect(
      await found("zanzibar", "en", { from: clock.later(2 * HOUR), to: clock.later(2 * HOUR + 1) }),
    ).toEqual([held.en]);
  });

  it("finds an edited item by its new words at once, never by the removed ones", async () => {
    const id = corpus.ids.get("en:new-year-tree") ?? -1;
    expect(await found("tree")).toContain(id);
    await saveTranslation(ctx(team.publisher), {
      translationId: id,
      baseVersion: await versionOf(id),
      title: "A Christmas spruce at the Secretariat",
      lead: "The staff decorated a spruce in the hall.",
      correction: { note: "The tree was a spruce." },
    });
    expect(await found("tree")).not.toContain(id);
    expect(await found("spruce")).toEqual([id]);
    expect(await found('"christmas spruce"')).toEqual([id]);
  });

  it("follows changes to the article's kind, people and date", async () => {
    const en = corpus.ids.get("en:joint-staff") ?? -1;
    const ru = corpus.ids.get("ru:joint-staff") ?? -1;
    const { kazakova, sidorov } = corpus.people;
    expect(await found("", "en", { personId: kazakova })).not.toContain(en);
    await saveTranslation(ctx(team.publisher), {
      translationId: en,
      baseVersion: await versionOf(en),
      article: { kind: "announcement", peopleIds: [kazakova], publishedAt: "2023-01-05T10:00:00.000Z" },
    });
    expect(await found("", "en", { kind: "announcement" })).toEqual([en]);
    expect(await found("", "ru", { kind: "announcement" })).toEqual([ru]);
    expect(await found("", "en", { kind: "news", personId: kazakova })).toEqual([
      corpus.ids.get("en:migration-council"),
    ]);
    expect(await found("", "ru", { personId: kazakova })).toContain(ru);
    expect(await found("", "en", { personId: sidorov })).not.toContain(en);
    expect(await found("", "en", { to: "2023-12-31T00:00:00.000Z" })).toEqual([en]);
  });

  it("forgets a deleted item in every language", async () => {
    const en = corpus.ids.get("en:defence-ministers") ?? -1;
    const article = await store()
      .db.selectFrom("article_translations")
      .select("article_id")
      .where("id", "=", en)
      .executeTakeFirstOrThrow();
    expect(await found("defence")).toEqual([en]);
    await deleteArticle(ctx(team.publisher), { articleId: article.article_id });
    expect(await found("defence")).toEqual([]);
    expect(await indexed(en)).toBe(false);
    expect(await found("обороны", "ru")).toEqual([]);
  });

  it("never returns a translation that is no longer published, whatever the index holds", async () => {
    const ru = corpus.ids.get("ru:mission-armenia") ?? -1;
    expect(await found("армения", "ru")).toContain(ru);
    // Behind every command's back: only the live row's state says it is gone.
    await store()
      .db.updateTable("article_translations")
      .set({ state: "draft" })
      .where("id", "=", ru)
      .execute();
    expect(await found("армения", "ru")).not.toContain(ru);
    expect(await found("", "ru")).not.toContain(ru);
    await store()
      .db.updateTable("article_translations")
      .set({ state: "published" })
      .where("id", "=", ru)
      .execute();
    expect(await found("армения", "ru")).toContain(ru);
  });

  it("indexes pages imported with --publish, with the people they name", async () => {
    const seed = fileURLToPath(new URL("../../../shared/seeds/000_dfce6510050243a4.txt", import.meta.url));
    expect(await found('"advance team"')).toEqual([]);
    const [outcome] = await importPages(
      { store: store(), languages: LANGUAGES },
      { paths: [seed], dryRun: false, publish: true, fallbackDate: "2022-09-20", sectionPath: "news" },
    );
    expect(outcome?.status).toBe("imported");
    const hits = await found('"advance team"');
    expect(hits).toHaveLength(1);
    expect(await found("", "en", { personId: corpus.people.zas })).toContain(hits[0]);
  });

  it("orders and filters items of any era, long before 1970 or after 2038", async () => {
    const at = async (publishedAt: string) => {
      const created = await createArticle(
        { store: store(), languages: LANGUAGES },
        {
          sectionId: corpus.sections.news,
          kind: "news",
          publishedAt,
          translations: [
            {
              lang: "en",
              title: `Archival record of ${publishedAt.slice(0, 4)}`,
              bodyHtml: "<p>Archival.</p>",
              state: "published",
            },
          ],
        },
      );
      return created.translationIds["en"] ?? -1;
    };
    const old = await at("1965-03-01T10:00:00.000Z");
    const future = await at("2045-01-01T10:00:00.000Z");
    const recent = await at("2024-01-01T10:00:00.000Z");
    expect(await found("archival")).toEqual([future, recent, old]);
    expect(
      await found("archival", "en", { from: "1960-01-01T00:00:00.000Z", to: "1970-01-01T00:00:00.000Z" }),
    ).toEqual([old]);
    expect(await found("archival", "en", { from: "2040-01-01T00:00:00.000Z" })).toEqual([future]);
  });

  it.runIf(dialect === "sqlite")(
    "indexes two items of the same second whose ids share a rank key",
    async () => {
      const id = corpus.ids.get("en:secretaries-meeting") ?? -1;
      const twin = id + 4_194_304;
      const doc = {
        articleId: -1,
        publishedAt: "2025-02-10T10:00:00.000Z",
        title: ["twin"],
        lead: [],
        body: [],
        facets: ["l_en"],
      };
      await sqliteIndex.replaceArticles(store().db, [], [{ ...doc, translationId: twin }]);
      const rows = await sql<{ translationId: number; key: string }>`
      SELECT translation_id AS "translationId", CAST(fts_rowid AS TEXT) AS key FROM search_rows
      WHERE translation_id IN (${id}, ${twin})`.execute(store().db);
      expect(rows.rows).toHaveLength(2);
      expect(new Set(rows.rows.map((row) => row.key)).size).toBe(2);
      expect(await found("meeting")).toContain(id);
      await sqliteIndex.replaceArticles(store().db, [-1], []);
      expect(await indexed(twin)).toBe(false);
    },
  );

  it("rebuilds to exactly what the commands kept up to date", async () => {
    const queries: [string, string, Partial<SearchFilters>][] = [
      ["mission", "en", {}],
      ["миссия -армения", "ru", {}],
      ["", "en", { personId: corpus.people.kazakova }],
      ["", "ru", { sectionIds: [corpus.sections.news] }],
      ["zanzibar", "ru", {}],
      ["spruce", "en", {}],
      ["", "en", {}],
    ];
    const before = await Promise.all(queries.map(([q, lang, filters]) => found(q, lang, filters)));
    const progress: [number, number][] = [];
    const published = await store()
      .db.selectFrom("article_translations")
      .select("id")
      .where("state", "=", "published")
      .execute();
    expect(await service.rebuild((done, total) => progress.push([done, total]))).toBe(published.length);
    expect(progress.at(0)).toEqual([0, published.length]);
    expect(progress.at(-1)).toEqual([published.length, published.length]);
    const after = await Promise.all(queries.map(([q, lang, filters]) => found(q, lang, filters)));
    expect(after).toEqual(before);
    expect(before.every((ids) => ids.length > 0)).toBe(true);
  });

  it("starts afresh with the demo: reset clears the index of the old content", async () => {
    const spruce = corpus.ids.get("en:new-year-tree") ?? -1;
    expect(await indexed(spruce)).toBe(true);
    await loadDemo({ store: store(), languages: LANGUAGES }, demoContent, { reset: true });
    expect(await indexed(spruce)).toBe(false);
    expect(await found("spruce")).toEqual([]);
    expect(await found("zanzibar")).toEqual([]);
    const listed = await service.search({
      query: parseQuery(""),
      filters: { lang: "en" },
      order: "date",
      limit: 100,
      offset: 0,
    });
    const demoEn = demoContent.articles.filter((article) => article.translations.en).length;
    expect(listed.total).toBe(demoEn);
  });
});
