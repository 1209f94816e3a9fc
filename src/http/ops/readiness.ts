import { DEFAULT_MIGRATION_TABLE, sql } from "kysely";
import type { Store } from "../../store/database.js";
import { allMigrations } from "../../store/migrations/index.js";

/** How long the database may take to answer a readiness probe before the node reports itself not ready. */
export const READINESS_TIMEOUT_MS = 2000;

export type Readiness =
  | { ready: true }
  | {
      ready: false;
      reason: "shutting_down" | "database_unavailable" | "migrations_pending" | "database_newer";
      detail: string;
    };

/**
 * Whether this node should get traffic: the database answers a trivial query in time, and the migrations it
 * has applied are exactly those this code knows. A database migrated further by a newer release is not ready
 * either: this code may not understand its schema.
 */
export async function checkReadiness(
  store: Store,
  options: { timeoutMs?: number; draining?: boolean } = {},
): Promise<Readiness> {
  if (options.draining) {
    return { ready: false, reason: "shutting_down", detail: "the process is shutting down" };
  }
  let applied: string[];
  try {
    applied = await withTimeout(readAppliedMigrations(store), options.timeoutMs ?? READINESS_TIMEOUT_MS);
  } catch (error) {
    return { ready: false, reason: "database_unavailable", detail: messageOf(error) };
  }
  const known = Object.keys(allMigrations(store.dialect));
  const pending = known.filter((name) => !applied.includes(name));
  if (pending.length > 0) {
    return { ready: false, reason: "migrations_pending", detail: `not applied: ${pending.join(", ")}` };
  }
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    return {
      ready: false,
      reason: "database_newer",
      detail: `unknown to this release: ${unknown.join(", ")}`,
    };
  }
  return { ready: true };
}

/** A trivial query first (is anyone there?), then the migration list; an absent table means none applied. */
async function readAppliedMigrations(store: Store): Promise<string[]> {
  await sql`select 1`.execute(store.db);
  try {
    const result = await sql<{
      name: string;
    }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(store.db);
    return result.rows.map((row) => row.name);
  } catch (error) {
    if (isMissingTable(error)) return [];
    throw error;
  }
}

function isMissingTable(error: unknown): boolean {
  const text = messageOf(error);
  return /no such table|does not exist/i.test(text);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
