import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { AuditLogTable, Database } from "./schema.js";

/** What the audit log page filters by; every field is optional. Instants are ISO-8601 UTC. */
export interface AuditFilter {
  action?: string | undefined;
  /** Part of the actor's label (e-mail), matched without case. */
  actor?: string | undefined;
  /** Entries at or after this instant. */
  from?: string | undefined;
  /** Entries strictly before this instant. */
  before?: string | undefined;
}

export interface AuditEntryRecord {
  id: number;
  at: string;
  actorLabel: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: string;
  ip: string | null;
}

function filtered(
  db: Kysely<Database>,
  filter: AuditFilter,
): SelectQueryBuilder<Database, "audit_log", object> {
  let query = db.selectFrom("audit_log");
  if (filter.action) query = query.where("action", "=", filter.action);
  if (filter.actor) {
    // LIKE with an escape character, lower-cased on both sides: the same on SQLite and PostgreSQL.
    const pattern = `%${filter.actor.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where(sql<boolean>`lower(actor_label) like ${pattern} escape '\\'`);
  }
  if (filter.from) query = query.where("at", ">=", filter.from);
  if (filter.before) query = query.where("at", "<", filter.before);
  return query;
}

/** One page of matching entries, newest first, and how many match in all. */
export async function listAuditEntries(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ entries: AuditEntryRecord[]; total: number }> {
  const count = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, filter)
    .select(["id", "at", "actor_label", "action", "subject_type", "subject_id", "details", "ip"])
    .orderBy("id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { entries: rows.map(toRecord), total: Number(count.n) };
}

function toRecord(
  row: Pick<
    AuditLogTable,
    "at" | "actor_label" | "action" | "subject_type" | "subject_id" | "details" | "ip"
  > & { id: number },
): AuditEntryRecord {
  return {
    id: row.id,
    at: row.at,
    actorLabel: row.actor_label,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
    ip: row.ip,
  };
}
