import { PostgresAdapter, type Kysely } from "kysely";
import type { Dialect } from "../store/dialect.js";
import type { Database } from "../store/schema.js";
import type { SearchDocument } from "./documents.js";
import type { MatchExpr } from "./matchExpr.js";
import { postgresIndex } from "./postgresIndex.js";
import { sqliteIndex } from "./sqliteIndex.js";

/** A document found by a query: what ranking needs, before the row is read for display. */
export interface WindowRow {
  translationId: number;
  /** The rank key (see tokens.ts), as decimal text: it outgrows a JavaScript number after 2038. */
  key: string;
  /** Empty unless the window was asked for details. */
  titleTokens: string[];
  facets: string[];
}

/** Where a document is listed: by language, section, kind and people (facets) and by date (key). */
export interface Listing {
  translationId: number;
  key: string;
  facets: string;
}

/** Whether window rows carry title tokens and facets ("with") or only ids and keys, which is quicker. */
export type WindowDetails = "with" | "without";

/**
 * The newest documents matching an expression; ranking looks no further than these. A document is named by its
 * `ref`, which only its index understands (SQLite: the FTS5 rowid; PostgreSQL: the translation id), so that a
 * search reads translation rows for the page it shows and not for the whole window.
 */
export interface SearchWindow {
  expr: MatchExpr;
  /** Newest first. */
  refs: string[];
}

/** Publication bounds: publishedAt >= from and publishedAt < to (ISO instants). */
export interface DateBounds {
  from?: string | undefined;
  to?: string | undefined;
}

/** What each database does; everything else (documents, ranking, highlighting) is shared. */
export interface SearchIndex {
  /**
   * At most `cap` documents that match `expr`, were published within the bounds and whose translation is still
   * published (checked on the live row, whatever the index says), newest first.
   */
  window(
    db: Kysely<Database>,
    expr: MatchExpr,
    bounds: DateBounds,
    cap: number,
    details: WindowDetails,
  ): Promise<WindowRow[]>;
  /**
   * The refs of at most `cap` documents that match `expr` and were published within the bounds, newest first.
   * Whether each translation is still published is left to the caller, for the rows it shows (`loadHits`): the
   * index follows publishing in the same transaction, and checking a thousand live rows to show ten is most of
   * a query's time.
   */
  matches(db: Kysely<Database>, expr: MatchExpr, bounds: DateBounds, cap: number): Promise<string[]>;
  /** The translation ids of documents, by ref; a ref whose document is gone is left out. */
  translationsOf(db: Kysely<Database>, refs: readonly string[]): Promise<Map<string, number>>;
  /** For each expression, the refs of the window's documents that also match it. */
  matchingInWindow(db: Kysely<Database>, window: SearchWindow, exprs: MatchExpr[]): Promise<Set<string>[]>;
  /** The stored title tokens and facets of one published translation, for finding related items. */
  documentOf(db: Kysely<Database>, translationId: number): Promise<WindowRow | undefined>;
  /** What decides where the articles' documents are listed: translation, rank key (date) and facets. */
  listingsOf(db: Kysely<Database>, articleIds: readonly number[]): Promise<Listing[]>;
  /**
   * Called before reading what to index: queues this transaction behind any other writing the documents of the
   * same articles, so that the last to commit has read what the other committed.
   */
  lockArticles(db: Kysely<Database>, articleIds: readonly number[]): Promise<void>;
  /** Deletes every document of these articles and inserts `docs` (which belong to them). */
  replaceArticles(db: Kysely<Database>, articleIds: readonly number[], docs: SearchDocument[]): Promise<void>;
  /** Deletes documents whose translation is gone or no longer published. Returns how many. */
  removeOrphans(db: Kysely<Database>): Promise<number>;
  clear(db: Kysely<Database>): Promise<void>;
  /** Compacts the index after a rebuild. */
  optimize(db: Kysely<Database>): Promise<void>;
}

/** Which database a Kysely instance (or a transaction of it) talks to. */
export function dialectOf(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

export function indexFor(dialect: Dialect): SearchIndex {
  return dialect === "postgres" ? postgresIndex : sqliteIndex;
}
