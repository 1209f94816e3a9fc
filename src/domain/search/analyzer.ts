/**
 * The one text analyzer of search. Both index backends (SQLite FTS5 and PostgreSQL) store its terms and the
 * query side uses it too, so both databases find and highlight exactly the same words.
 *
 * Terms are lower case and made only of letters, digits and combining marks (\p{L}\p{N}\p{M}); backends may
 * join them with spaces safely.
 */
import { newStemmer } from "snowball-stemmers";
import { canonicalForm, forEachNormalizedSegment, normalizeText } from "./textNormalization.js";
import type { Token } from "./types.js";

export { normalizeText };

/** Longer "words" are URLs, hashes or glued junk: indexing them only bloats the index. */
const MAX_WORD_CHARS = 64;

const russian = newStemmer("russian");
const english = newStemmer("english");

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const HAS_LETTER = /\p{L}/u;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\p{N}\p{M}]+$/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}\p{M}']+$/u;
/** Stress marks written over Russian vowels (ми́ссия); NFKC has no precomposed forms for them. */
const CYRILLIC_STRESS_MARKS = /[\u0300\u0301]/gu;

/**
 * Nouns Snowball mistakes for verbs: it cuts the "-ит" of the bare form ("визит" → "виз", the stem of "виза") while
 * every other form keeps it ("визита" → "визит"). The bare form is given the stem of its other forms, so that
 * "визит" finds "визитом" and no longer finds visas. Keyed by the whole word: verbs in "-ит" ("говорит") are
 * untouched. Changing this list changes index terms, so the search index must be rebuilt after an edit.
 */
const RUSSIAN_STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ["визит", "визит"],
  ["транзит", "транзит"],
  ["кредит", "кредит"],
  ["лимит", "лимит"],
]);

function russianStem(word: string): string {
  return RUSSIAN_STEM_EXCEPTIONS.get(word) ?? russian.stem(word);
}

const termCache = new Map<string, string>();
const TERM_CACHE_LIMIT = 50_000;

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x430 && code <= 0x44f) return true;
  return WORD_CHAR.test(char);
}

function isLatinLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return HAS_LETTER.test(char) && LATIN_LETTER.test(char);
}

function isMark(char: string): boolean {
  return char.charCodeAt(0) >= 0x300 && /\p{M}/u.test(char);
}

/**
 * The index term of one normalised word. The stemmer follows the word's own script, not the document's
 * language: Russian texts quote English names and English texts quote Russian ones.
 */
function termOfWord(typedWord: string): string {
  const cached = termCache.get(typedWord);
  if (cached !== undefined) return cached;
  // Segments are normalised one by one; a mark cut off from its letter (by a soft hyphen) composes only here.
  const word = canonicalForm(typedWord);
  let term: string;
  if (!HAS_LETTER.test(word)) term = word;
  else if (CYRILLIC_WORD.test(word)) term = russianStem(word.replace(CYRILLIC_STRESS_MARKS, ""));
  // The English stemmer understands apostrophes (it drops a possessive 's); the term keeps none.
  else if (LATIN_WORD.test(word)) term = english.stem(word).replaceAll("'", "");
  // Mixed scripts ("Pressроом") and other scripts: no stemmer fits, so the normalised word is the term.
  else term = word.replaceAll("'", "");
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(typedWord, term);
  return term;
}

/**
 * Splits text into words and gives each its index term. Words are runs of letters, digits and combining marks;
 * an apostrophe between two Latin letters joins them (don't, O'Neil); every other character separates words.
 * Offsets are UTF-16 offsets into `text` itself. Words over 64 characters are skipped and take no position, so
 * positions are simply the token indexes. No stop words are removed: phrases need every word.
 */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  let word = "";
  let wordStart = 0;
  let wordEnd = 0;
  let tooLong = false;
  let lastLetterLatin = false;
  /** An apostrophe right after a Latin letter: it joins the word only if a Latin letter follows. */
  let pendingApostrophe = false;

  const finishWord = (): void => {
    if (word !== "" && !tooLong) {
      const term = termOfWord(word);
      if (term !== "") tokens.push({ term, start: wordStart, end: wordEnd, position: tokens.length });
    }
    word = "";
    tooLong = false;
    lastLetterLatin = false;
    pendingApostrophe = false;
  };

  const addChar = (char: string, start: number, end: number): void => {
    if (word === "") wordStart = start;
    if (word.length + char.length > MAX_WORD_CHARS) tooLong = true;
    else word += char;
    wordEnd = end;
  };

  forEachNormalizedSegment(text, (normalized, start, end) => {
    for (const char of normalized) {
      if (isWordChar(char)) {
        const latin = isLatinLetter(char);
        if (pendingApostrophe) {
          pendingApostrophe = false;
          if (latin) addChar("'", start, end);
          else finishWord();
        }
        addChar(char, start, end);
        if (!isMark(char)) lastLetterLatin = latin;
      } else if (char === "'" && word !== "" && lastLetterLatin && !pendingApostrophe) {
        pendingApostrophe = true;
      } else {
        finishWord();
      }
    }
  });
  finishWord();
  return tokens;
}

/** The index terms of the text, in order. */
export function termsOf(text: string): string[] {
  return analyze(text).map((token) => token.term);
}

/** The term of the first word of `word` ("" when it holds no word), normalised and stemmed like any text. */
export function stemWord(word: string): string {
  return analyze(word)[0]?.term ?? "";
}
