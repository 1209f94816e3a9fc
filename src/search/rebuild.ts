import type { Kysely } from "kysely";
import { inTransaction } from "../store/database.js";
import type { Database } from "../store/schema.js";
import { dialectOf, indexFor } from "./backend.js";
import { documentsOfArticles, loadPersonNames } from "./documents.js";

/** Articles per transaction: short enough not to hold up editors, long enough to write in bulk. */
const ARTICLES_PER_BATCH = 500;

/**
 * Rewrites every document, article by article in batches of their own transactions. The old documents stay
 * searchable until their batch replaces them, so the site keeps finding things while it runs; documents of
 * translations that are no longer published are swept at the end. Returns how many documents were written.
 */
export async function rebuildSearchIndex(
  db: Kysely<Database>,
  onProgress?: (done: number, total: number) => void,
  batchSize = ARTICLES_PER_BATCH,
): Promise<number> {
  const index = indexFor(dialectOf(db));
  const counted = await db
    .selectFrom("article_translations")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("state", "=", "published")
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const names = await loadPersonNames(db);
  let done = 0;
  let after = 0;
  onProgress?.(0, total);
  for (;;) {
    const batch = await db
      .selectFrom("articles")
      .select("id")
      .where("id", ">", after)
      .orderBy("id")
      .limit(batchSize)
      .execute();
    const last = batch[batch.length - 1];
    if (!last) break;
    const ids = batch.map((row) => row.id);
    done += await inTransaction(db, async (trx) => {
      await index.lockArticles(trx, ids);
      const docs = await documentsOfArticles(trx, ids, names);
      await index.replaceArticles(trx, ids, docs);
      return docs.length;
    });
    after = last.id;
    onProgress?.(Math.min(done, total), total);
  }
  await inTransaction(db, (trx) => index.removeOrphans(trx));
  await index.optimize(db);
  return done;
}
