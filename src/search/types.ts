import type { Kysely } from "kysely";
import type { ParsedQuery, TextSegment } from "../domain/search/types.js";
import type { Database } from "../store/schema.js";

/** What narrows a search or a listing. Only published, non-embargoed translations are ever returned. */
export interface SearchFilters {
  lang: string;
  /** A section's whole subtree, as ids (the caller expands the tree). */
  sectionIds?: readonly number[] | undefined;
  /** An article kind, e.g. "news", "statement". */
  kind?: string | undefined;
  /** ISO instants: publishedAt >= from and publishedAt < to. */
  from?: string | undefined;
  to?: string | undefined;
  /** Items that name the person (name or alias in the text), are tagged with them, or are signed by them. */
  personId?: number | undefined;
}

export type SearchOrder = "relevance" | "date";

export interface SearchRequest {
  /** An empty query (no include clauses) lists the filtered items newest first. */
  query: ParsedQuery;
  filters: SearchFilters;
  order: SearchOrder;
  limit: number;
  offset: number;
}

export interface SearchHit {
  translationId: number;
  articleId: number;
  sectionId: number;
  lang: string;
  slug: string;
  title: string;
  lead: string;
  kind: string;
  publishedAt: string;
  /** The title with the matched words marked. */
  titleSegments: TextSegment[];
  /** A short passage of the lead or body around the matches, with the matched words marked. */
  snippet: TextSegment[];
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  /** True when `total` stops at the ranking cap: "more than N results". */
  totalCapped: boolean;
}

/** Search over the public record. One interface, a SQLite FTS5 and a PostgreSQL tsvector implementation. */
export interface SearchService {
  search(request: SearchRequest): Promise<SearchPage>;
  /** "Did you mean": the wrong-keyboard-layout or transliterated form of the query, when it finds more. */
  suggest(rawQuery: string, filters: SearchFilters): Promise<string | undefined>;
  /** Other published items of the same language sharing people, section and terms with this translation. */
  related(translationId: number, limit: number): Promise<SearchHit[]>;
  /** Drops and rebuilds every document; reports progress as items are done. Returns the number indexed. */
  rebuild(onProgress?: (done: number, total: number) => void): Promise<number>;
}

/**
 * Brings one article's search documents in line with its translations, inside the caller's transaction: every
 * command that publishes, unpublishes, edits, moves or deletes an article calls it before it commits.
 */
export type SyncArticle = (db: Kysely<Database>, articleId: number) => Promise<void>;
