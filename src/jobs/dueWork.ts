import type { Kysely } from "kysely";
import type { Dialect } from "../store/dialect.js";
import type { Database } from "../store/schema.js";

/**
 * Claiming due work one item at a time, inside the transaction that does it. On PostgreSQL the claim locks the
 * item's article row with FOR UPDATE SKIP LOCKED, so two nodes running the job at once never work on one item:
 * the second skips it and takes the next. The lock lives exactly as long as the transaction, so a node that dies
 * mid-item loses nothing: its transaction rolls back, the lock goes, and the next run on any node claims the item
 * again. The article row (not the translation row) is the one locked because human publishers lock it first too;
 * one lock order everywhere means no deadlocks. SQLite has one writer at a time and needs no row locks.
 */

/** Where a run has got to in its (scheduled_at, id) order; each claim looks strictly past it. */
export interface ScheduleCursor {
  scheduledAt: string;
  id: number;
}

export interface DueTranslation {
  id: number;
  articleId: number;
  scheduledAt: string;
}

/** Claims the next scheduled translation due by `at`, past `after`; undefined when no unclaimed one is left. */
export async function claimNextScheduled(
  trx: Kysely<Database>,
  dialect: Dialect,
  at: string,
  after: ScheduleCursor | undefined,
): Promise<DueTranslation | undefined> {
  let query = trx
    .selectFrom("article_translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .select(["t.id", "t.article_id", "t.scheduled_at"])
    .where("t.state", "=", "scheduled")
    .where("t.scheduled_at", "<=", at)
    .orderBy("t.scheduled_at")
    .orderBy("t.id")
    .limit(1);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("t.scheduled_at", ">", after.scheduledAt),
        eb.and([eb("t.scheduled_at", "=", after.scheduledAt), eb("t.id", ">", after.id)]),
      ]),
    );
  }
  if (dialect === "postgres") query = query.forUpdate(["a"]).skipLocked();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, articleId: row.article_id, scheduledAt: row.scheduled_at ?? at };
}

/** Claims the next article past `afterId` whose embargo ended by `at` and that still holds embargoed translations. */
export async function claimNextEmbargo(
  trx: Kysely<Database>,
  dialect: Dialect,
  at: string,
  afterId: number,
): Promise<number | undefined> {
  let query = trx
    .selectFrom("articles as a")
    .select("a.id")
    .where("a.embargo_until", "is not", null)
    .where("a.embargo_until", "<=", at)
    .where("a.id", ">", afterId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("article_translations as t")
          .select("t.id")
          .whereRef("t.article_id", "=", "a.id")
          .where("t.state", "=", "embargoed"),
      ),
    )
    .orderBy("a.id")
    .limit(1);
  if (dialect === "postgres") query = query.forUpdate().skipLocked();
  return (await query.executeTakeFirst())?.id;
}
