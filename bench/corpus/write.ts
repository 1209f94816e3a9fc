import { openPostgres, openSqlite, type Store } from "../../src/store/database.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { localBatches } from "./batches.js";
import type { CorpusOptions } from "./generate.js";
import { parallelBatches } from "./parallel.js";
import { advancePostgresSequences, writePostgresBatch } from "./postgresBulk.js";
import type { IdPlan, RowBatch } from "./rows.js";
import { ensureCorpusSetup } from "./setup.js";
import { SqliteBulkWriter } from "./sqliteBulk.js";

/** A SQLite file path, or a postgres:// URL. */
export type CorpusTarget = string;

export interface WriteOptions extends CorpusOptions {
  /**
   * Items per transaction (default 2,000 on PostgreSQL; on SQLite 1,000 with generator threads, whose batches
   * then die young in both threads' garbage collectors, else 5,000).
   */
  batchSize?: number;
  /**
   * Generator threads working ahead of the writer (default 0: generate on the calling thread). One is worth it on
   * two cores: generating and inserting then overlap. Needs tsx (the bench's runner) or compiled JavaScript.
   */
  workers?: number;
  /**
   * SQLite only: load without a rollback journal and with the article tables' secondary indexes dropped and rebuilt
   * at the end, when nobody else has the file open. Much faster; a crash midway leaves a file to throw away.
   */
  unsafeFast?: boolean;
}

export interface WriteSummary {
  dialect: "sqlite" | "postgres";
  location: string;
  items: number;
  translations: number;
  firstArticleId: number;
  /** Seconds spent generating and inserting (index rebuild included), setup excluded. */
  seconds: number;
  itemsPerSecond: number;
}

export type ProgressListener = (done: number, total: number) => void;

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

async function nextIds(store: Store): Promise<{ article: number; translation: number }> {
  const article = await store.db
    .selectFrom("articles")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  const translation = await store.db
    .selectFrom("article_translations")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return { article: Number(article?.id ?? 0) + 1, translation: Number(translation?.id ?? 0) + 1 };
}

/**
 * Generates a corpus and writes it, all published, into a Pressroom database: migrated with the project's
 * migrator, sections and people made with the project's command and store functions, articles bulk-inserted with
 * explicit ids. Items are appended after whatever the database holds. Search documents are not built: that is
 * the search service's `rebuild()`.
 */
export async function writeCorpus(
  target: CorpusTarget,
  options: WriteOptions,
  onProgress?: ProgressListener,
): Promise<WriteSummary> {
  const postgres = isPostgresUrl(target);
  const store = postgres ? openPostgres(target, 4) : openSqlite(target);
  let storeOpen = true;
  let bulk: SqliteBulkWriter | undefined;
  try {
    await migrateToLatest(store);
    const ids = await ensureCorpusSetup(store);
    const next = await nextIds(store);
    const plan: IdPlan = {
      start: options.start ?? 0,
      firstArticleId: next.article,
      firstTranslationId: next.translation,
    };
    const workers = options.workers ?? 0;
    const batchSize = options.batchSize ?? (postgres ? 2_000 : workers > 0 ? 1_000 : 5_000);

    let write: (batch: RowBatch) => Promise<void> | void;
    if (postgres) {
      write = (batch) => writePostgresBatch(store.db, batch);
    } else {
      // The bulk writer wants the file to itself for its fastest mode; the store's connection has done its part.
      await store.close();
      storeOpen = false;
      const sqliteBulk = new SqliteBulkWriter(target, { unsafeFast: options.unsafeFast ?? false });
      bulk = sqliteBulk;
      write = (batch) => sqliteBulk.write(batch);
    }

    const began = performance.now();
    const batches =
      workers > 0
        ? parallelBatches(options, batchSize, ids, plan, workers)
        : localBatches(options, batchSize, ids, plan);
    let done = 0;
    let translations = 0;
    for await (const batch of batches) {
      await write(batch);
      done += batch.articleCount;
      translations += batch.translationCount;
      onProgress?.(done, options.count);
    }
    bulk?.close();
    bulk = undefined;
    const seconds = (performance.now() - began) / 1000;
    if (postgres) await advancePostgresSequences(store.db);
    return {
      dialect: postgres ? "postgres" : "sqlite",
      location: store.location,
      items: done,
      translations,
      firstArticleId: plan.firstArticleId,
      seconds,
      itemsPerSecond: seconds > 0 ? done / seconds : done,
    };
  } finally {
    bulk?.close();
    if (storeOpen) await store.close();
  }
}
