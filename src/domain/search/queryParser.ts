/**
 * Reads what a reader typed into the search box: plain words (all required), "exact phrases" (also «ёлочки» and
 * “curly” quotes) and exclusions (-word, -"a phrase"). It never fails: anything odd becomes a notice the search
 * page explains, and the query is searched as it was understood.
 */
import { analyze } from "./analyzer.js";
import {
  CLOSING_QUOTES,
  MAX_QUERY_CHARS,
  MINUS_SIGNS,
  STRAY_CLOSING_QUOTES,
  isQuoteCharacter,
  isWhitespace,
  prepareQueryText,
} from "./queryText.js";
import type { ParsedQuery, QueryClause, QueryNotice, Token } from "./types.js";

export { MAX_QUERY_CHARS };

/** More terms make slow queries and are never needed to find a press release. */
export const MAX_QUERY_TERMS = 16;

interface PrintedClause {
  clause: QueryClause;
  excluded: boolean;
  /** The clause as it goes back into the search box. */
  printed: string;
}

/**
 * The typed words behind the tokens. One typed character can end one token and start the next ("a½b" gives
 * "a1" and "2b"); such overlapping tokens come from one typed word, echoed once.
 */
function typedWords(text: string, tokens: readonly Token[]): string[] {
  const words: string[] = [];
  let wordStart = -1;
  let wordEnd = -1;
  for (const token of tokens) {
    if (token.start < wordEnd) {
      wordEnd = Math.max(wordEnd, token.end);
      continue;
    }
    if (wordStart >= 0) words.push(text.slice(wordStart, wordEnd));
    wordStart = token.start;
    wordEnd = token.end;
  }
  if (wordStart >= 0) words.push(text.slice(wordStart, wordEnd));
  return words.map(echoable);
}

/**
 * A combining mark typed right after a space, a quote or a minus makes that character part of its word; echoed
 * as it is, it would open a phrase or turn the word into an exclusion.
 */
function echoable(typed: string): string {
  return [...typed]
    .filter((char) => !isQuoteCharacter(char))
    .join("")
    .trimStart()
    .replace(/^[-\u2212]+/u, "");
}

/** Collects clauses in typed order, merging duplicates and keeping to the term budget. */
class ClauseCollector {
  readonly clauses: PrintedClause[] = [];
  readonly notices = new Set<QueryNotice>();
  /** A minus or a quote that produced no clause: "-", `""`, "- -". */
  sawBareOperator = false;
  private readonly seen = new Set<string>();
  private termCount = 0;

  add(text: string, excluded: boolean, quoted: boolean): void {
    const tokens = analyze(text);
    if (tokens.length === 0) {
      if (excluded || quoted) this.sawBareOperator = true;
      return;
    }
    // A repeated clause is merged before the budget is checked: it costs nothing and is never "too many".
    if (this.seen.has(clauseKey(tokens, excluded))) return;
    const budget = MAX_QUERY_TERMS - this.termCount;
    if (tokens.length > budget) {
      this.notices.add("too_many_terms");
      if (budget <= 0) return;
      // A long phrase keeps its first words: still a phrase the reader meant, just a looser one.
      this.addTokens(text, tokens.slice(0, budget), excluded, quoted);
    } else {
      this.addTokens(text, tokens, excluded, quoted);
    }
  }

  private addTokens(text: string, tokens: readonly Token[], excluded: boolean, quoted: boolean): void {
    const key = clauseKey(tokens, excluded);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (this.seen.has(key) || first === undefined || last === undefined) return;
    this.seen.add(key);
    this.termCount += tokens.length;
    const terms = tokens.map((token) => token.term);
    const phrase = terms.length > 1;
    let source: string;
    let printed: string;
    if (quoted) {
      // Inside quotes only the words count; punctuation between them is not searched, so it is not echoed.
      source = typedWords(text, tokens).join(" ");
      printed = phrase ? `"${source}"` : source;
    } else {
      // A bare word with inner punctuation ("Санкт-Петербург") is a phrase of its parts and is echoed as typed.
      source = echoable(text.slice(first.start, last.end));
      printed = source;
    }
    this.clauses.push({
      clause: { terms, phrase, source },
      excluded,
      printed: excluded ? `-${printed}` : printed,
    });
  }
}

/** Two clauses with the same key search for the same thing. A one-word phrase is the plain word. */
function clauseKey(tokens: readonly Token[], excluded: boolean): string {
  return `${excluded ? "-" : "+"}${tokens.map((token) => token.term).join(" ")}`;
}

/** Where the phrase opened at `openAt` closes, or -1 when it never does. */
function closingQuoteIndex(text: string, openAt: number, lastCloserAt: ReadonlyMap<string, number>): number {
  const closers = CLOSING_QUOTES.get(text.charAt(openAt)) ?? "";
  let lastPossible = -1;
  for (const closer of closers) lastPossible = Math.max(lastPossible, lastCloserAt.get(closer) ?? -1);
  // Without this check every unbalanced quote would rescan the rest of the text: quadratic on quote-only input.
  if (lastPossible <= openAt) return -1;
  for (let index = openAt + 1; index <= lastPossible; index += 1) {
    if (closers.includes(text.charAt(index))) return index;
  }
  return -1;
}

function lastOccurrences(text: string): Map<string, number> {
  const positions = new Map<string, number>();
  for (const closers of CLOSING_QUOTES.values()) {
    for (const closer of closers) positions.set(closer, text.lastIndexOf(closer));
  }
  return positions;
}

function readClauses(text: string, collector: ClauseCollector): void {
  const lastCloserAt = lastOccurrences(text);
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (isWhitespace(text.charAt(index))) {
      index += 1;
      continue;
    }
    let excluded = false;
    while (index < length && MINUS_SIGNS.includes(text.charAt(index))) {
      excluded = true;
      index += 1;
    }
    const char = text.charAt(index);
    if (index >= length || isWhitespace(char)) {
      collector.sawBareOperator = true;
      continue;
    }
    if (CLOSING_QUOTES.has(char)) {
      const closeAt = closingQuoteIndex(text, index, lastCloserAt);
      if (closeAt < 0) {
        // The lone quote (and a minus before it) is dropped; what follows is read as ordinary words.
        collector.notices.add("unbalanced_quote");
        collector.sawBareOperator = true;
        index += 1;
        continue;
      }
      collector.add(text.slice(index + 1, closeAt), excluded, true);
      index = closeAt + 1;
      continue;
    }
    if (STRAY_CLOSING_QUOTES.includes(char)) {
      if (excluded) collector.sawBareOperator = true;
      index += 1;
      continue;
    }
    let end = index;
    while (end < length && !isWhitespace(text.charAt(end)) && !isQuoteCharacter(text.charAt(end))) end += 1;
    collector.add(text.slice(index, end), excluded, false);
    index = end;
  }
}

/** Understands a typed query. Never throws; see QueryNotice for everything it may report. */
export function parseQuery(raw: string): ParsedQuery {
  const { text, truncated } = prepareQueryText(typeof raw === "string" ? raw : "");
  const collector = new ClauseCollector();
  if (truncated) collector.notices.add("truncated");
  readClauses(text, collector);

  const include = collector.clauses.filter((entry) => !entry.excluded).map((entry) => entry.clause);
  const exclude = collector.clauses.filter((entry) => entry.excluded).map((entry) => entry.clause);
  if (include.length === 0) {
    if (exclude.length > 0 || collector.sawBareOperator) collector.notices.add("only_exclusions");
    else if (text === "") collector.notices.add("empty");
    else collector.notices.add("no_searchable_words");
  }
  return {
    include,
    exclude,
    notices: [...collector.notices],
    normalized: collector.clauses.map((entry) => entry.printed).join(" "),
  };
}
