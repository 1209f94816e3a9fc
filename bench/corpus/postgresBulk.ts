import { sql, type Kysely } from "kysely";
import type { Database } from "../../src/store/schema.js";
import {
  ARTICLE_COLUMNS,
  ARTICLE_PEOPLE_COLUMNS,
  TRANSLATION_COLUMNS,
  type Param,
  type RowBatch,
} from "./rows.js";

/** Rows per INSERT: keeps every statement well under PostgreSQL's 65,535 bind parameters. */
const ROWS_PER_STATEMENT = 500;

async function insertRows(
  db: Kysely<Database>,
  table: string,
  columns: readonly string[],
  params: readonly Param[],
  rows: number,
): Promise<void> {
  const width = columns.length;
  const columnList = sql.join(columns.map((c) => sql.ref(c)));
  for (let first = 0; first < rows; first += ROWS_PER_STATEMENT) {
    const last = Math.min(rows, first + ROWS_PER_STATEMENT);
    const tuples = [];
    for (let row = first; row < last; row++) {
      tuples.push(sql`(${sql.join(params.slice(row * width, (row + 1) * width))})`);
    }
    await sql`INSERT INTO ${sql.table(table)} (${columnList}) VALUES ${sql.join(tuples)}`.execute(db);
  }
}

/** Writes one batch in one transaction through the store's Kysely pool. */
export async function writePostgresBatch(db: Kysely<Database>, batch: RowBatch): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, "articles", ARTICLE_COLUMNS, batch.articles, batch.articleCount);
    await insertRows(
      trx,
      "article_people",
      ARTICLE_PEOPLE_COLUMNS,
      batch.articlePeople,
      batch.articlePeopleCount,
    );
    await insertRows(
      trx,
      "article_translations",
      TRANSLATION_COLUMNS,
      batch.translations,
      batch.translationCount,
    );
  });
}

/** Ids were given explicitly, so the identity sequences must be moved past them for the site's own inserts. */
export async function advancePostgresSequences(db: Kysely<Database>): Promise<void> {
  for (const table of ["articles", "article_translations"] as const) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT coalesce(max(id), 0) + 1 FROM ${sql.table(table)}), false)`.execute(
      db,
    );
  }
}
