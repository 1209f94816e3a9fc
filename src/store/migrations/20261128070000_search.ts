import { sql, type Kysely, type Migration } from "kysely";
import type { Dialect } from "../dialect.js";

/**
 * Search documents, one per published translation (src/search/ writes them).
 *
 * SQLite: a contentless FTS5 table whose rowid is the rank key (publication second * 2^22 + translation id mod
 * 2^22), with text already analyzed into tokens; "_" is a token character so that facet tokens (l_ru, s_12…)
 * stay whole. `search_rows` maps translations to rowids; it has no foreign key because the documents of a
 * deleted article must still be found to be removed from the FTS table.
 *
 * PostgreSQL: tsvectors per document (all text; title and lead only) under GIN indexes, and the same rank key
 * under a b-tree. Documents go with their translation (ON DELETE CASCADE).
 */
export function search(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === "sqlite") {
        await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
          title, lead, body, facets,
          content='', contentless_delete=1,
          tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
        )`.execute(db);
        await db.schema
          .createTable("search_rows")
          // The FTS rowid is this table's rowid too: results are joined to it straight from the FTS table.
          .addColumn("fts_rowid", "integer", (c) => c.primaryKey())
          .addColumn("translation_id", "integer", (c) => c.notNull().unique())
          .addColumn("article_id", "integer", (c) => c.notNull())
          .addColumn("title_tokens", "text", (c) => c.notNull())
          .addColumn("facets", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("search_rows_article").on("search_rows").column("article_id").execute();
        return;
      }
      await db.schema
        .createTable("search_documents")
        .addColumn("translation_id", "integer", (c) =>
          c.primaryKey().references("article_translations.id").onDelete("cascade"),
        )
        .addColumn("article_id", "integer", (c) => c.notNull())
        .addColumn("rank_key", "bigint", (c) => c.notNull())
        .addColumn("title_tokens", "text", (c) => c.notNull())
        .addColumn("facets", "text", (c) => c.notNull())
        .addColumn("vec", sql`tsvector`, (c) => c.notNull())
        // Title, lead and facets only: small enough to stay in the row, so listings and ranking never fetch the
        // stored-apart full vector.
        .addColumn("head", sql`tsvector`, (c) => c.notNull())
        .execute();
      await sql`CREATE INDEX search_documents_vec ON search_documents USING gin (vec)`.execute(db);
      await sql`CREATE INDEX search_documents_head ON search_documents USING gin (head)`.execute(db);
      await sql`CREATE INDEX search_documents_recent ON search_documents (rank_key DESC, translation_id DESC)`.execute(
        db,
      );
      await db.schema
        .createIndex("search_documents_article")
        .on("search_documents")
        .column("article_id")
        .execute();
    },
  };
}
