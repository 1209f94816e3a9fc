import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/store/migrate.js";
import { createTestStore, type TestStore } from "../helpers/stores.js";

describe("SQLite settings", () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore("sqlite");
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("runs in WAL mode with foreign keys enforced", async () => {
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.store.db);
    expect(journal.rows[0]?.journal_mode).toBe("wal");
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(t.store.db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    await expect(
      t.store.db
        .insertInto("articles")
        .values({
          section_id: 999,
          kind: "news",
          published_at: "2023-01-01T00:00:00.000Z",
          event_start: null,
          event_end: null,
          created_at: "x",
          updated_at: "x",
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it("applies no migration twice", async () => {
    expect(await migrateToLatest(t.store)).toEqual([]);
  });
});
