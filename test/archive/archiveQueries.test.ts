import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthBoundaries } from "../../src/http/site/archive/calendar.js";
import {
  countInRanges,
  listPublishedBetween,
  neighbouringInstants,
  rangeCountsQuery,
} from "../../src/store/archiveQueries.js";
import { makeArticle, makeNewsSections } from "../helpers/content.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";

describe.each(DIALECTS)("archive queries on %s", (dialect) => {
  let testStore: TestStore;
  let scope: { lang: string; sectionIds: number[] };

  beforeAll(async () => {
    testStore = await createTestStore(dialect);
    const { store } = testStore;
    const { news, odkb } = await makeNewsSections(store);
    scope = { lang: "en", sectionIds: [news, odkb] };
    await makeArticle(store, odkb, "2023-06-01T10:00:00.000Z", { en: "Old" });
    await makeArticle(store, news, "2025-02-10T10:00:00.000Z", { en: "A" });
    await makeArticle(store, odkb, "2025-02-11T10:00:00.000Z", { en: "B", ru: "Б" });
    await makeArticle(store, odkb, "2025-11-30T10:00:00.000Z", { en: "C" });
    await makeArticle(store, news, "2028-01-05T10:00:00.000Z", { en: "Future" });
  });

  afterAll(async () => {
    await testStore.destroy();
  });

  it("counts each month of a year in one query, in the language asked", async () => {
    const bounds = monthBoundaries(2025, "UTC");
    const en = await countInRanges(testStore.store.db, scope, bounds);
    expect(en).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    const ru = await countInRanges(testStore.store.db, { ...scope, lang: "ru" }, bounds);
    expect(ru).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const nothing = await countInRanges(testStore.store.db, { ...scope, sectionIds: [] }, bounds);
    expect(nothing.every((n) => n === 0)).toBe(true);
  });

  it("lists a range newest first and finds the neighbouring items across empty years", async () => {
    const bounds = monthBoundaries(2025, "UTC");
    const feb = await listPublishedBetween(testStore.store.db, scope, {
      from: bounds[1] ?? "",
      to: bounds[2] ?? "",
      limit: 10,
      offset: 0,
    });
    expect(feb.map((r) => r.title)).toEqual(["B", "A"]);
    const around = await neighbouringInstants(testStore.store.db, scope, bounds[0] ?? "", bounds[12] ?? "");
    expect(around).toEqual({ previous: "2023-06-01T10:00:00.000Z", next: "2028-01-05T10:00:00.000Z" });
  });

  it("counts by a range scan of an index, not by reading the table", async () => {
    const compiled = rangeCountsQuery(testStore.store.db, scope, monthBoundaries(2025, "UTC")).compile();
    const plan = await testStore.store.db.connection().execute(async (conn) => {
      if (dialect === "postgres") {
        // With a handful of rows PostgreSQL rightly prefers reading the table; forbid that to see the index path.
        await sql`ANALYZE article_translations`.execute(conn);
        await sql`SET enable_seqscan = off`.execute(conn);
        const result = await conn.executeQuery<Record<string, string>>(
          CompiledQuery.raw(`EXPLAIN ${compiled.sql}`, [...compiled.parameters]),
        );
        await sql`RESET enable_seqscan`.execute(conn);
        return result.rows.map((r) => Object.values(r).join(" ")).join("\n");
      }
      const result = await conn.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
      );
      return result.rows.map((r) => r.detail).join("\n");
    });
    if (dialect === "sqlite") {
      expect(plan).toMatch(
        /SEARCH article_translations USING COVERING INDEX article_translations_section_listing/,
      );
      expect(plan).toMatch(/published_at>\? AND published_at<\?/);
    } else {
      // Either listing index serves it: both start (…, lang, state, published_at), so the year is one range.
      expect(plan).toMatch(/Index (Only )?Scan using article_translations_(section_)?listing/);
      expect(plan).toMatch(/Index Cond: .*published_at >= .*published_at < /);
      expect(plan).not.toContain("Seq Scan");
    }
  });
});
