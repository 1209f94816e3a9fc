import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/commands/loadDemo.js";
import { demoContent } from "../../src/demo/content.js";
import type { Store } from "../../src/store/database.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const PAGES = 10_000;

/** Pages saved as text from the old site, as the importer reads them: a title, indented paragraphs, a back link. */
function writePages(dir: string): void {
  for (let i = 0; i < PAGES; i++) {
    const n = String(i).padStart(5, "0");
    const text = [
      `Bulk import item ${n} on regional security`,
      "",
      `  On March 1, 2023, meeting number ${n} of the working group was held in Minsk.`,
      "",
      `  The participants discussed item ${n} of the agenda and agreed on the next steps.`,
      "",
      "Go back",
      "",
    ].join("\n");
    writeFileSync(join(dir, `page-${n}.txt`), text);
  }
}

/** `pressroom import pages DIR` in its own process, as an operator runs it. */
function importRun(dir: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "import", "pages", dir], {
    cwd: root,
    env: { PATH: process.env["PATH"] ?? "", PRESSROOM_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

async function count(store: Store, table: "import_sources" | "article_translations"): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * SQLite by default: 10,000 per-file transactions take about a minute there and several on PostgreSQL, too long
 * for every run. KILL_RESUME_DIALECTS=sqlite,postgres runs both (the code path is the same on both).
 */
const dialects = DIALECTS.filter((d) =>
  (process.env["KILL_RESUME_DIALECTS"] ?? "sqlite").split(",").includes(d),
);

describe.each(dialects)("a 10,000-page import killed with SIGKILL and run again on %s", (dialect) => {
  let t: TestStore;
  let pagesDir: string;
  let env: Record<string, string>;
  let demoTranslations: number;

  beforeAll(async () => {
    t = await createTestStore(dialect);
    await loadDemo({ store: t.store, languages: ["en", "ru"] }, demoContent, { reset: false });
    demoTranslations = await count(t.store, "article_translations");
    pagesDir = mkdtempSync(join(tmpdir(), "pressroom-pages-"));
    mkdirSync(pagesDir, { recursive: true });
    writePages(pagesDir);
    env = t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : { PRESSROOM_DATA_DIR: t.dataDir };
  }, 60_000);
  afterAll(async () => {
    rmSync(pagesDir, { recursive: true, force: true });
    await t?.destroy();
  });

  it("imports every page exactly once, with no duplicate and no half-written item", async () => {
    const first = importRun(pagesDir, env);
    // Kill it once it is well under way, in the middle of its stream of per-file transactions.
    for (;;) {
      if ((await count(t.store, "import_sources")) >= 500) break;
      const done = await Promise.race([first.exited, new Promise((r) => setTimeout(() => r(undefined), 50))]);
      if (done) throw new Error(`the import ended before it could be killed:\n${first.output()}`);
    }
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    const whenKilled = await count(t.store, "import_sources");
    expect(whenKilled).toBeLessThan(PAGES);

    const second = importRun(pagesDir, env);
    const { code } = await second.exited;
    expect(code, second.output().slice(-2000)).toBe(0);
    expect(second.output()).toContain(`${PAGES - whenKilled} imported, ${whenKilled} unchanged, 0 failed`);

    // Every page once: one source row and one translation per page, and every article has its translation.
    expect(await count(t.store, "import_sources")).toBe(PAGES);
    expect((await count(t.store, "article_translations")) - demoTranslations).toBe(PAGES);
    const titles = await t.store.db
      .selectFrom("article_translations")
      .select("title")
      .where("title", "like", "Bulk import item %")
      .groupBy("title")
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    expect(titles).toEqual([]);
    const orphans = await t.store.db
      .selectFrom("articles as a")
      .select("a.id")
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("article_translations as tr")
              .select("tr.id")
              .whereRef("tr.article_id", "=", "a.id"),
          ),
        ),
      )
      .execute();
    expect(orphans).toEqual([]);
  }, 240_000);
});
