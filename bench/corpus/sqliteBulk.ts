import BetterSqlite3 from "better-sqlite3";
import {
  ARTICLE_COLUMNS,
  ARTICLE_PEOPLE_COLUMNS,
  TRANSLATION_COLUMNS,
  type Param,
  type RowBatch,
} from "./rows.js";

/**
 * Writes row batches straight through better-sqlite3: prepared multi-row INSERTs, one transaction per batch.
 * Opening the file directly skips Kysely's query building, which would cost more than SQLite's own work here.
 */

/** Rows per INSERT statement: large enough to amortise the statement, well under SQLite's 32,766 variables. */
const ROWS_PER_STATEMENT = 100;

function insertSql(table: string, columns: readonly string[], rows: number): string {
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${new Array<string>(rows).fill(tuple).join(", ")}`;
}

class MultiRowInsert {
  private readonly many: BetterSqlite3.Statement;
  private readonly one: BetterSqlite3.Statement;
  private readonly width: number;

  constructor(db: BetterSqlite3.Database, table: string, columns: readonly string[]) {
    this.width = columns.length;
    this.many = db.prepare(insertSql(table, columns, ROWS_PER_STATEMENT));
    this.one = db.prepare(insertSql(table, columns, 1));
  }

  run(params: readonly Param[], rows: number): void {
    const chunk = ROWS_PER_STATEMENT * this.width;
    let row = 0;
    for (; row + ROWS_PER_STATEMENT <= rows; row += ROWS_PER_STATEMENT) {
      const start = row * this.width;
      this.many.run(params.slice(start, start + chunk));
    }
    for (; row < rows; row++) {
      const start = row * this.width;
      this.one.run(params.slice(start, start + this.width));
    }
  }
}

export interface SqliteBulkOptions {
  /**
   * Load without a rollback journal and with the secondary indexes of the article tables dropped, then recreate
   * them from their own stored SQL on close (sorting once beats updating five indexes per row). Much faster, but a
   * crash midway leaves a file to throw away. Only done when no other connection has the file open.
   */
  unsafeFast?: boolean;
  /** Page cache while loading, in MiB. */
  cacheMiB?: number;
}

export class SqliteBulkWriter {
  private readonly db: BetterSqlite3.Database;
  private readonly articles: MultiRowInsert;
  private readonly articlePeople: MultiRowInsert;
  private readonly translations: MultiRowInsert;
  private readonly writeBatch: (batch: RowBatch) => void;
  private readonly journalChanged: boolean;
  /** Indexes dropped for the load, with the SQL that made them. */
  private readonly droppedIndexes: { name: string; sql: string }[] = [];

  constructor(file: string, options: SqliteBulkOptions = {}) {
    this.db = new BetterSqlite3(file);
    this.db.pragma("busy_timeout = 10000");
    this.db.pragma(`cache_size = -${(options.cacheMiB ?? 512) * 1024}`);
    this.db.pragma("temp_store = MEMORY");
    let journalChanged = false;
    if (options.unsafeFast) {
      // Leaving WAL needs the file to ourselves: SQLite answers "wal" and changes nothing otherwise. The journal
      // then lives in memory (better-sqlite3's defensive mode refuses "OFF"): nothing is written twice.
      try {
        journalChanged =
          this.db.pragma("journal_mode = DELETE", { simple: true }) === "delete" &&
          this.db.pragma("journal_mode = MEMORY", { simple: true }) === "memory";
      } catch {
        journalChanged = false;
      }
    }
    this.journalChanged = journalChanged;
    this.db.pragma("synchronous = OFF");
    // better-sqlite3 turns foreign keys on; every id written here was just read from the same database.
    this.db.pragma("foreign_keys = OFF");
    if (journalChanged) this.dropIndexes();
    this.articles = new MultiRowInsert(this.db, "articles", ARTICLE_COLUMNS);
    this.articlePeople = new MultiRowInsert(this.db, "article_people", ARTICLE_PEOPLE_COLUMNS);
    this.translations = new MultiRowInsert(this.db, "article_translations", TRANSLATION_COLUMNS);
    this.writeBatch = this.db.transaction((batch: RowBatch) => {
      this.articles.run(batch.articles, batch.articleCount);
      this.articlePeople.run(batch.articlePeople, batch.articlePeopleCount);
      this.translations.run(batch.translations, batch.translationCount);
    });
  }

  write(batch: RowBatch): void {
    this.writeBatch(batch);
  }

  private dropIndexes(): void {
    const rows = this.db
      .prepare(
        `SELECT name, sql FROM sqlite_schema
         WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('articles', 'article_people', 'article_translations')`,
      )
      .all() as { name: string; sql: string }[];
    for (const row of rows) {
      // Names come from the schema itself, never from input; quoting keeps odd names intact.
      this.db.exec(`DROP INDEX "${row.name.replaceAll('"', '""')}"`);
      this.droppedIndexes.push(row);
    }
  }

  /** Recreates dropped indexes, puts the file back the way the site opens it (WAL) and closes it. */
  close(): void {
    try {
      for (const index of this.droppedIndexes) this.db.exec(index.sql);
      this.droppedIndexes.length = 0;
      if (this.journalChanged) this.db.pragma("journal_mode = WAL");
    } finally {
      this.db.close();
    }
  }
}
