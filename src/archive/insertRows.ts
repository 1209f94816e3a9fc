import { sql, type Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import type { ArchivedRow } from "./rows.js";
import type { ArchivedTable } from "./tables.js";

/** Bound values per INSERT, well under SQLite's 32,766 and PostgreSQL's 65,535. */
const VALUES_PER_STATEMENT = 10_000;

/**
 * Inserts rows verbatim, ids included, in multi-row statements of bound values. Column names were checked
 * against the target's own columns before this runs, and are quoted as identifiers besides.
 */
export async function insertRows(
  db: Kysely<Database>,
  table: ArchivedTable,
  rows: readonly ArchivedRow[],
): Promise<void> {
  const ordered = table.parentColumn ? parentsFirst(rows, table.parentColumn) : rows;
  let batch: ArchivedRow[] = [];
  let columns: string[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const values = batch.map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`);
    await sql`insert into ${sql.table(table.name)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(
      db,
    );
    batch = [];
  };
  for (const row of ordered) {
    const rowColumns = Object.keys(row);
    const sameShape = rowColumns.length === columns.length && rowColumns.every((c, i) => c === columns[i]);
    if (!sameShape || (batch.length + 1) * columns.length > VALUES_PER_STATEMENT) {
      await flush();
      columns = rowColumns;
    }
    batch.push(row);
  }
  await flush();
}

/** Orders rows so that each comes after the row its parent column names (sections nest). */
function parentsFirst(rows: readonly ArchivedRow[], parentColumn: string): ArchivedRow[] {
  const byId = new Map(rows.map((row) => [row["id"], row]));
  const placed = new Set<ArchivedRow>();
  const ordered: ArchivedRow[] = [];
  const place = (row: ArchivedRow, depth: number): void => {
    if (placed.has(row)) return;
    // A cycle cannot be inserted anyway; the database's own check then names it.
    const parent = depth < rows.length ? byId.get(row[parentColumn] ?? null) : undefined;
    if (parent && parent !== row) place(parent, depth + 1);
    placed.add(row);
    ordered.push(row);
  };
  for (const row of rows) place(row, 0);
  return ordered;
}

/** Moves a PostgreSQL identity sequence past the largest imported id, so that the next insert gets a new one. */
export async function resetIdentity(db: Kysely<Database>, table: keyof Database): Promise<void> {
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
    db,
  );
}

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
