import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { parseQuery } from "../src/domain/search/queryParser.js";
import { searchService } from "../src/search/service.js";
import type { SearchPage, SearchRequest } from "../src/search/types.js";
import { openSqlite } from "../src/store/database.js";
import { corpusFolder, databaseBytes, ensureBenchCorpus, saveManifest } from "./search/corpusCache.js";
import { loadAverage, machineInfo } from "./search/machine.js";
import { measureRoundRobin, type Timed } from "./search/measure.js";
import { benchContext, queryCases, type QueryCase } from "./search/queries.js";
import { reportSection, updatePerformanceDoc, type CaseResult } from "./search/report.js";

/**
 * The search benchmark (issue 4): builds or reuses a SQLite corpus, times the search index build, then times
 * query classes against it and reports a Markdown table (stdout and docs/performance.md).
 *
 *   npm run bench:search                      1,000,000 items
 *   npm run bench:search -- --items 100000    a smaller corpus
 *   npm run bench:search -- --quick           20,000 items and fewer runs, as a smoke test
 */

const USAGE = `Usage: npm run bench:search -- [options]

  --items N        corpus size (default 1000000)
  --quick          20,000 items, 60 runs, 5 warm-up rounds: a smoke run
  --runs N         timed runs per query (default 300)
  --warmup N       warm-up rounds before timing (default 20)
  --seed N         corpus seed (default 42)
  --data-dir DIR   where corpora are kept (default $PRESSROOM_BENCH_DIR or /tmp/pressroom-bench)
  --workers N      corpus generator threads besides the writer (default 1)
  --reuse-index    keep a search index built by an earlier run over the same corpus instead of rebuilding it
  --no-doc         do not write docs/performance.md
  --help           this text`;

/** A mistake in the command line: reported in one line with the usage, not as a crash. */
class UsageError extends Error {}

const DOC_PATH = fileURLToPath(new URL("../docs/performance.md", import.meta.url));

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a whole number ≥ 0, not "${value}"`);
  return n;
}

function progress(label: string): (done: number, total: number) => void {
  const began = Date.now();
  return (done, total) => {
    const seconds = Math.max((Date.now() - began) / 1000, 0.001);
    process.stderr.write(
      `\r${label}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${Math.round(done / seconds).toLocaleString("en")}/s, ${seconds.toFixed(0)} s)   `,
    );
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: "string" },
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      warmup: { type: "string" },
      seed: { type: "string" },
      "data-dir": { type: "string" },
      workers: { type: "string" },
      "reuse-index": { type: "boolean", default: false },
      "no-doc": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const quick = values.quick ?? false;
  const items = wholeNumber("items", values.items, quick ? 20_000 : 1_000_000);
  const rounds = wholeNumber("runs", values.runs, quick ? 60 : 300);
  const warmupRounds = wholeNumber("warmup", values.warmup, quick ? 5 : 20);
  const seed = wholeNumber("seed", values.seed, 42);
  const workers = wholeNumber("workers", values.workers, 1);
  const dataDir = values["data-dir"] ?? process.env["PRESSROOM_BENCH_DIR"] ?? "/tmp/pressroom-bench";
  if (items < 1000)
    throw new UsageError("--items must be at least 1000: the query classes need a real corpus");
  const machine = machineInfo();
  const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
  const argv = process.argv.slice(2).join(" ");
  const command = `npm run bench:search${argv ? ` -- ${argv}` : ""}`;

  const corpus = await ensureBenchCorpus(dataDir, seed, items, workers, progress("corpus"));
  process.stderr.write(corpus.reused ? `Reusing the corpus in ${corpus.file}\n` : "\n");

  const store = openSqlite(corpus.file);
  try {
    const service = searchService(store);
    let indexSeconds: number | undefined;
    let indexedDocuments: number;
    const manifest = corpus.manifest;
    const folder = corpusFolder(dataDir, seed, items);
    let indexReusedFrom: string | undefined;
    if (values["reuse-index"] && manifest.indexedAt) {
      indexedDocuments = items * 2;
      indexSeconds = manifest.indexSeconds;
      indexReusedFrom = manifest.indexedAt;
      process.stderr.write(`Reusing the search index built ${manifest.indexedAt}\n`);
    } else {
      delete manifest.indexedAt;
      delete manifest.indexSeconds;
      saveManifest(folder, manifest);
      const began = performance.now();
      indexedDocuments = await service.rebuild(progress("index"));
      indexSeconds = (performance.now() - began) / 1000;
      process.stderr.write("\n");
      saveManifest(folder, { ...manifest, indexedAt: new Date().toISOString(), indexSeconds });
    }
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db);
    const bytesWithIndex = databaseBytes(corpus.file);

    const cases = queryCases(await benchContext(store.db));
    const requestOf = (q: QueryCase): SearchRequest => ({
      query: parseQuery(q.text),
      filters: q.filters,
      order: q.order,
      limit: 10,
      offset: 0,
    });
    const baseline: Timed = { run: () => sql`SELECT 1`.execute(store.db) };
    const subjects: Timed[] = [baseline, ...cases.map((q) => ({ run: () => service.search(requestOf(q)) }))];
    const firstPages: SearchPage[] = [];
    for (const q of cases) firstPages.push(await service.search(requestOf(q)));

    const stats = await measureRoundRobin(subjects, {
      warmupRounds,
      rounds,
      onRound: progress("query rounds"),
    });
    process.stderr.write("\n");
    const results: CaseResult[] = cases.map((query, i) => ({
      query,
      stats: stats[i + 1] ?? stats[0] ?? { runs: 0, p50: NaN, p90: NaN, p99: NaN, max: NaN, mean: NaN },
      matches: firstPages[i]?.total ?? 0,
      capped: firstPages[i]?.totalCapped ?? false,
    }));
    const baselineStats = stats[0];
    if (!baselineStats) throw new Error("no baseline timings");

    const section = reportSection({
      date,
      command,
      machine,
      loadAtEnd: loadAverage(),
      seed,
      items,
      translations: items * 2,
      corpusReused: corpus.reused,
      corpusSeconds: manifest.buildSeconds,
      corpusItemsPerSecond: manifest.itemsPerSecond,
      bytesBeforeIndex: manifest.bytesBeforeIndex,
      bytesWithIndex,
      indexSeconds,
      indexReusedFrom,
      indexedDocuments,
      warmupRounds,
      rounds,
      baseline: baselineStats,
      results,
    });
    console.log(section);
    if (!values["no-doc"]) {
      await updatePerformanceDoc(DOC_PATH, section, machine, date);
      process.stderr.write(`Updated ${DOC_PATH}\n`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
    // Our own checks, and parseArgs's (unknown or malformed options), are the user's to fix.
    console.error(`${error.message}\n${USAGE.split("\n")[0] ?? ""}`);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exitCode = 1;
});
