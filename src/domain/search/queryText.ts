/**
 * The query syntax's characters and the clean-up every typed query gets before it is read: by the parser and by
 * the "Did you mean" rewrites, which must see the same text.
 */

/** A query longer than this is cut at a word boundary: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_CHARS = 500;

/** Each opening quote and the characters that may close it (typing tools pair straight and curly quotes freely). */
export const CLOSING_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"”“'],
  ["«", "»"],
  ["“", '”“"'],
  ["„", '“”"'],
]);

/** Closing quotes met outside a phrase separate words and mean nothing else. */
export const STRAY_CLOSING_QUOTES = "»”";

/** A leading minus excludes; the typographic minus sign counts too. */
export const MINUS_SIGNS = "-\u2212";

/** Control characters (null bytes, tabs, new lines) separate words; bidirectional overrides could garble the echo. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
const WHITESPACE = /\s/u;

export function isWhitespace(char: string): boolean {
  return WHITESPACE.test(char);
}

export function isQuoteCharacter(char: string): boolean {
  return CLOSING_QUOTES.has(char) || STRAY_CLOSING_QUOTES.includes(char);
}

export interface PreparedQuery {
  text: string;
  truncated: boolean;
}

/** Cuts before `limit`, at the last white space that fits, else (one huge word) right at the limit. */
function cutAtWordBoundary(text: string, limit: number): string {
  for (let index = limit; index > 0; index -= 1) {
    if (isWhitespace(text.charAt(index))) return text.slice(0, index).trimEnd();
  }
  const lastCode = text.charCodeAt(limit - 1);
  // Never leave half of a surrogate pair behind.
  return text.slice(0, lastCode >= 0xd800 && lastCode <= 0xdbff ? limit - 1 : limit);
}

/** The typed query with control characters made blanks, trimmed, and cut to MAX_QUERY_CHARS. Linear time. */
export function prepareQueryText(raw: string): PreparedQuery {
  const text = raw.replace(CONTROL_CHARACTERS, " ").replace(BIDI_CONTROLS, "").trim();
  if (text.length <= MAX_QUERY_CHARS) return { text, truncated: false };
  return { text: cutAtWordBoundary(text, MAX_QUERY_CHARS), truncated: true };
}
