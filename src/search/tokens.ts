import { termsOf } from "../domain/search/analyzer.js";

/**
 * What both indexes store: the analyzer's terms, cut into tokens that SQLite's unicode61 tokenizer and a
 * PostgreSQL tsvector lexeme treat alike (letters, digits and combining marks only). The analyzer decides the
 * words; this only guarantees that neither database splits or merges them differently.
 */

/** Facet tokens contain "_", which no text token can, so a facet never matches a word of the text. */
export type FacetPrefix = "l" | "s" | "k" | "p";

/** PostgreSQL keeps word positions up to 16383; both indexes stop there so that phrases match alike. */
export const MAX_POSITIONS = 16_383;

/** Longer tokens are cut (PostgreSQL refuses lexemes over 2 KB); queries are cut the same way. */
const MAX_TOKEN_CHARS = 100;

const NOT_TOKEN = /[^\p{L}\p{N}\p{M}]+/u;

/** The index tokens of one analyzer term: usually the term itself. */
export function tokensOfTerm(term: string): string[] {
  return term
    .toLowerCase()
    .split(NOT_TOKEN)
    .filter((part) => part !== "")
    .map((part) => part.slice(0, MAX_TOKEN_CHARS));
}

/** The index tokens of a text, in reading order. */
export function textTokens(text: string): string[] {
  return termsOf(text).flatMap(tokensOfTerm);
}

export function facetToken(prefix: FacetPrefix, value: string | number): string {
  return `${prefix}_${String(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")}`;
}

/**
 * The key that orders documents newest first in both indexes, and is the FTS5 rowid on SQLite: whole seconds
 * of the publication instant times 2^22, plus the translation id modulo 2^22 (to tell apart items of the same
 * second). "Newest first" is then a descending walk of the key, and a date range a key range.
 */
export const ID_SPACE = 4_194_304n;

export function rankKey(publishedAt: string, translationId: number): bigint {
  return secondsOf(publishedAt) * ID_SPACE + BigInt(translationId % Number(ID_SPACE));
}

/** The smallest key an item published at or after `instant` can have. */
export function keyFloor(instant: string): bigint {
  return secondsOf(instant) * ID_SPACE;
}

/** A key above every item published before `instant` (the exact bound is checked on the row). */
export function keyCeiling(instant: string): bigint {
  return (secondsOf(instant) + 1n) * ID_SPACE;
}

export function secondsOf(instant: string): bigint {
  const ms = Date.parse(instant);
  return Number.isFinite(ms) ? BigInt(Math.floor(ms / 1000)) : 0n;
}
