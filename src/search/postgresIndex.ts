import { sql, type RawBuilder } from "kysely";
import type { DateBounds, SearchIndex, WindowRow } from "./backend.js";
import type { MatchExpr } from "./matchExpr.js";
import { keyCeiling, keyFloor, rankKey } from "./tokens.js";
import { fitsHead, tsqueryText, tsvectorText } from "./tsLiterals.js";

/**
 * PostgreSQL: `search_documents` with two tsvectors of the analyzer's tokens (see tsLiterals.ts) under GIN
 * indexes, `vec` with everything and `head` with title, lead and facets only, and the rank key under a b-tree.
 * A query that needs no body words reads `head`, which is small enough to sit in the row: `vec` of a long article
 * is stored apart, and fetching it for each of a thousand candidates is most of a query's time.
 */

/** Rows per multi-row INSERT, well under the protocol's limit on bound parameters. */
const INSERT_CHUNK = 500;

/** The vector an expression is matched against. */
function vectorFor(expr: MatchExpr): RawBuilder<unknown> {
  return fitsHead(expr) ? sql`head` : sql`vec`;
}

interface RowOut {
  translationId: number;
  key: string;
  titleTokens: string;
  facets: string;
}

export const postgresIndex: SearchIndex = {
  async window(db, expr, bounds, cap, details) {
    const lo = bounds.from === undefined ? undefined : keyFloor(bounds.from).toString();
    const hi = bounds.to === undefined ? undefined : keyCeiling(bounds.to).toString();
    // The live row is looked up for each of the capped matches (OFFSET 0 keeps the planner from turning that
    // into a scan of every published translation, which it picks when its statistics are stale).
    const result = await sql<RowOut>`
      SELECT d.translation_id AS "translationId", d.rank_key::text AS key,
             ${details === "with" ? sql`d.title_tokens AS "titleTokens", d.facets AS facets` : sql`'' AS "titleTokens", '' AS facets`}
      FROM (
        SELECT translation_id, rank_key, title_tokens, facets FROM search_documents
        WHERE ${vectorFor(expr)} @@ ${tsqueryText(expr)}::tsquery
          ${lo === undefined ? sql`` : sql`AND rank_key >= ${lo}::bigint`}
          ${hi === undefined ? sql`` : sql`AND rank_key < ${hi}::bigint`}
        ORDER BY rank_key DESC, translation_id DESC LIMIT ${cap}
      ) AS d
      CROSS JOIN LATERAL (
        SELECT 1 FROM article_translations AS t
        WHERE t.id = d.translation_id AND t.state = ${"published"} ${exactBounds(bounds)}
        OFFSET 0
      ) AS live
      ORDER BY d.rank_key DESC, d.translation_id DESC`.execute(db);
    return result.rows.map(toWindowRow);
  },

  async matches(db, expr, bounds, cap) {
    // The live rows are cheap to check here (one index probe each, in the same query), so they are checked.
    const rows = await postgresIndex.window(db, expr, bounds, cap, "without");
    return rows.map((row) => String(row.translationId));
  },

  async translationsOf(_db, refs) {
    return new Map(refs.map((ref) => [ref, Number(ref)]));
  },

  async matchingInWindow(db, window, exprs) {
    const sets = exprs.map(() => new Set<string>());
    if (exprs.length === 0 || window.refs.length === 0) return sets;
    const ids = window.refs.map(Number);
    const flags = sql.join(exprs.map((expr) => sql`${vectorFor(expr)} @@ ${tsqueryText(expr)}::tsquery`));
    const result = await sql<{ translationId: number; flags: boolean[] }>`
      SELECT translation_id AS "translationId", ARRAY[${flags}] AS flags
      FROM search_documents WHERE translation_id = ANY(${ids}::integer[])`.execute(db);
    for (const row of result.rows) {
      row.flags.forEach((hit, i) => {
        if (hit) sets[i]?.add(String(row.translationId));
      });
    }
    return sets;
  },

  async documentOf(db, translationId) {
    const result = await sql<RowOut>`
      SELECT d.translation_id AS "translationId", d.rank_key::text AS key,
             d.title_tokens AS "titleTokens", d.facets AS facets
      FROM search_documents AS d
      JOIN article_translations AS t ON t.id = d.translation_id AND t.state = ${"published"}
      WHERE d.translation_id = ${translationId}`.execute(db);
    const row = result.rows[0];
    return row && toWindowRow(row);
  },

  async listingsOf(db, articleIds) {
    if (articleIds.length === 0) return [];
    const result = await sql<{ translationId: number; key: string; facets: string }>`
      SELECT translation_id AS "translationId", rank_key::text AS key, facets FROM search_documents
      WHERE article_id IN (${sql.join([...articleIds])})`.execute(db);
    return result.rows.map((r) => ({ translationId: Number(r.translationId), key: r.key, facets: r.facets }));
  },

  async lockArticles(db, articleIds) {
    if (articleIds.length === 0) return;
    // In id order, so that a rebuild's batch and an editor's save never wait for each other in a circle.
    await sql`SELECT id FROM articles WHERE id = ANY(${[...articleIds]}::integer[]) ORDER BY id FOR UPDATE`.execute(
      db,
    );
  },

  async replaceArticles(db, articleIds, docs) {
    if (articleIds.length > 0) {
      await sql`DELETE FROM search_documents WHERE article_id = ANY(${[...articleIds]}::integer[])`.execute(
        db,
      );
    }
    for (let i = 0; i < docs.length; i += INSERT_CHUNK) {
      const rows = docs.slice(i, i + INSERT_CHUNK).map(
        (doc) =>
          sql`(${doc.translationId}, ${doc.articleId}, ${rankKey(doc.publishedAt, doc.translationId).toString()}::bigint,
               ${doc.title.join(" ")}, ${doc.facets.join(" ")}, ${tsvectorText(doc, "full")}::tsvector, ${tsvectorText(doc, "head")}::tsvector)`,
      );
      await sql`INSERT INTO search_documents (translation_id, article_id, rank_key, title_tokens, facets, vec, head)
        VALUES ${sql.join(rows)}`.execute(db);
    }
  },

  async removeOrphans(db) {
    const result = await sql`
      DELETE FROM search_documents AS d WHERE NOT EXISTS (
        SELECT 1 FROM article_translations AS t WHERE t.id = d.translation_id AND t.state = ${"published"}
      )`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  },

  async clear(db) {
    await sql`DELETE FROM search_documents`.execute(db);
  },

  async optimize(db) {
    await sql`ANALYZE search_documents`.execute(db);
  },
};

function exactBounds(bounds: DateBounds): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (bounds.from !== undefined) parts.push(sql`AND t.published_at >= ${bounds.from}`);
  if (bounds.to !== undefined) parts.push(sql`AND t.published_at < ${bounds.to}`);
  return sql.join(parts, sql` `);
}

function toWindowRow(row: RowOut): WindowRow {
  return {
    translationId: row.translationId,
    key: row.key,
    titleTokens: row.titleTokens === "" ? [] : row.titleTokens.split(" "),
    facets: row.facets === "" ? [] : row.facets.split(" "),
  };
}
