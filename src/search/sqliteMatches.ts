import { sql, type Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import type { DateBounds, SearchWindow } from "./backend.js";
import type { MatchExpr } from "./matchExpr.js";
import { ID_SPACE, secondsOf } from "./tokens.js";

/**
 * The query side of the SQLite index that runs on every search: finding the window, naming its documents and
 * telling which of them have a clause in a column. Everything here reads the FTS5 doclists only, except for the
 * rare row read to settle a date bound that falls inside a second.
 */

const MIN_KEY = -(2n ** 63n);
const MAX_KEY = 2n ** 63n - 1n;
/**
 * How many matches of one part of a query are counted, at most, to find the part with the fewest documents
 * within the window's key range; a part with more than this is not used to narrow the others.
 */
const PROBE_LIMIT = 4000;

/** An FTS5 query string. Tokens hold only letters, digits, marks and "_"; quotes are doubled all the same. */
export function fts5Query(expr: MatchExpr): string {
  switch (expr.kind) {
    case "phrase": {
      const phrase = `"${expr.tokens.join(" ").replaceAll('"', '""')}"`;
      return expr.column ? `{${expr.column}} : ${phrase}` : phrase;
    }
    case "and":
      return expr.parts.map((part) => `(${fts5Query(part)})`).join(" AND ");
    case "or":
      return expr.parts.map((part) => `(${fts5Query(part)})`).join(" OR ");
    case "not":
      return [expr.base, ...expr.minus].map((part) => `(${fts5Query(part)})`).join(" NOT ");
  }
}

/**
 * The key range of the bounds, as [lo, hi). A bound on a whole second is exact, since a key holds the whole
 * seconds of its instant; a bound inside a second leaves that second's keys to be checked on the rows.
 */
interface KeyRange {
  lo: bigint;
  hi: bigint;
  /** Keys in these ranges [from, to) need their row's published_at compared with the bounds. */
  unsure: [bigint, bigint][];
}

function keyRange(bounds: DateBounds): KeyRange {
  const range: KeyRange = { lo: MIN_KEY, hi: MAX_KEY, unsure: [] };
  const from = instantParts(bounds.from);
  if (from) {
    range.lo = from.seconds * ID_SPACE;
    if (!from.whole) range.unsure.push([range.lo, range.lo + ID_SPACE]);
  }
  const to = instantParts(bounds.to);
  if (to) {
    range.hi = (to.whole ? to.seconds : to.seconds + 1n) * ID_SPACE;
    if (!to.whole) range.unsure.push([to.seconds * ID_SPACE, range.hi]);
  }
  return range;
}

function instantParts(instant: string | undefined): { seconds: bigint; whole: boolean } | undefined {
  if (instant === undefined) return undefined;
  const ms = Date.parse(instant);
  return { seconds: secondsOf(instant), whole: Number.isFinite(ms) && ms % 1000 === 0 };
}

/** Newest first, at most `cap`, within the bounds exactly. */
export async function sqliteMatches(
  db: Kysely<Database>,
  expr: MatchExpr,
  bounds: DateBounds,
  cap: number,
): Promise<string[]> {
  const range = keyRange(bounds);
  let limit = cap;
  for (;;) {
    const result = await sql<{ ref: string }>`
      SELECT CAST(rowid AS TEXT) AS ref FROM search_fts
      WHERE search_fts MATCH ${fts5Query(expr)} AND rowid >= ${range.lo} AND rowid < ${range.hi}
      ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
    const refs = result.rows.map((row) => row.ref);
    const outside = await outsideBounds(db, refs, range, bounds);
    const kept = outside.size === 0 ? refs : refs.filter((ref) => !outside.has(ref));
    // Rows dropped at a bound leave room for older matches: ask again for as many more.
    if (kept.length >= cap || refs.length < limit) return kept.slice(0, cap);
    limit += cap - kept.length;
  }
}

/** The refs, among those in a bound's second, whose translation was published outside the bounds. */
async function outsideBounds(
  db: Kysely<Database>,
  refs: readonly string[],
  range: KeyRange,
  bounds: DateBounds,
): Promise<Set<string>> {
  const unsure = refs.filter((ref) => {
    const key = BigInt(ref);
    return range.unsure.some(([from, to]) => key >= from && key < to);
  });
  if (unsure.length === 0) return new Set();
  const rows = await sql<{ ref: string; publishedAt: string }>`
    SELECT CAST(r.fts_rowid AS TEXT) AS ref, t.published_at AS "publishedAt"
    FROM search_rows AS r CROSS JOIN article_translations AS t ON t.id = r.translation_id
    WHERE r.fts_rowid IN (${sql.join(unsure.map((ref) => BigInt(ref)))})`.execute(db);
  const published = new Map(rows.rows.map((row) => [row.ref, row.publishedAt]));
  return new Set(
    unsure.filter((ref) => {
      const at = published.get(ref);
      if (at === undefined) return true;
      return (bounds.from !== undefined && at < bounds.from) || (bounds.to !== undefined && at >= bounds.to);
    }),
  );
}

export async function sqliteTranslationsOf(
  db: Kysely<Database>,
  refs: readonly string[],
): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map();
  const result = await sql<{ ref: string; translationId: number }>`
    SELECT CAST(fts_rowid AS TEXT) AS ref, translation_id AS "translationId" FROM search_rows
    WHERE fts_rowid IN (${sql.join(refs.map((ref) => BigInt(ref)))})`.execute(db);
  return new Map(result.rows.map((row) => [row.ref, Number(row.translationId)]));
}

/**
 * For each expression, the window's refs that also match it. Each expression is matched within the window's key
 * range together with a part of the window's own query that every window document has (so the result, cut to
 * the window in JavaScript, is exact): the part with the fewest documents in that range. For a rare word among
 * common ones and facets that is the rare word alone, which spares intersecting million-entry doclists once per
 * expression; when every part is common the range is short and the whole query narrows best.
 */
export async function sqliteMatchingInWindow(
  db: Kysely<Database>,
  window: SearchWindow,
  exprs: MatchExpr[],
): Promise<Set<string>[]> {
  const newest = window.refs[0];
  const oldest = window.refs[window.refs.length - 1];
  if (newest === undefined || oldest === undefined) return exprs.map(() => new Set());
  const [lo, hi] = [BigInt(oldest), BigInt(newest)];
  const inWindow = new Set(window.refs);
  const anchor = (await sparsestPart(db, window.expr, lo, hi)) ?? window.expr;
  const sets: Set<string>[] = [];
  for (const expr of exprs) {
    const result = await sql<{ ref: string }>`
      SELECT CAST(rowid AS TEXT) AS ref FROM search_fts
      WHERE search_fts MATCH ${`(${fts5Query(expr)}) AND (${fts5Query(anchor)})`}
        AND rowid >= ${lo} AND rowid <= ${hi}`.execute(db);
    sets.push(new Set(result.rows.map((row) => row.ref).filter((ref) => inWindow.has(ref))));
  }
  return sets;
}

/** The part of an expression every match has, with the fewest documents in [lo, hi]; undefined if all are common. */
async function sparsestPart(
  db: Kysely<Database>,
  expr: MatchExpr,
  lo: bigint,
  hi: bigint,
): Promise<MatchExpr | undefined> {
  let best: { part: MatchExpr; count: number } | undefined;
  for (const part of requiredParts(expr)) {
    const result = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (
        SELECT rowid FROM search_fts
        WHERE search_fts MATCH ${fts5Query(part)} AND rowid >= ${lo} AND rowid <= ${hi} LIMIT ${PROBE_LIMIT}
      )`.execute(db);
    const count = Number(result.rows[0]?.n ?? PROBE_LIMIT);
    if (count < PROBE_LIMIT && (best === undefined || count < best.count)) best = { part, count };
  }
  return best?.part;
}

/**
 * The parts of an expression's words that every document matching it also matches. Facets are left out: even a
 * person's few thousand documents in a wide range cost more to intersect with a common word than the whole query.
 */
function requiredParts(expr: MatchExpr): MatchExpr[] {
  if (expr.kind === "and") return expr.parts.flatMap(requiredParts);
  if (expr.kind === "not") return requiredParts(expr.base);
  return isFacet(expr) ? [] : [expr];
}

/** Facet tokens, and only they, contain "_" (see tokens.ts). */
function isFacet(expr: MatchExpr): boolean {
  if (expr.kind === "phrase") return expr.tokens.some((token) => token.includes("_"));
  if (expr.kind === "not") return isFacet(expr.base);
  return expr.parts.every(isFacet);
}
