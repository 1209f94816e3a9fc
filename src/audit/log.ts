import { sql, type Kysely } from "kysely";
import { isoNow, type Clock } from "../lib/clock.js";
import { inTransaction, type Store } from "../store/database.js";
import type { Database } from "../store/schema.js";
import { entryHash, GENESIS_HASH } from "./chain.js";

/** What the audit log records. Kept as a closed list so that the admin page can filter by it. */
export type AuditAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_out"
  | "second_factor_enabled"
  | "second_factor_disabled"
  | "user_created"
  | "user_disabled"
  | "user_enabled"
  | "role_changed"
  | "password_changed"
  | "article_created"
  | "article_deleted"
  | "submitted"
  | "returned"
  | "approved"
  | "published"
  | "scheduled"
  | "unscheduled"
  | "embargoed"
  | "embargo_released"
  | "embargo_lifted"
  | "unpublished"
  | "reopened"
  | "corrected"
  | "published_text_edited"
  | "revision_restored"
  | "preview_link_created"
  | "preview_link_revoked"
  | "preview_viewed"
  | "section_created"
  | "section_changed"
  | "settings_changed"
  | "media_uploaded"
  | "media_deleted";

export interface AuditEntry {
  action: AuditAction;
  /** null for the system (the scheduler), with actorLabel "system". */
  actorId: number | null;
  actorLabel: string;
  subjectType?: string | undefined;
  subjectId?: string | number | undefined;
  details?: Record<string, unknown> | undefined;
  ip?: string | undefined;
}

/**
 * Appends one entry to the chain. Call it inside the transaction that makes the change it records, so that
 * the change and its record commit together. Appends are serialised: on PostgreSQL by a transaction-scoped
 * advisory lock, on SQLite by its single writer.
 */
export async function appendAudit(
  store: Pick<Store, "db" | "dialect">,
  entry: AuditEntry,
  clock?: Clock,
): Promise<number> {
  const write = async (trx: Kysely<Database>): Promise<number> => {
    if (store.dialect === "postgres") await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
    const last = await trx
      .selectFrom("audit_log")
      .select(["id", "hash"])
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
    const id = (last?.id ?? 0) + 1;
    const fields = {
      id,
      at: isoNow(clock),
      actorId: entry.actorId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId === undefined ? null : String(entry.subjectId),
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await trx
      .insertInto("audit_log")
      .values({
        id,
        at: fields.at,
        actor_id: fields.actorId,
        actor_label: fields.actorLabel,
        action: fields.action,
        subject_type: fields.subjectType,
        subject_id: fields.subjectId,
        details: fields.details,
        ip: fields.ip,
        prev_hash: fields.prevHash,
        hash: entryHash(fields),
      })
      .execute();
    return id;
  };
  return inTransaction(store.db, write);
}

/** An arbitrary constant naming the audit chain's advisory lock. */
const AUDIT_LOCK_KEY = 7_250_412_019;

export interface ChainProblem {
  id: number;
  reason: string;
}

/**
 * Walks the whole chain in id order and reports the first entry whose hash or link does not hold, with its id.
 * Reads in pages so that a long log does not have to fit in memory.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
): Promise<{ entries: number; problem?: ChainProblem }> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("id", ">=", expectedId)
      .orderBy("id")
      .limit(1000)
      .execute();
    if (rows.length === 0) return { entries };
    for (const row of rows) {
      if (row.id !== expectedId) {
        return { entries, problem: { id: expectedId, reason: `entry ${expectedId} is missing` } };
      }
      if (row.prev_hash !== prevHash) {
        return { entries, problem: { id: row.id, reason: "it does not link to the entry before it" } };
      }
      const computed = entryHash({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        details: row.details,
        ip: row.ip,
        prevHash: row.prev_hash,
      });
      if (computed !== row.hash) {
        return {
          entries,
          problem: { id: row.id, reason: "its content does not match its hash (it was changed)" },
        };
      }
      prevHash = row.hash;
      expectedId++;
      entries++;
    }
  }
}
