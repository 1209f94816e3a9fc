import type { Kysely } from "kysely";
import type { ParsedQuery, QueryClause } from "../domain/search/types.js";
import type { Database } from "../store/schema.js";
import type { SearchIndex, SearchWindow, WindowRow } from "./backend.js";
import { boundsOf, clampInt } from "./bounds.js";
import { loadHits } from "./hits.js";
import { clauseExpr, searchExpr, type MatchExpr } from "./matchExpr.js";
import { rankByRelevance } from "./ranking.js";
import type { SearchFilters, SearchPage, SearchRequest } from "./types.js";

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
  const bounds = boundsOf(request.filters);
  const found = await index.window(db, expr, bounds, RESULT_CAP + 1, "without");
  const window: SearchWindow = { expr, rows: found.slice(0, RESULT_CAP) };
  const ordered =
    ranked && window.rows.length > 1 ? await byRelevance(db, index, window, include) : window.rows;
  const page = ordered.slice(offset, offset + limit);
  const hits = await loadHits(
    db,
    page.map((row) => row.translationId),
    highlightTerms(request.query),
  );
  return { hits, total: window.rows.length, totalCapped: found.length > RESULT_CAP };
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
  return expr ? (await index.window(db, expr, boundsOf(filters), cap, "without")).length : 0;
}

/** Ranks the window by where each clause occurs; the index answers for the window's documents only. */
async function byRelevance(
  db: Kysely<Database>,
  index: SearchIndex,
  window: SearchWindow,
  clauses: readonly QueryClause[],
): Promise<WindowRow[]> {
  const inColumn = (column: "title" | "lead") =>
    clauses
      .map((clause) => clauseExpr(clause, column))
      .filter((expr): expr is MatchExpr => expr !== undefined);
  const [title, lead] = [inColumn("title"), inColumn("lead")];
  if (title.length !== clauses.length || lead.length !== clauses.length) return window.rows.slice();
  const sets = await index.matchingInWindow(db, window, [...title, ...lead]);
  return rankByRelevance(window.rows, sets.slice(0, clauses.length), sets.slice(clauses.length));
}

/** The analyzer's terms of the words to mark in titles and passages. */
function highlightTerms(query: ParsedQuery): Set<string> {
  return new Set(query.include.flatMap((clause) => clause.terms));
}
