import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPostgres, openSqlite, type Store } from "../../src/store/database.js";
import type { Dialect } from "../../src/store/dialect.js";
import { migrateToLatest } from "../../src/store/migrate.js";

/** The PostgreSQL server tests use; each test file makes and drops its own database there. */
export const POSTGRES_ADMIN_URL =
  process.env["PRESSROOM_TEST_POSTGRES_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Dialects to test; DIALECTS=sqlite narrows a local run. Both run by default and in CI. */
export const DIALECTS: Dialect[] = (process.env["DIALECTS"] ?? "sqlite,postgres")
  .split(",")
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === "sqlite" || d === "postgres");

export interface TestStore {
  store: Store;
  /** A postgres:// URL or the SQLite data directory, for starting a server or CLI against the same data. */
  databaseUrl: string | undefined;
  dataDir: string;
  destroy(): Promise<void>;
}

/** A fresh, migrated, empty database of the given dialect, with nothing shared with any other test. */
export async function createTestStore(dialect: Dialect): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), "pressroom-test-"));
  if (dialect === "sqlite") {
    const store = openSqlite(join(dataDir, "pressroom.sqlite"));
    await migrateToLatest(store);
    return {
      store,
      databaseUrl: undefined,
      dataDir,
      destroy: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `pressroom_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const store = openPostgres(url.toString(), 5);
  await migrateToLatest(store);
  return {
    store,
    databaseUrl: url.toString(),
    dataDir,
    destroy: async () => {
      await store.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
