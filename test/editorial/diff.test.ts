import { describe, expect, it } from "vitest";
import {
  diffHtmlAsText,
  diffTokens,
  diffWords,
  htmlToDiffText,
  tokenize,
  type DiffOp,
} from "../../src/domain/diff.js";

// Pure functions: no store, so no dialects.

const side = (ops: DiffOp[], keep: "insert" | "delete") =>
  ops
    .filter((op) => op.type === "equal" || op.type === keep)
    .map((op) => op.text)
    .join("");

/** Length of the longest common subsequence, by dynamic programming: what a shortest edit script must match. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1] ?? 0);
      diagonal = up;
    }
  }
  return row[b.length] ?? 0;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("word diff", () => {
  it("cuts text into words, spaces and punctuation, keeping Cyrillic words and numbers whole", () => {
    expect(tokenize("Миссия ОДКБ, 12.5 km — don't")).toEqual([
      "Миссия",
      " ",
      "ОДКБ",
      ",",
      " ",
      "12.5",
      " ",
      "km",
      " ",
      "—",
      " ",
      "don't",
    ]);
  });

  it("reports inserted and deleted words, and reads as whole changes", () => {
    const diff = diffWords("The council met in Minsk on Monday.", "The council met in Astana on Tuesday.");
    expect(diff.ops).toEqual([
      { type: "equal", text: "The council met in " },
      { type: "delete", text: "Minsk" },
      { type: "insert", text: "Astana" },
      { type: "equal", text: " on " },
      { type: "delete", text: "Monday" },
      { type: "insert", text: "Tuesday" },
      { type: "equal", text: "." },
    ]);
    expect([diff.inserted, diff.deleted]).toEqual([2, 2]);
    const joined = diffWords("one two three four", "one five six four");
    expect(joined.ops).toEqual([
      { type: "equal", text: "one " },
      { type: "delete", text: "two three" },
      { type: "insert", text: "five six" },
      { type: "equal", text: " four" },
    ]);
  });

  it("handles empty and equal texts", () => {
    expect(diffWords("", "").ops).toEqual([]);
    expect(diffWords("", "new text").ops).toEqual([{ type: "insert", text: "new text" }]);
    expect(diffWords("old", "").ops).toEqual([{ type: "delete", text: "old" }]);
    expect(diffWords("same words", "same words")).toEqual({
      ops: [{ type: "equal", text: "same words" }],
      inserted: 0,
      deleted: 0,
    });
  });

  it("gives back both texts and a shortest edit script, for many random pairs", () => {
    const next = random(42);
    const vocabulary = ["a", "b", "c", "d", " ", ".", "мир"];
    const pick = (n: number) =>
      Array.from({ length: n }, () => vocabulary[Math.floor(next() * vocabulary.length)] ?? "a");
    for (let i = 0; i < 300; i++) {
      const a = pick(Math.floor(next() * 30));
      const b = pick(Math.floor(next() * 30));
      const ops = diffTokens(a, b);
      expect(side(ops, "delete")).toBe(a.join(""));
      expect(side(ops, "insert")).toBe(b.join(""));
      const edits = ops.filter((op) => op.type !== "equal").length;
      expect(edits).toBe(a.length + b.length - 2 * lcsLength(a, b));
      const words = diffWords(a.join(""), b.join(""));
      expect(side(words.ops, "delete")).toBe(a.join(""));
      expect(side(words.ops, "insert")).toBe(b.join(""));
    }
  });

  it("compares HTML bodies as text, one line per paragraph, with entities decoded", () => {
    expect(
      htmlToDiffText("<p>Fish &amp; chips</p><p>Line<br>break</p><ul><li>one</li><li>two</li></ul>"),
    ).toBe("Fish & chips\nLine\nbreak\none\ntwo");
    const diff = diffHtmlAsText(
      "<p>First.</p><p>Second.</p>",
      "<p>First.</p><p>Second, <strong>changed</strong>.</p>",
    );
    expect(diff.ops).toEqual([
      { type: "equal", text: "First.\nSecond" },
      { type: "insert", text: ", changed" },
      { type: "equal", text: "." },
    ]);
  });

  it("stays fast on long texts that differ everywhere", () => {
    const words = (prefix: string) => Array.from({ length: 6000 }, (_, i) => `${prefix}${i}`).join(" ");
    const started = Date.now();
    const diff = diffWords(words("a"), words("b"));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(side(diff.ops, "delete")).toBe(words("a"));
    expect(side(diff.ops, "insert")).toBe(words("b"));
  });
});
