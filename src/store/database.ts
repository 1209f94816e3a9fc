import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { withCommitCallbacks } from "./afterCommit.js";
import type { Dialect } from "./dialect.js";
import type { Database } from "./schema.js";

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for messages: a file path or a redacted URL. */
  location: string;
  /** The PostgreSQL pool's use, for /metrics; undefined for SQLite (one in-process connection). */
  poolStats(): PoolStats | undefined;
  close(): Promise<void>;
}

/** Connections of a PostgreSQL pool at one moment. */
export interface PoolStats {
  /** Open connections, busy or idle. */
  total: number;
  idle: number;
  /** Queries waiting for a connection because all `max` are busy. */
  waiting: number;
  max: number;
}

export interface StoreOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Most connections a PostgreSQL pool opens. */
  poolSize?: number;
}

/** Opens SQLite in the data directory, or PostgreSQL when a postgres:// URL is given. */
export function openStore(options: StoreOptions): Store {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  const dir = resolve(options.dataDir);
  mkdirSync(dir, { recursive: true });
  return openSqlite(join(dir, "pressroom.sqlite"));
}

export function openSqlite(file: string): Store {
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers go on while a writer commits; foreign keys are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: "sqlite", location: file, poolStats: () => undefined, close: () => db.destroy() };
}

export function openPostgres(url: string, poolSize: number): Store {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closes (a restart, a failover, an administrator) must not crash the process:
  // the pool drops it and opens a new one when next needed; a query that was running reports its own error.
  pool.on("error", () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const poolStats = (): PoolStats => ({
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: poolSize,
  });
  return { db, dialect: "postgres", location: redactUrl(url), poolStats, close: () => db.destroy() };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}

/**
 * Runs `work` in a transaction, or inside the caller's one when `db` already is a transaction, so that commands
 * compose (the demo loader creates many articles in one all-or-nothing step).
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db);
  return withCommitCallbacks(() => db.transaction().execute(work));
}
