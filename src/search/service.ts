import type { Store } from "../store/database.js";
import type { SearchService } from "./types.js";

/** The search service for a store (SQLite FTS5 or PostgreSQL full-text search). */
export function searchService(_store: Store): SearchService {
  throw new Error("search is not built yet");
}
