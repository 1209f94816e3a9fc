import { snippet } from "../domain/search/highlight.js";
import type { TextSegment } from "../domain/search/types.js";

/**
 * The text of stored body HTML, for indexing and passages. Bodies are sanitized to an allow-list when saved, so
 * dropping tags and decoding entities is all that is left to do; this runs for every document of a rebuild and
 * every hit shown, where a full HTML parser costs ten times more.
 */
export function bodyText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(
      /<\/?(?:p|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|caption|tr|td|th|hr|pre|div)\b[^>]*>/gi,
      " ",
    )
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, " ")
    .trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  laquo: "«",
  raquo: "»",
  mdash: "—",
  ndash: "–",
  hellip: "…",
};

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}

/** Texts up to this long go to the highlighter whole. */
const WHOLE_TEXT_CHARS = 700;
/** Of a longer text, this much around the first likely match is analysed. */
const BEFORE_MATCH_CHARS = 150;
const AFTER_MATCH_CHARS = 500;

/**
 * A passage of the text with the matched words marked. A long text is first narrowed to the stretch around the
 * first place one of the terms seems to start a word: analysing a whole long article for every hit on a page
 * would cost more than the search itself.
 */
export function passage(text: string, terms: ReadonlySet<string>): TextSegment[] {
  if (text.length <= WHOLE_TEXT_CHARS) return snippet(text, terms);
  const at = firstLikelyMatch(text, terms) ?? 0;
  const start = at === 0 ? 0 : wordStart(text, Math.max(0, at - BEFORE_MATCH_CHARS));
  const end = wordEnd(text, Math.min(text.length, at + AFTER_MATCH_CHARS));
  const segments = snippet(text.slice(start, end), terms);
  const first = segments[0];
  if (start > 0 && first && !first.text.startsWith("…")) segments.unshift({ text: "…", match: false });
  return segments;
}

function firstLikelyMatch(text: string, terms: ReadonlySet<string>): number | undefined {
  const stems = [...terms].filter((term) => term.length >= 3);
  if (stems.length === 0) return undefined;
  // The analyzer folds "ё" into "е"; the text may still have either.
  const alternatives = stems.map((stem) =>
    stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll("е", "[её]"),
  );
  const found = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})`, "iu").exec(text);
  return found?.index;
}

function wordStart(text: string, from: number): number {
  const space = text.indexOf(" ", from);
  return space < 0 ? from : space + 1;
}

function wordEnd(text: string, to: number): number {
  if (to >= text.length) return text.length;
  const space = text.lastIndexOf(" ", to);
  return space <= 0 ? to : space;
}
