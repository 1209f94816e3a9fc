import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../store/schema.js";
import type { DateBounds, SearchIndex, WindowRow } from "./backend.js";
import { fts5Query, sqliteMatches, sqliteMatchingInWindow, sqliteTranslationsOf } from "./sqliteMatches.js";
import { keyCeiling, keyFloor, rankKey } from "./tokens.js";

export { fts5Query };

/**
 * SQLite: a contentless FTS5 table `search_fts` (title, lead, body, facets) whose rowid is the rank key, so that
 * "newest first" is a descending rowid walk that FTS5 stops after the cap, and dates are rowid ranges. Its text
 * is the analyzer's tokens joined by spaces; the unicode61 tokenizer (no diacritics removal, "_" kept inside
 * tokens) splits them back unchanged. `search_rows` maps rowids to translations and keeps the title tokens and
 * facets that related items are found by.
 */

const MIN_KEY = -(2n ** 63n);
const MAX_KEY = 2n ** 63n - 1n;
/** Rows per multi-row INSERT, well under SQLite's limit on bound parameters. */
const INSERT_CHUNK = 200;

interface RowOut {
  translationId: number;
  key: string;
  titleTokens: string;
  facets: string;
}

export const sqliteIndex: SearchIndex = {
  async window(db, expr, bounds, cap, details) {
    const lo = bounds.from === undefined ? MIN_KEY : keyFloor(bounds.from);
    const hi = bounds.to === undefined ? MAX_KEY : keyCeiling(bounds.to);
    // CROSS JOIN makes SQLite join in the order written, from the capped FTS matches to their rows; left to
    // itself, without statistics, it may start from every published translation instead.
    const result = await sql<RowOut>`
      SELECT r.translation_id AS "translationId", CAST(c.rid AS TEXT) AS key,
             ${details === "with" ? sql`r.title_tokens AS "titleTokens", r.facets AS facets` : sql`'' AS "titleTokens", '' AS facets`}
      FROM (
        SELECT rowid AS rid FROM search_fts
        WHERE search_fts MATCH ${fts5Query(expr)} AND rowid >= ${lo} AND rowid < ${hi}
        ORDER BY rowid DESC LIMIT ${cap}
      ) AS c
      CROSS JOIN search_rows AS r ON r.fts_rowid = c.rid
      CROSS JOIN article_translations AS t ON t.id = r.translation_id AND t.state = ${"published"}
      ${exactBounds(bounds)}
      ORDER BY c.rid DESC`.execute(db);
    return result.rows.map(toWindowRow);
  },

  matches: sqliteMatches,
  translationsOf: sqliteTranslationsOf,
  matchingInWindow: sqliteMatchingInWindow,

  async documentOf(db, translationId) {
    const result = await sql<RowOut>`
      SELECT r.translation_id AS "translationId", CAST(r.fts_rowid AS TEXT) AS key,
             r.title_tokens AS "titleTokens", r.facets AS facets
      FROM search_rows AS r
      CROSS JOIN article_translations AS t ON t.id = r.translation_id AND t.state = ${"published"}
      WHERE r.translation_id = ${translationId}`.execute(db);
    const row = result.rows[0];
    return row && toWindowRow(row);
  },

  async listingsOf(db, articleIds) {
    if (articleIds.length === 0) return [];
    const result = await sql<{ translationId: number; key: string; facets: string }>`
      SELECT translation_id AS "translationId", CAST(fts_rowid AS TEXT) AS key, facets FROM search_rows
      WHERE article_id IN (${sql.join([...articleIds])})`.execute(db);
    return result.rows.map((r) => ({ translationId: Number(r.translationId), key: r.key, facets: r.facets }));
  },

  async lockArticles(db) {
    // SQLite has one writer: a write, even of nothing, takes the lock now rather than at the first real write,
    // when another process's commit in between would make this transaction fail.
    await sql`DELETE FROM search_rows WHERE 0`.execute(db);
  },

  async replaceArticles(db, articleIds, docs) {
    if (articleIds.length > 0) {
      const ids = sql.join([...articleIds]);
      const old = await sql<{ key: string }>`
        SELECT CAST(fts_rowid AS TEXT) AS key FROM search_rows WHERE article_id IN (${ids})`.execute(db);
      for (const { key } of old.rows)
        await sql`DELETE FROM search_fts WHERE rowid = ${BigInt(key)}`.execute(db);
      await sql`DELETE FROM search_rows WHERE article_id IN (${ids})`.execute(db);
    }
    const keys = await freeKeys(
      db,
      docs.map((doc) => rankKey(doc.publishedAt, doc.translationId)),
    );
    for (let i = 0; i < docs.length; i += INSERT_CHUNK) {
      const chunk = docs.slice(i, i + INSERT_CHUNK).map((doc, j) => ({ doc, key: keys[i + j] ?? 0n }));
      await sql`INSERT INTO search_fts (rowid, title, lead, body, facets) VALUES ${sql.join(
        chunk.map(
          ({ doc, key }) =>
            sql`(${key}, ${doc.title.join(" ")}, ${doc.lead.join(" ")}, ${doc.body.join(" ")}, ${doc.facets.join(" ")})`,
        ),
      )}`.execute(db);
      await sql`INSERT INTO search_rows (translation_id, article_id, fts_rowid, title_tokens, facets) VALUES ${sql.join(
        chunk.map(
          ({ doc, key }) =>
            sql`(${doc.translationId}, ${doc.articleId}, ${key}, ${doc.title.join(" ")}, ${doc.facets.join(" ")})`,
        ),
      )}`.execute(db);
    }
  },

  async removeOrphans(db) {
    const orphans = await sql<{ translationId: number; key: string }>`
      SELECT r.translation_id AS "translationId", CAST(r.fts_rowid AS TEXT) AS key
      FROM search_rows AS r
      LEFT JOIN article_translations AS t ON t.id = r.translation_id AND t.state = ${"published"}
      WHERE t.id IS NULL`.execute(db);
    for (const orphan of orphans.rows) {
      await sql`DELETE FROM search_fts WHERE rowid = ${BigInt(orphan.key)}`.execute(db);
      await sql`DELETE FROM search_rows WHERE translation_id = ${orphan.translationId}`.execute(db);
    }
    return orphans.rows.length;
  },

  async clear(db) {
    await sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`.execute(db);
    await sql`DELETE FROM search_rows`.execute(db);
  },

  async optimize(db) {
    // Merges the index into one b-tree: common words then cost one doclist walk, not one per segment.
    await sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`.execute(db);
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
    titleTokens: splitTokens(row.titleTokens),
    facets: splitTokens(row.facets),
  };
}

function splitTokens(text: string): string[] {
  return text === "" ? [] : text.split(" ");
}

/**
 * The rowids to use for new documents: each wanted key, or the nearest free one below it in the rare case that
 * another translation published in the same second has the same id modulo 2^22.
 */
async function freeKeys(db: Kysely<Database>, wanted: bigint[]): Promise<bigint[]> {
  const taken = await takenKeys(db, wanted);
  const result: bigint[] = [];
  for (let key of wanted) {
    while (taken.has(key)) {
      key -= 1n;
      if ((await takenKeys(db, [key])).size > 0) taken.add(key);
    }
    taken.add(key);
    result.push(key);
  }
  return result;
}

async function takenKeys(db: Kysely<Database>, keys: bigint[]): Promise<Set<bigint>> {
  const taken = new Set<bigint>();
  for (let i = 0; i < keys.length; i += INSERT_CHUNK * 4) {
    const chunk = keys.slice(i, i + INSERT_CHUNK * 4);
    const result = await sql<{ key: string }>`
      SELECT CAST(fts_rowid AS TEXT) AS key FROM search_rows WHERE fts_rowid IN (${sql.join(chunk)})`.execute(
      db,
    );
    for (const { key } of result.rows) taken.add(BigInt(key));
  }
  return taken;
}
