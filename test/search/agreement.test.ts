import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchService } from "../../src/search/service.js";
import type { SearchService } from "../../src/search/types.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import { find, loadCorpus, TOP_RESULTS, type Corpus, type FindOptions } from "./corpus.js";

interface Side {
  testStore: TestStore;
  corpus: Corpus;
  service: SearchService;
}

/** The same corpus on SQLite and PostgreSQL must give the same answers, result for result. */
describe.skipIf(!(DIALECTS.includes("sqlite") && DIALECTS.includes("postgres")))(
  "SQLite and PostgreSQL agree",
  () => {
    const sides: Side[] = [];

    beforeAll(async () => {
      for (const dialect of ["sqlite", "postgres"] as const) {
        const testStore = await createTestStore(dialect);
        const corpus = await loadCorpus(testStore.store);
        sides.push({ testStore, corpus, service: searchService(testStore.store) });
      }
    });
    afterAll(async () => {
      for (const side of sides) await side.testStore.destroy();
    });

    /** Both sides' complete answers, as "lang:key" names with total. */
    async function both(raw: string, lang: string, options: FindOptions = {}) {
      return Promise.all(
        sides.map(async ({ service, corpus }) => {
          const { names, page } = await find(service, corpus, raw, lang, options);
          return { names, total: page.total, capped: page.totalCapped };
        }),
      );
    }

    it.each(TOP_RESULTS)("%s (%s): the same top three, equal to the expected ones", async (q, lang, top) => {
      const [sqlite, postgres] = await both(q, lang);
      expect(sqlite?.names.slice(0, 3)).toEqual(top);
      expect(postgres?.names.slice(0, 3)).toEqual(top);
      expect(postgres).toEqual(sqlite);
    });

    it("the same complete results for phrases, exclusions, filters and orders", async () => {
      const [zas, sidorov] = [sides[0]?.corpus.people.zas, sides[0]?.corpus.people.sidorov];
      const cases: [string, string, FindOptions][] = [
        ['"foreign ministers"', "en", {}],
        ["foreign ministers", "en", { order: "date" }],
        ["миссия -армения", "ru", {}],
        ["council -security", "en", {}],
        ["", "en", { personId: zas }],
        ["", "ru", { personId: sidorov, order: "date" }],
        ["", "en", { kind: "statement" }],
        ["", "ru", { from: "2024-06-01T00:00:00.000Z", to: "2024-09-01T00:00:00.000Z" }],
        ["", "en", { limit: 5, offset: 5 }],
        ["наблюдатели выборы", "ru", {}],
      ];
      for (const [q, lang, options] of cases) {
        const [sqlite, postgres] = await both(q, lang, options);
        expect(sqlite?.names.length, q).toBeGreaterThan(0);
        expect(postgres, q).toEqual(sqlite);
      }
    });

    it("the same suggestions and related items", async () => {
      for (const raw of ["vbccbz", "missiya", "vbccbb", "ьуфешт"]) {
        const [sqlite, postgres] = await Promise.all(
          sides.map((s) => s.service.suggest(raw, { lang: "ru" })),
        );
        expect(postgres, raw).toEqual(sqlite);
      }
      for (const key of ["en:mission-armenia", "ru:joint-staff", "ru:council-minsk"]) {
        const [sqlite, postgres] = await Promise.all(
          sides.map(async ({ service, corpus }) =>
            (await service.related(corpus.ids.get(key) ?? -1, 5)).map((hit) =>
              corpus.names.get(hit.translationId),
            ),
          ),
        );
        expect(sqlite?.length, key).toBeGreaterThan(0);
        expect(postgres, key).toEqual(sqlite);
      }
    });
  },
);
