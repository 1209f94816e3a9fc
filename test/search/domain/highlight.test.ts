import { describe, expect, it } from "vitest";
import { analyze, termsOf } from "../../../src/domain/search/analyzer.js";
import { highlightAll, snippet } from "../../../src/domain/search/highlight.js";
import type { TextSegment } from "../../../src/domain/search/types.js";
import { randomText } from "./randomText.js";

const ELLIPSIS = "…";

function termSet(query: string): Set<string> {
  return new Set(termsOf(query));
}

function joined(segments: readonly TextSegment[]): string {
  return segments.map((segment) => segment.text).join("");
}

function matchedWords(segments: readonly TextSegment[]): string[] {
  return segments.filter((segment) => segment.match).map((segment) => segment.text);
}

/** The matched segments that are not exactly one word of the analysed text. */
function partialWords(text: string, segments: readonly TextSegment[]): string[] {
  const words = new Set(analyze(text).map((token) => text.slice(token.start, token.end)));
  return matchedWords(segments).filter((word) => !words.has(word));
}

/** The snippet without its ellipses, which must be a piece of the original text. */
function windowText(segments: readonly TextSegment[]): string {
  let text = joined(segments);
  if (text.startsWith(ELLIPSIS)) text = text.slice(ELLIPSIS.length);
  if (text.endsWith(ELLIPSIS)) text = text.slice(0, -ELLIPSIS.length);
  return text;
}

describe("highlightAll", () => {
  it("marks every form of the searched words and keeps the text whole", () => {
    const text = "Миссия ОДКБ: миссии наблюдателей и МИССИЕЙ; meetings, a meeting.";
    const segments = highlightAll(text, termSet("миссия meeting"));
    expect(joined(segments)).toBe(text);
    expect(partialWords(text, segments)).toEqual([]);
    expect(matchedWords(segments)).toEqual(["Миссия", "миссии", "МИССИЕЙ", "meetings", "meeting"]);
    expect(segments[1]).toEqual({ text: " ОДКБ: ", match: false });
  });

  it("merges the text between matches into one segment", () => {
    const segments = highlightAll("совет, и ещё раз — министров!", termSet("министров"));
    expect(segments).toEqual([
      { text: "совет, и ещё раз — ", match: false },
      { text: "министров", match: true },
      { text: "!", match: false },
    ]);
  });

  it("matches ё spellings and NFKC forms, marking the characters as typed", () => {
    const text = "Ёлка и ﬁnance";
    const segments = highlightAll(text, termSet("елка finance"));
    expect(matchedWords(segments)).toEqual(["Ёлка", "ﬁnance"]);
    expect(joined(segments)).toBe(text);
  });

  it("returns the text as one plain segment when nothing matches, and nothing for empty text", () => {
    expect(highlightAll("Совет министров", termSet("визит"))).toEqual([
      { text: "Совет министров", match: false },
    ]);
    expect(highlightAll("", termSet("визит"))).toEqual([]);
  });

  it("keeps any text whole, whatever it holds", () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 200; seed += 1) {
      const text = randomText(seed, 60);
      const segments = highlightAll(text, new Set(termsOf(text).filter((_, index) => index % 2 === 0)));
      if (joined(segments) !== text) problems.push(`seed ${seed}: text changed`);
      for (const word of partialWords(text, segments)) problems.push(`seed ${seed}: part of a word ${word}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("snippet", () => {
  const filler = (count: number): string =>
    Array.from({ length: count }, (_, index) => `слово${index}`).join(" ");

  it("shows short text whole", () => {
    const text = "Заседание Совета министров иностранных дел.";
    const segments = snippet(text, termSet("министров"));
    expect(joined(segments)).toBe(text);
    expect(matchedWords(segments)).toEqual(["министров"]);
  });

  it("centres on the matches of a long text, cut at whole words with ellipses", () => {
    const text = `${filler(80)} Заседание Совета министров иностранных дел прошло в Минске. ${filler(80)}`;
    const segments = snippet(text, termSet("совет министров"), 120);
    const window = windowText(segments);
    expect(joined(segments).startsWith(ELLIPSIS)).toBe(true);
    expect(joined(segments).endsWith(ELLIPSIS)).toBe(true);
    expect(text).toContain(window);
    expect(window.length).toBeLessThanOrEqual(120);
    expect(matchedWords(segments)).toEqual(["Совета", "министров"]);
    // Cut between words: the window starts and ends with whole words.
    const start = text.indexOf(window);
    expect(text.charAt(start - 1)).toBe(" ");
    expect(/[\p{L}\p{N}]/u.test(text.charAt(start + window.length))).toBe(false);
  });

  it("prefers the passage holding more of the searched words", () => {
    const text = `министров ${filler(60)} Совет министров собрался. ${filler(60)} министров`;
    const segments = snippet(text, termSet("совет министров"), 80);
    expect(matchedWords(segments)).toEqual(["Совет", "министров"]);
  });

  it("shows the beginning when nothing matches", () => {
    const text = `Начало текста. ${filler(100)}`;
    const segments = snippet(text, termSet("визит"), 100);
    expect(joined(segments).startsWith("Начало текста.")).toBe(true);
    expect(joined(segments).endsWith(ELLIPSIS)).toBe(true);
    expect(windowText(segments).length).toBeLessThanOrEqual(100);
    expect(matchedWords(segments)).toEqual([]);
  });

  it("needs no ellipsis at the end of the text", () => {
    const text = `${filler(100)} итоги встречи`;
    const joinedText = joined(snippet(text, termSet("встреча"), 100));
    expect(joinedText.startsWith(ELLIPSIS)).toBe(true);
    expect(joinedText.endsWith("итоги встречи")).toBe(true);
  });

  it("cuts text without word boundaries without breaking characters", () => {
    const text = "🎉".repeat(300);
    const window = windowText(snippet(text, termSet("визит"), 101));
    expect(text.startsWith(window)).toBe(true);
    expect(window.length % 2).toBe(0);
  });

  it("always returns a piece of the text with whole matched words", () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 200; seed += 1) {
      const text = randomText(seed, 200);
      const terms = new Set(termsOf(text).filter((_, index) => index % 3 === 0));
      const segments = snippet(text, terms, 60);
      if (!text.includes(windowText(segments))) problems.push(`seed ${seed}: not a piece of the text`);
      for (const word of partialWords(text, segments)) problems.push(`seed ${seed}: part of a word ${word}`);
    }
    expect(problems).toEqual([]);
  });
});
