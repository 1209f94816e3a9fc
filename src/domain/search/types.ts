/**
 * The vocabulary shared by the analyzer (pure, in this folder) and the index backends (src/search/). Both
 * databases index the analyzer's output, so SQLite and PostgreSQL find and highlight exactly the same words.
 */

/** One word of analysed text: its index term (normalised and stemmed) and where it sits in the source. */
export interface Token {
  term: string;
  /** UTF-16 offsets of the original word in the analysed string. */
  start: number;
  end: number;
  /** 0-based word position, for phrases. */
  position: number;
}

/** A required or excluded part of a query: one word, or a phrase whose terms must follow each other. */
export interface QueryClause {
  terms: string[];
  phrase: boolean;
  /** The words as the reader typed them, for messages. */
  source: string;
}

/** Why a query was understood differently from how it was typed; the search page explains each one. */
export type QueryNotice =
  "empty" | "unbalanced_quote" | "only_exclusions" | "truncated" | "too_many_terms" | "no_searchable_words";

export interface ParsedQuery {
  include: QueryClause[];
  exclude: QueryClause[];
  notices: QueryNotice[];
  /** The query as understood, for the search box and for "Did you mean". */
  normalized: string;
}

/** A run of snippet text; `match` marks the words that matched the query. */
export interface TextSegment {
  text: string;
  match: boolean;
}
