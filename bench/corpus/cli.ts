import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isPostgresUrl, writeCorpus } from "./write.js";

/**
 * Writes a generated corpus into a Pressroom database.
 *
 *   npx tsx bench/corpus/cli.ts --items 1000000 --db /tmp/pressroom-bench/pressroom.sqlite --fast --reset
 *   npx tsx bench/corpus/cli.ts --items 100000 --db postgres://postgres@127.0.0.1:5432/pressroom_bench
 */

const USAGE = `Usage: npx tsx bench/corpus/cli.ts --items N --db <sqlite file | postgres:// URL> [options]

  --items N      how many bilingual items to write (required)
  --db TARGET    a SQLite file (created if missing) or a postgres:// URL of an existing database (required)
  --seed S       the corpus seed, a number or a word (default 42): the same seed gives the same corpus
  --start N      index of the first item, to extend a corpus written earlier (default 0)
  --total N      size of the whole corpus, which spreads the dates (default start + items)
  --batch N      items per transaction (default: SQLite 1000 with workers, else 5000; PostgreSQL 2000)
  --workers N    generator threads besides the writer (default 1; 0 generates on the writing thread)
  --fast         SQLite: no journal and indexes rebuilt at the end while loading (a crash leaves a broken file)
  --reset        SQLite: delete the file first
  --help         this text`;

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0, not "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: "string" },
      db: { type: "string" },
      seed: { type: "string", default: "42" },
      start: { type: "string" },
      total: { type: "string" },
      batch: { type: "string" },
      workers: { type: "string" },
      fast: { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const target = values.db;
  if (!target) throw new Error("--db is required");
  const count = wholeNumber("items", values.items);
  const start = wholeNumber("start", values.start, 0);
  const seedText = values.seed ?? "42";
  const seed = /^\d+$/.test(seedText) ? Number(seedText) : seedText;

  let location = target;
  if (!isPostgresUrl(target)) {
    location = resolve(target);
    if (values.reset) for (const suffix of ["", "-wal", "-shm"]) rmSync(location + suffix, { force: true });
    mkdirSync(dirname(location), { recursive: true });
    if (!values.reset && existsSync(location)) console.error(`Appending to ${location}`);
  }

  const began = Date.now();
  const summary = await writeCorpus(
    location,
    {
      seed,
      count,
      start,
      total: values.total === undefined ? undefined : wholeNumber("total", values.total),
      batchSize: values.batch === undefined ? undefined : wholeNumber("batch", values.batch),
      workers: wholeNumber("workers", values.workers, 1),
      unsafeFast: values.fast,
    },
    (done, total) => {
      const seconds = (Date.now() - began) / 1000;
      process.stderr.write(
        `\r${done.toLocaleString("en")} / ${total.toLocaleString("en")} items, ${Math.round(done / Math.max(seconds, 0.001)).toLocaleString("en")} items/s   `,
      );
    },
  );
  process.stderr.write("\n");
  console.log(
    `Wrote ${summary.items.toLocaleString("en")} items (${summary.translations.toLocaleString("en")} translations) ` +
      `to ${summary.location} in ${summary.seconds.toFixed(1)} s: ${Math.round(summary.itemsPerSecond).toLocaleString("en")} items/s.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE.split("\n")[0]);
  process.exitCode = 1;
});
