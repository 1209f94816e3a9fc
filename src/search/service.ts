import { parseQuery } from "../domain/search/queryParser.js";
import { alternativeQueries } from "../domain/search/suggestions.js";
import type { Store } from "../store/database.js";
import { indexFor } from "./backend.js";
import { rebuildSearchIndex } from "./rebuild.js";
import { findRelated } from "./related.js";
import { countMatches, runSearch } from "./search.js";
import type { SearchService } from "./types.js";

/** A query finding fewer results than this may get a "Did you mean" suggestion. */
const FEW_RESULTS = 3;
/** Counting for suggestions stops here: enough to compare two readings of a query. */
const SUGGESTION_COUNT_CAP = 100;

/** The search service for a store (SQLite FTS5 or PostgreSQL full-text search). */
export function searchService(store: Store): SearchService {
  const { db } = store;
  const index = indexFor(store.dialect);
  return {
    search: (request) => runSearch(db, index, request),

    async suggest(rawQuery, filters) {
      const raw = typeof rawQuery === "string" ? rawQuery : "";
      const found = await countMatches(db, index, parseQuery(raw), filters, SUGGESTION_COUNT_CAP);
      if (found >= FEW_RESULTS) return undefined;
      let best: { query: string; found: number } | undefined;
      for (const candidate of alternativeQueries(raw)) {
        const count = await countMatches(db, index, parseQuery(candidate), filters, SUGGESTION_COUNT_CAP);
        if (count > found && count > (best?.found ?? 0)) best = { query: candidate, found: count };
      }
      return best?.query;
    },

    related: (translationId, limit) => findRelated(db, index, translationId, limit),

    rebuild: (onProgress) => rebuildSearchIndex(db, onProgress),
  };
}
