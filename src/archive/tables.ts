import type { Database } from "../store/schema.js";

/** A table an archive carries. */
export interface ArchivedTable {
  name: keyof Database;
  /** The primary key, by which rows are ordered so that the same content always makes the same file. */
  key: readonly string[];
  /** Whether `id` is generated: PostgreSQL's identity sequence must then move past the imported ids. */
  identity: boolean;
  /** A column naming a row of the same table: parents are inserted before their children. */
  parentColumn?: string;
}

/**
 * Every table an export holds, in an order where each table comes after the tables it refers to, which is the
 * order import inserts them in.
 */
export const ARCHIVED_TABLES: readonly ArchivedTable[] = [
  { name: "users", key: ["id"], identity: true },
  { name: "sections", key: ["id"], identity: true, parentColumn: "parent_id" },
  { name: "section_translations", key: ["section_id", "lang"], identity: false },
  { name: "people", key: ["id"], identity: true },
  { name: "person_translations", key: ["person_id", "lang"], identity: false },
  { name: "person_aliases", key: ["person_id", "alias"], identity: false },
  { name: "person_posts", key: ["id"], identity: true },
  { name: "person_post_translations", key: ["post_id", "lang"], identity: false },
  { name: "articles", key: ["id"], identity: true },
  { name: "article_people", key: ["article_id", "person_id"], identity: false },
  { name: "article_translations", key: ["id"], identity: true },
  { name: "revisions", key: ["id"], identity: true },
  { name: "corrections", key: ["id"], identity: true },
  { name: "import_sources", key: ["id"], identity: true },
  { name: "settings", key: ["key"], identity: false },
  { name: "media", key: ["id"], identity: true },
  { name: "media_alt", key: ["media_id", "lang"], identity: false },
  { name: "media_variants", key: ["id"], identity: true },
  { name: "article_media", key: ["article_id", "media_id"], identity: false },
  { name: "preview_links", key: ["id"], identity: true },
  { name: "preview_views", key: ["id"], identity: true },
  { name: "audit_log", key: ["id"], identity: true },
];

/**
 * Tables left out on purpose, with the reason recorded in every manifest. Anything else an export finds that is
 * in neither list is left out too, with a warning, so that a table added later is never silently "moved".
 */
export const SKIPPED_TABLES: Readonly<Record<string, string>> = {
  sessions: "sign-ins are short-lived and bound to this server's cookies; people sign in again",
  sign_in_attempts: "throttling counters that expire within the hour",
  search_fts: "the search index is rebuilt from the content on import",
  search_rows: "the search index is rebuilt from the content on import",
  search_documents: "the search index is rebuilt from the content on import",
  kysely_migration: "the target database keeps its own migration history",
  kysely_migration_lock: "the target database keeps its own migration history",
};

/** SQLite keeps an FTS5 table's data in shadow tables named after it (search_fts_data, search_fts_idx, …). */
export function isSkippedTable(name: string): boolean {
  return name in SKIPPED_TABLES || name.startsWith("search_fts_") || name.startsWith("sqlite_");
}

export function skipReason(name: string): string {
  return SKIPPED_TABLES[name] ?? "part of the search index, which is rebuilt on import";
}

export function archivedTable(name: string): ArchivedTable | undefined {
  return ARCHIVED_TABLES.find((table) => table.name === name);
}
