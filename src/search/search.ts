import type { Kysely } from "kysely";
import type { ParsedQuery, QueryClause } from "../domain/search/types.js";
import type { Database } from "../store/schema.js";
import type { SearchIndex, SearchWindow } from "./backend.js";
import { boundsOf, clampInt } from "./bounds.js";
import { loadHits } from "./hits.js";
import { clauseExpr, searchExpr, type MatchExpr } from "./matchExpr.js";
import { rankByRelevance } from "./ranking.js";
import type { SearchFilters, SearchHit, SearchPage, SearchRequest } from "./types.js";

/**
 * How many matches a search looks at: the newest RESULT_CAP. Relevance ranks within them, paging stops at them,
 * and `total` counts up to them (`totalCapped` says there are more: "more than 1000 results"). This keeps every
 * query, even one for the commonest word, to one short index walk; a reader narrows a vague query rather than
 * paging past the thousandth result.
 */
export const RESULT_CAP = 1000;
const DEFAULT_LIMIT = 10;

export async function runSearch(
  db: Kysely<Database>,
  index: SearchIndex,
  request: SearchRequest,
): Promise<SearchPage> {
  const limit = clampInt(request.limit, 0, RESULT_CAP, DEFAULT_LIMIT);
  const offset = clampInt(request.offset, 0, RESULT_CAP, 0);
  const expr = searchExpr(request.query, request.filters);
  if (!expr) return { hits: [], total: 0, totalCapped: false };
  const include = request.query.include;
  const ranked = request.order === "relevance" && include.length > 0;
  const found = await index.matches(db, expr, boundsOf(request.filters), RESULT_CAP + 1);
  const window: SearchWindow = { expr, refs: found.slice(0, RESULT_CAP) };
  const ordered =
    ranked && window.refs.length > 1 ? await byRelevance(db, index, window, include) : window.refs;
  const hits = await pageOfHits(db, index, ordered, offset, limit, highlightTerms(request.query));
  return { hits, total: window.refs.length, totalCapped: found.length > RESULT_CAP };
}

/**
 * The hits from `offset` on, up to `limit`. Only these rows are read, and `loadHits` drops any translation that
 * is no longer published; should the index lag behind a row, the page is filled from the documents after it.
 */
async function pageOfHits(
  db: Kysely<Database>,
  index: SearchIndex,
  ordered: readonly string[],
  offset: number,
  limit: number,
  terms: ReadonlySet<string>,
): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  let next = offset;
  while (hits.length < limit && next < ordered.length) {
    const refs = ordered.slice(next, next + limit - hits.length);
    next += refs.length;
    const ids = await index.translationsOf(db, refs);
    const wanted = refs.flatMap((ref) => ids.get(ref) ?? []);
    hits.push(...(await loadHits(db, wanted, terms)));
  }
  return hits;
}

/** How many documents a query finds, up to `cap`; an empty query finds nothing here. */
export async function countMatches(
  db: Kysely<Database>,
  index: SearchIndex,
  query: ParsedQuery,
  filters: SearchFilters,
  cap: number,
): Promise<number> {
  const expr = query.include.length > 0 ? searchExpr(query, filters) : undefined;
  return expr ? (await index.matches(db, expr, boundsOf(filters), cap)).length : 0;
}

/** Ranks the window by where each clause occurs; the index answers for the window's documents only. */
async function byRelevance(
  db: Kysely<Database>,
  index: SearchIndex,
  window: SearchWindow,
  clauses: readonly QueryClause[],
): Promise<string[]> {
  const inColumn = (column: "title" | "lead") =>
    clauses
      .map((clause) => clauseExpr(clause, column))
      .filter((expr): expr is MatchExpr => expr !== undefined);
  const [title, lead] = [inColumn("title"), inColumn("lead")];
  if (title.length !== clauses.length || lead.length !== clauses.length) return window.refs.slice();
  const sets = await index.matchingInWindow(db, window, [...title, ...lead]);
  return rankByRelevance(window.refs, sets.slice(0, clauses.length), sets.slice(clauses.length));
}

/** The analyzer's terms of the words to mark in titles and passages. */
function highlightTerms(query: ParsedQuery): Set<string> {
  return new Set(query.include.flatMap((clause) => clause.terms));
}
