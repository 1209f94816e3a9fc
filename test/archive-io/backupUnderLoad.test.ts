import { execFile, spawn } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupPostgres, backupSqlite } from "../../src/archive/backup.js";
import { ArchiveError } from "../../src/archive/errors.js";
import { loadDemo } from "../../src/commands/loadDemo.js";
import { demoContent } from "../../src/demo/content.js";
import { startServer, type RunningServer } from "../../src/http/server.js";
import { createLogger } from "../../src/lib/logger.js";
import type { Dialect } from "../../src/store/dialect.js";
import { LANGUAGES } from "../helpers/content.js";
import { testConfig } from "../helpers/site.js";
import { createTestStore, DIALECTS, POSTGRES_ADMIN_URL, type TestStore } from "../helpers/stores.js";

const run = promisify(execFile);

/** wrk against the site for three seconds; resolves with how many requests it completed. */
function readLoad(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const wrk = spawn("/usr/bin/wrk", ["-t1", "-c20", "-d3s", url], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    wrk.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    wrk.on("error", reject);
    wrk.on("close", () => resolve(Number(/(\d+) requests in/.exec(out)?.[1] ?? 0)));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Published translations as "id lang slug", the items a restored site must still show. */
const PUBLISHED = "select id, lang, slug from article_translations where state = 'published' order by id";

describe.each(DIALECTS)("pressroom backup while the site serves readers on %s", (dialect: Dialect) => {
  let testStore: TestStore;
  let server: RunningServer;
  let published: unknown[];

  beforeAll(async () => {
    testStore = await createTestStore(dialect);
    await loadDemo({ store: testStore.store, languages: LANGUAGES }, demoContent, { reset: false });
    server = await startServer(
      testConfig({ host: "127.0.0.1", port: 0, dataDir: testStore.dataDir }),
      testStore.store,
      createLogger("silent"),
    );
    published = await testStore.store.db
      .selectFrom("article_translations")
      .select(["id", "lang", "slug"])
      .where("state", "=", "published")
      .orderBy("id")
      .execute();
    expect(published.length).toBeGreaterThan(20);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await testStore?.destroy();
  });

  it("takes a backup under wrk load that restores whole, with every published item", async () => {
    const load = readLoad(`http://127.0.0.1:${server.port}/en/`);
    await sleep(500);
    const out = join(testStore.dataDir, dialect === "sqlite" ? "backup.sqlite" : "backup.dump");
    if (dialect === "sqlite") {
      const result = await backupSqlite(join(testStore.dataDir, "pressroom.sqlite"), out);
      expect(result.bytes).toBe(statSync(out).size);
    } else {
      if (!testStore.databaseUrl) throw new Error("a PostgreSQL test store has a URL");
      await backupPostgres(testStore.databaseUrl, out);
    }
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(await load).toBeGreaterThan(100);

    if (dialect === "sqlite") {
      const copy = new BetterSqlite3(out, { readonly: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(copy.prepare(PUBLISHED).all()).toEqual(published);
      } finally {
        copy.close();
      }
      return;
    }
    const name = `pressroom_restore_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(POSTGRES_ADMIN_URL);
      url.pathname = `/${name}`;
      await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${url.toString()}`, out]);
      const restored = new pg.Client({ connectionString: url.toString() });
      await restored.connect();
      try {
        expect((await restored.query(PUBLISHED)).rows).toEqual(published);
        const indexed = await restored.query("select count(*)::int as n from search_documents");
        expect(indexed.rows[0]).toEqual({ n: published.length });
      } finally {
        await restored.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  it("says clearly when there is nothing to back up or no pg_dump", async () => {
    if (dialect === "sqlite") {
      await expect(
        backupSqlite(join(testStore.dataDir, "missing.sqlite"), join(testStore.dataDir, "x")),
      ).rejects.toThrow(/there is no SQLite database at .*missing\.sqlite/);
      return;
    }
    const attempt = backupPostgres(
      testStore.databaseUrl ?? "",
      join(testStore.dataDir, "x.dump"),
      "pg_dump_not_installed",
    );
    await expect(attempt).rejects.toThrow(ArchiveError);
    await expect(attempt).rejects.toThrow(
      /pg_dump_not_installed was not found\. Install the PostgreSQL client tools/,
    );
  });
});
