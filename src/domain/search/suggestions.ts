/**
 * "Did you mean": rewrites of a query that may find what the reader was after: text typed with the wrong
 * keyboard layout switched on, and Russian typed in Latin letters. The search service tries them against the
 * index; this module only proposes them, likeliest first.
 */
import {
  cyrillicKeysToLatin,
  latinKeysToCyrillic,
  typedOnCyrillicKeys,
  typedOnLatinKeys,
} from "./keyboardLayout.js";
import { plausibility } from "./plausibility.js";
import { parseQuery } from "./queryParser.js";
import { MINUS_SIGNS, isQuoteCharacter, isWhitespace, prepareQueryText } from "./queryText.js";
import { latinToCyrillicVariants } from "./transliteration.js";
import type { ParsedQuery } from "./types.js";

const MAX_ALTERNATIVES = 6;
/** A secondary transliteration must look clearly better than the main one to be offered before it. */
const VARIANT_PENALTY = 0.3;

/** The readings of one word under a rewrite; empty when the word's script does not fit the rewrite. */
type WordRewrite = (word: string) => readonly string[];

interface QueryPart {
  text: string;
  isWord: boolean;
}

interface Draft {
  query: string;
  penalty: number;
}

/**
 * The query cut into words and syntax (white space, quotes, a minus starting a word), so that a rewrite changes
 * words only and phrases and exclusions survive it. On QWERTY the `"` key is the Russian Э; when the query's
 * quotes do not pair up, `quoteIsLetter` keeps it inside the word.
 */
function splitQuery(text: string, quoteIsLetter: boolean): QueryPart[] {
  const parts: QueryPart[] = [];
  let word = "";
  let atWordStart = true;
  const pushSyntax = (char: string): void => {
    if (word !== "") parts.push({ text: word, isWord: true });
    word = "";
    parts.push({ text: char, isWord: false });
  };
  for (const char of text) {
    const isSyntax =
      isWhitespace(char) ||
      (isQuoteCharacter(char) && !(quoteIsLetter && char === '"')) ||
      (atWordStart && word === "" && MINUS_SIGNS.includes(char));
    if (isSyntax) {
      pushSyntax(char);
      atWordStart = isWhitespace(char) || isQuoteCharacter(char) || atWordStart;
    } else {
      word += char;
      atWordStart = false;
    }
  }
  if (word !== "") parts.push({ text: word, isWord: true });
  return parts;
}

/** The main rewrite of the whole query, then each ambiguous word read its other ways, one word at a time. */
function rewriteQuery(parts: readonly QueryPart[], rewrite: WordRewrite): Draft[] {
  const readings = parts.map((part) => (part.isWord ? rewrite(part.text) : []));
  if (readings.every((options) => options.length === 0)) return [];
  const spell = (pick: (index: number) => string | undefined): string =>
    parts.map((part, index) => pick(index) ?? part.text).join("");
  const drafts: Draft[] = [{ query: spell((index) => readings[index]?.[0]), penalty: 0 }];
  readings.forEach((options, changedIndex) => {
    for (const alternative of options.slice(1)) {
      if (drafts.length >= MAX_ALTERNATIVES) return;
      const query = spell((index) => (index === changedIndex ? alternative : readings[index]?.[0]));
      drafts.push({ query, penalty: VARIANT_PENALTY });
    }
  });
  return drafts;
}

/** What a parsed query searches for; two queries with the same key find the same items. */
function searchKey(query: ParsedQuery): string {
  const clauseKey = (sign: string) => (clause: ParsedQuery["include"][number]) =>
    `${sign}${clause.phrase ? '"' : ""}${clause.terms.join(" ")}`;
  return [...query.include.map(clauseKey("+")), ...query.exclude.map(clauseKey("-"))].sort().join("|");
}

/**
 * Rewrites of `raw` worth offering as "Did you mean", likeliest first: at most six, each searching for something
 * other than `raw` does, none repeated, quotes and exclusions kept.
 */
export function alternativeQueries(raw: string): string[] {
  const original = parseQuery(raw);
  const { text } = prepareQueryText(typeof raw === "string" ? raw : "");
  if (text === "") return [];
  const latinKeyParts = splitQuery(text, original.notices.includes("unbalanced_quote"));
  const parts = splitQuery(text, false);

  const drafts = [
    ...rewriteQuery(latinKeyParts, (word) => (typedOnLatinKeys(word) ? [latinKeysToCyrillic(word)] : [])),
    ...rewriteQuery(parts, (word) => (typedOnCyrillicKeys(word) ? [cyrillicKeysToLatin(word)] : [])),
    ...rewriteQuery(parts, latinToCyrillicVariants),
  ];

  const seen = new Set([searchKey(original)]);
  const ranked: { query: string; score: number }[] = [];
  for (const draft of drafts) {
    const parsed = parseQuery(draft.query);
    if (parsed.include.length === 0) continue;
    const key = searchKey(parsed);
    if (seen.has(key)) continue;
    seen.add(key);
    ranked.push({ query: parsed.normalized, score: plausibility(parsed.normalized) - draft.penalty });
  }
  // Array.prototype.sort is stable: equally plausible rewrites keep the order they were made in.
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, MAX_ALTERNATIVES).map((entry) => entry.query);
}
