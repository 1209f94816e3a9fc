/**
 * Search normalisation that remembers where every normalised character came from. NFKC can turn one character
 * into several ("ﬁ" → "fi") and several into one ("е" + combining diaeresis → "ё" → "е"), so the text is
 * normalised in small segments (a character with the combining marks that follow it) and each segment keeps
 * the offsets of its source. The analyzer builds tokens from these segments, which is how its offsets point
 * into the original text.
 */

/** Invisible characters that only guide line breaking or joining; typed into words, they must not split them. */
const IGNORABLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;
/** Typographic apostrophes become the plain one, so "don’t" and "don't" are the same word. */
const APOSTROPHES = /[\u2019\u02BC]/gu;
const MARK = /\p{M}/u;

/** Normalised segments repeat constantly (the same letters over and over); remembering them saves most of the work. */
const segmentCache = new Map<string, string>();
const SEGMENT_CACHE_LIMIT = 20_000;

/** Called for each segment with its normalised text (possibly empty) and its UTF-16 span in the source. */
export type SegmentVisitor = (normalized: string, start: number, end: number) => void;

/** One round of the normalisation; a second round can still change it (see `canonicalForm`). */
function normalizeOnce(text: string): string {
  // NFKC again after lower-casing: a few lower-case mappings are not themselves in NFKC form.
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .normalize("NFKC")
      .replace(IGNORABLE, "")
      .replace(APOSTROPHES, "'")
      .replace(/ё/gu, "е")
      // Lower-casing picks ς or σ from the surrounding letters; per segment that context is gone, so use one form.
      .replace(/ς/gu, "σ")
  );
}

/**
 * The normalised form, repeated until it no longer changes: folding ё into е can free another mark to compose
 * with the е ("ё" + breve + diaeresis). Ordinary text settles in one round.
 */
export function canonicalForm(text: string): string {
  let current = normalizeOnce(text);
  for (let round = 0; round < 4; round += 1) {
    const next = normalizeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function normalizeSegment(segment: string): string {
  const cached = segmentCache.get(segment);
  if (cached !== undefined) return cached;
  const normalized = canonicalForm(segment);
  if (segmentCache.size >= SEGMENT_CACHE_LIMIT) segmentCache.clear();
  segmentCache.set(segment, normalized);
  return normalized;
}

/** Whether the code point belongs to the segment of the character before it. */
function extendsSegment(codePoint: number): boolean {
  if (codePoint < 0x300) return false;
  // Greek and Cyrillic letters are frequent and never combining: skip the regular expression for them.
  if ((codePoint >= 0x370 && codePoint < 0x483) || (codePoint >= 0x48a && codePoint < 0x530)) return false;
  // Hangul medial vowels and final consonants compose with the syllable before them under NFKC.
  if ((codePoint >= 0x1160 && codePoint <= 0x11ff) || (codePoint >= 0xd7b0 && codePoint <= 0xd7ff))
    return true;
  return MARK.test(String.fromCodePoint(codePoint));
}

/** The normalised form of the ASCII or basic Cyrillic character, or undefined when it needs the general path. */
function fastNormalized(code: number): string | undefined {
  if (code < 0x80)
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : String.fromCharCode(code);
  if (code >= 0x410 && code <= 0x44f) return String.fromCharCode(code < 0x430 ? code + 0x20 : code);
  if (code === 0x401 || code === 0x451) return "е";
  return undefined;
}

/** Walks the text segment by segment, in order, without gaps: the spans cover the whole text. */
export function forEachNormalizedSegment(text: string, visit: SegmentVisitor): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const nextCodePoint = index + 1 < length ? (text.codePointAt(index + 1) ?? 0) : 0;
    const followedByMark = extendsSegment(nextCodePoint);
    const fast = followedByMark ? undefined : fastNormalized(code);
    if (fast !== undefined) {
      visit(fast, index, index + 1);
      index += 1;
      continue;
    }
    const firstCodePoint = text.codePointAt(index) ?? code;
    if (firstCodePoint >= 0xd800 && firstCodePoint <= 0xdfff) {
      // Half a surrogate pair is broken text; as U+FFFD it cannot pair up with another half once ZWJs are gone.
      visit("\uFFFD", index, index + 1);
      index += 1;
      continue;
    }
    let end = index + (firstCodePoint > 0xffff ? 2 : 1);
    while (end < length) {
      const codePoint = text.codePointAt(end) ?? 0;
      if (!extendsSegment(codePoint)) break;
      end += codePoint > 0xffff ? 2 : 1;
    }
    visit(normalizeSegment(text.slice(index, end)), index, end);
    index = end;
  }
}

/**
 * Unicode NFKC, locale-independent lower case, ё → е, typographic apostrophes → ', soft hyphens and zero-width
 * characters removed, halves of broken surrogate pairs replaced by U+FFFD. Precomposed letters such as й stay whole: nothing is decomposed or stripped of accents.
 */
export function normalizeText(text: string): string {
  const parts: string[] = [];
  forEachNormalizedSegment(text, (normalized) => {
    parts.push(normalized);
  });
  return parts.join("");
}
