/**
 * Marks the words a search matched, using the same analyzer as the index, so every highlighted word is one the
 * index found (and "миссии" lights up for a search for "миссия"). Input is plain text; views escape it.
 */
import { analyze } from "./analyzer.js";
import type { Token, TextSegment } from "./types.js";

const ELLIPSIS = "…";

/**
 * Segments for text[from, to): matched words on their own, everything between them merged. Tokens must be the
 * text's tokens in order; ones outside the range or overlapping an earlier match (½ gives "1" and "2" over one
 * character) are skipped.
 */
function segmentsBetween(
  text: string,
  tokens: readonly Token[],
  terms: ReadonlySet<string>,
  from: number,
  to: number,
): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = from;
  for (const token of tokens) {
    if (token.start < cursor || token.end > to || !terms.has(token.term)) continue;
    if (token.start > cursor) segments.push({ text: text.slice(cursor, token.start), match: false });
    segments.push({ text: text.slice(token.start, token.end), match: true });
    cursor = token.end;
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), match: false });
  return segments;
}

/** The whole text as segments, the words whose term is in `terms` marked as matches. */
export function highlightAll(text: string, terms: ReadonlySet<string>): TextSegment[] {
  return segmentsBetween(text, analyze(text), terms, 0, text.length);
}

interface Cluster {
  start: number;
  end: number;
  distinctTerms: number;
  matches: number;
}

/**
 * The stretch of at most `maxChars` holding the most different matched terms (then the most matches): a passage
 * naming both "совет" and "министров" beats one repeating "совет". Two pointers over the matches: linear.
 */
function densestCluster(matches: readonly Token[], maxChars: number): Cluster | undefined {
  let best: Cluster | undefined;
  const counts = new Map<string, number>();
  let first = 0;
  for (const [lastIndex, last] of matches.entries()) {
    counts.set(last.term, (counts.get(last.term) ?? 0) + 1);
    while (first < lastIndex && last.end - (matches[first]?.start ?? 0) > maxChars) {
      const dropped = matches[first];
      first += 1;
      if (dropped === undefined) continue;
      const left = (counts.get(dropped.term) ?? 1) - 1;
      if (left === 0) counts.delete(dropped.term);
      else counts.set(dropped.term, left);
    }
    const start = matches[first]?.start ?? last.start;
    const candidate = { start, end: last.end, distinctTerms: counts.size, matches: lastIndex - first + 1 };
    if (
      best === undefined ||
      candidate.distinctTerms > best.distinctTerms ||
      (candidate.distinctTerms === best.distinctTerms && candidate.matches > best.matches)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** The first word start at or after `offset`, else `fallback`. */
function wordStartFrom(tokens: readonly Token[], offset: number, fallback: number): number {
  return tokens.find((token) => token.start >= offset)?.start ?? fallback;
}

/** The last word end at or before `offset`, else `fallback`. */
function wordEndUpTo(tokens: readonly Token[], offset: number, fallback: number): number {
  let end = fallback;
  for (const token of tokens) {
    if (token.end > offset) break;
    end = token.end;
  }
  return end;
}

/** Cuts at `offset` without splitting a surrogate pair, for text with no word to cut at. */
function safeCut(text: string, offset: number): number {
  const code = text.charCodeAt(offset - 1);
  return code >= 0xd800 && code <= 0xdbff ? offset - 1 : offset;
}

/**
 * About `maxChars` of the text around its densest cluster of matches (its beginning when nothing matches), cut
 * at word boundaries, with "…" where text was cut off.
 */
export function snippet(text: string, terms: ReadonlySet<string>, maxChars = 240): TextSegment[] {
  const tokens = analyze(text);
  if (text.length <= maxChars) return segmentsBetween(text, tokens, terms, 0, text.length);

  const cluster = densestCluster(
    tokens.filter((token) => terms.has(token.term)),
    maxChars,
  );
  let windowStart = 0;
  if (cluster !== undefined) {
    // A third of the room left goes before the cluster (to lead into it), the rest after; near either end of
    // the text the other side gets what is left over.
    const room = maxChars - (cluster.end - cluster.start);
    windowStart = Math.max(0, cluster.start - Math.floor(room / 3));
    windowStart = Math.min(windowStart, Math.max(0, text.length - maxChars));
    if (windowStart > cluster.start) windowStart = cluster.start;
  }
  const windowEnd = Math.min(text.length, windowStart + maxChars);

  // Cut at whole words; never cut inside the cluster itself.
  let start = windowStart === 0 ? 0 : wordStartFrom(tokens, windowStart, windowStart);
  if (cluster !== undefined) start = Math.min(start, cluster.start);
  let end = windowEnd === text.length ? text.length : wordEndUpTo(tokens, windowEnd, start);
  if (cluster !== undefined) end = Math.max(end, cluster.end);
  if (end <= start) {
    // One word longer than the window (or no words at all): cut it where the window ends.
    end = safeCut(text, Math.min(text.length, start + maxChars));
  }

  const segments = segmentsBetween(text, tokens, terms, start, end);
  if (start > 0) segments.unshift({ text: ELLIPSIS, match: false });
  if (end < text.length) segments.push({ text: ELLIPSIS, match: false });
  return mergeNonMatches(segments);
}

/** Joins neighbouring unmatched segments, such as a leading "…" and the text after it. */
function mergeNonMatches(segments: readonly TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && !previous.match && !segment.match) previous.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
