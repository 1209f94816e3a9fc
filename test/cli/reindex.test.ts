import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/commands/loadDemo.js";
import { demoContent } from "../../src/demo/content.js";
import { parseQuery } from "../../src/domain/search/queryParser.js";
import { progressBar, progressLine, progressReporter } from "../../src/search/progress.js";
import { searchService } from "../../src/search/service.js";
import { clearSearchIndex } from "../../src/search/sync.js";
import { LANGUAGES } from "../helpers/content.js";
import { createTestStore, DIALECTS, POSTGRES_ADMIN_URL, type TestStore } from "../helpers/stores.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI entry (src/main.ts through tsx) in a separate process, as an operator would. */
async function pressroom(args: string[], env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
      cwd: root,
      env: { PATH: process.env["PATH"] ?? "", PRESSROOM_LOG_LEVEL: "warn", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? "", stderr: failure.stderr ?? "" };
  }
}

describe.each(DIALECTS)("pressroom reindex on %s", (dialect) => {
  let testStore: TestStore;
  let env: Record<string, string>;
  const hits = async (raw: string) =>
    (
      await searchService(testStore.store).search({
        query: parseQuery(raw),
        filters: { lang: "en" },
        order: "date",
        limit: 50,
        offset: 0,
      })
    ).total;

  beforeAll(async () => {
    testStore = await createTestStore(dialect);
    await loadDemo({ store: testStore.store, languages: LANGUAGES }, demoContent, { reset: false });
    env = testStore.databaseUrl
      ? { DATABASE_URL: testStore.databaseUrl, PRESSROOM_DATA_DIR: testStore.dataDir }
      : { PRESSROOM_DATA_DIR: testStore.dataDir };
  });
  afterAll(async () => {
    await testStore.destroy();
  });

  it("rebuilds an emptied index, shows progress on stderr and a summary on stdout", async () => {
    const before = await hits("");
    expect(before).toBeGreaterThan(0);
    await clearSearchIndex(testStore.store.db);
    expect(await hits("")).toBe(0);

    const result = await pressroom(["reindex"], env);
    expect(result.code, result.stderr).toBe(0);
    const published = await testStore.store.db
      .selectFrom("article_translations")
      .select("id")
      .where("state", "=", "published")
      .execute();
    const n = published.length.toLocaleString("en-US");
    expect(result.stdout).toMatch(
      new RegExp(`^Reindexed ${published.length} published items in \\d+\\.\\d s`),
    );
    // Not a terminal here: plain lines that read well in a log, ending at 100%.
    expect(result.stderr).toContain(`indexed 0 of ${n} items (0%)`);
    expect(result.stderr).toMatch(new RegExp(`indexed ${n} of ${n} items \\(100%\\), \\d+ items/s\\n$`));
    expect(result.stderr).not.toContain("\r");
    expect(await hits("")).toBe(before);
    expect(await hits("CSTO")).toBeGreaterThan(0);
  }, 120_000);

  it("refuses options it does not know", async () => {
    const result = await pressroom(["reindex", "--fast"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--fast");
  }, 60_000);

  it("lists reindex among the commands", async () => {
    const result = await pressroom(["help"], env);
    expect(result.stdout).toMatch(/reindex\s+Rebuild the search index/);
  }, 60_000);
});

describe("pressroom reindex when the database cannot be reached", () => {
  it("says why and exits non-zero", async () => {
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = "/pressroom_no_such_database";
    const result = await pressroom(["reindex"], { DATABASE_URL: url.toString() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("pressroom: reindexing failed:");
    expect(result.stderr).toContain("pressroom_no_such_database");
    expect(result.stdout).toBe("");
  }, 60_000);
});

describe("reindex progress", () => {
  it("draws a bar with done/total, share and speed", () => {
    expect(progressBar(50, 200, 12.4)).toBe(`[${"█".repeat(8)}${"░".repeat(22)}] 50/200 25% 12 items/s`);
    expect(progressBar(0, 0, 0)).toBe(`[${"█".repeat(30)}] 0/0 100% 0 items/s`);
    expect(progressLine(1200, 4000, 850)).toBe("indexed 1,200 of 4,000 items (30%), 850 items/s");
  });

  it("redraws one line in place on a terminal, and writes occasional lines elsewhere", () => {
    let now = 0;
    const tty = {
      isTTY: true,
      out: "",
      write(text: string) {
        this.out += text;
      },
    };
    const terminal = progressReporter(tty, () => now);
    terminal.update(0, 10);
    now = 50;
    terminal.update(5, 10); // too soon to redraw
    now = 1000;
    terminal.update(6, 10);
    terminal.finish();
    expect(tty.out.split("\r").filter(Boolean)).toEqual([
      progressBar(0, 10, 0),
      progressBar(6, 10, 6),
      `${progressBar(6, 10, 6)}\n`,
    ]);

    now = 0;
    const log = {
      out: "",
      write(text: string) {
        this.out += text;
      },
    };
    const plain = progressReporter(log, () => now);
    plain.update(0, 10);
    now = 1000;
    plain.update(5, 10); // within five seconds of the last line
    now = 2000;
    plain.update(10, 10); // the end is always written
    plain.finish();
    expect(log.out).toBe(`${progressLine(0, 10, 0)}\n${progressLine(10, 10, 5)}\n`);
  });
});
