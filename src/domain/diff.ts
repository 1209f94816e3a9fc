/**
 * A word-level diff of two texts, for comparing revisions. Texts are cut into words, runs of whitespace and
 * single punctuation marks; Myers' O(ND) algorithm finds a shortest edit script over those tokens.
 * Joining the "equal" and "delete" ops gives the old text back, "equal" and "insert" the new one.
 */
export type DiffOpType = "equal" | "insert" | "delete";

export interface DiffOp {
  type: DiffOpType;
  text: string;
}

export interface TextDiff {
  ops: DiffOp[];
  /** Words (not whitespace or punctuation) inserted and deleted. */
  inserted: number;
  deleted: number;
}

/** Past this many edits a diff shows the changed middle as deleted and inserted whole, to bound memory. */
const MAX_EDITS = 2000;

const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD = /[\p{L}\p{N}]/u;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The word-level diff of two plain texts. */
export function diffWords(before: string, after: string): TextDiff {
  const ops = tidy(diffTokens(tokenize(before), tokenize(after)));
  let inserted = 0;
  let deleted = 0;
  for (const op of ops) {
    if (op.type === "equal") continue;
    const words = tokenize(op.text).filter((token) => WORD.test(token)).length;
    if (op.type === "insert") inserted += words;
    else deleted += words;
  }
  return { ops, inserted, deleted };
}

/** The word-level diff of two HTML bodies, compared as text with one line per block. */
export function diffHtmlAsText(before: string, after: string): TextDiff {
  return diffWords(htmlToDiffText(before), htmlToDiffText(after));
}

/**
 * Body HTML as text with a line break after each block, so that a diff keeps paragraphs apart. Meant for HTML
 * that was sanitized when saved (attribute values there have "<" and ">" escaped).
 */
export function htmlToDiffText(html: string): string {
  const lines = html
    .replace(/<\/(?:p|h[1-6]|li|blockquote|tr|figcaption|pre|table|ul|ol)>|<br\s*\/?>|<hr\s*\/?>/gi, "$&\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(lines)
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return safeCodePoint(parseInt(entity.slice(2), 16), match);
    if (entity.startsWith("#")) return safeCodePoint(parseInt(entity.slice(1), 10), match);
    return named[entity.toLowerCase()] ?? match;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** The shortest edit script between two token lists, as ops of one token each (merged later). */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffOp[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text): DiffOp => ({ type: "equal", text }));
  const tail = a.slice(endA).map((text): DiffOp => ({ type: "equal", text }));
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...head, ...middle, ...tail];
}

/** Myers' greedy algorithm, keeping for each edit count d only the window of diagonals it can reach. */
function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return wholesale(a, b);
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const at = (arr: Int32Array, k: number, d: number): number => arr[k + d + 1] ?? 0;

  for (let d = 0; d <= max; d++) {
    if (d > MAX_EDITS) return wholesale(a, b);
    // The furthest x on diagonals -(d+1)..(d+1) before this round: what backtracking reads.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, at);
    }
  }
  return wholesale(a, b);
}

function backtrack(
  a: readonly string[],
  b: readonly string[],
  trace: Int32Array[],
  at: (arr: Int32Array, k: number, d: number) => number,
): DiffOp[] {
  const reversed: DiffOp[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    if (!v) break;
    const k = x - y;
    const down = k === -d || (k !== d && at(v, k - 1, d) < at(v, k + 1, d));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(v, prevK, d);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push({ type: "equal", text: a[x - 1] ?? "" });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) reversed.push({ type: "insert", text: b[prevY] ?? "" });
      else reversed.push({ type: "delete", text: a[prevX] ?? "" });
    }
    x = prevX;
    y = prevY;
  }
  return reversed.reverse();
}

function wholesale(a: readonly string[], b: readonly string[]): DiffOp[] {
  return [
    ...a.map((text): DiffOp => ({ type: "delete", text })),
    ...b.map((text): DiffOp => ({ type: "insert", text })),
  ];
}

/**
 * Merges neighbours of one type, and folds a lone space between two changes into both sides, so that
 * "the old words" → "the new words" reads as one change rather than a patchwork of single words. Within a
 * change, deletions come before insertions.
 */
function tidy(ops: readonly DiffOp[]): DiffOp[] {
  const merged = merge(ops);
  const out: DiffOp[] = [];
  let i = 0;
  while (i < merged.length) {
    const op = merged[i];
    if (!op) break;
    if (op.type === "equal") {
      out.push(op);
      i++;
      continue;
    }
    // A run of changes, possibly joined by whitespace-only equal ops.
    let j = i;
    let end = i;
    while (j < merged.length) {
      const current = merged[j];
      if (!current) break;
      if (current.type !== "equal") end = j;
      else if (!/^\s+$/.test(current.text)) break;
      j++;
    }
    const run = merged.slice(i, end + 1);
    const hasBoth = run.some((r) => r.type === "insert") && run.some((r) => r.type === "delete");
    if (hasBoth) {
      const del = run
        .filter((r) => r.type !== "insert")
        .map((r) => r.text)
        .join("");
      const ins = run
        .filter((r) => r.type !== "delete")
        .map((r) => r.text)
        .join("");
      out.push({ type: "delete", text: del }, { type: "insert", text: ins });
    } else {
      out.push(...run);
    }
    i = end + 1;
  }
  return merge(out);
}

function merge(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    if (op.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.type === op.type) last.text += op.text;
    else out.push({ ...op });
  }
  return out;
}
