import type { SearchDocument } from "./documents.js";
import type { MatchExpr, TextColumn } from "./matchExpr.js";

/**
 * tsvector and tsquery literals of index tokens, for PostgreSQL: weight A title, B lead, C body with place and
 * byline; facet tokens carry no position.
 *
 * They are written as literals, not through to_tsvector() or the built-in russian/english configurations: the
 * issue asks for one analyzer for both databases and identical results, and even the 'simple' configuration
 * would parse the terms again (splitting hyphenated or dotted words, for one).
 */

const WEIGHT: Record<TextColumn, string> = { title: "A", lead: "B", body: "C" };
/** PostgreSQL keeps at most 256 positions per lexeme. */
const MAX_LEXEME_POSITIONS = 256;

function lexeme(token: string): string {
  return `'${token.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/** A tsquery literal. A column becomes a weight label on each lexeme. */
export function tsqueryText(expr: MatchExpr): string {
  switch (expr.kind) {
    case "phrase": {
      const label = expr.column ? `:${WEIGHT[expr.column]}` : "";
      return expr.tokens.map((token) => `${lexeme(token)}${label}`).join(" <-> ");
    }
    case "and":
      return expr.parts.map((part) => `(${tsqueryText(part)})`).join(" & ");
    case "or":
      return expr.parts.map((part) => `(${tsqueryText(part)})`).join(" | ");
    case "not":
      return [`(${tsqueryText(expr.base)})`, ...expr.minus.map((part) => `!(${tsqueryText(part)})`)].join(
        " & ",
      );
  }
}

/**
 * A tsvector literal: columns numbered on from 1 with one position left empty between them, so that a phrase
 * never runs from one column into the next (FTS5 columns behave the same). The head leaves out the body.
 */
export function tsvectorText(doc: SearchDocument, part: "full" | "head"): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const [tokens, weight] of [
    [doc.title, WEIGHT.title],
    [doc.lead, WEIGHT.lead],
    [part === "full" ? doc.body : [], WEIGHT.body],
  ] as const) {
    for (const token of tokens) {
      const list = positions.get(token) ?? [];
      if (list.length < MAX_LEXEME_POSITIONS) list.push(`${position}${weight}`);
      positions.set(token, list);
      position++;
    }
    position++;
  }
  const text = [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(",")}`);
  return [...text, ...doc.facets.map(lexeme)].join(" ");
}

/** Whether an expression needs nothing but facets and title or lead words, which the head vector holds. */
export function fitsHead(expr: MatchExpr): boolean {
  switch (expr.kind) {
    case "phrase":
      return expr.column === "title" || expr.column === "lead" || (!expr.column && isFacet(expr.tokens));
    case "and":
    case "or":
      return expr.parts.every(fitsHead);
    case "not":
      return fitsHead(expr.base) && expr.minus.every(fitsHead);
  }
}

/** Facet tokens hold "_", which text tokens never do. */
function isFacet(tokens: readonly string[]): boolean {
  return tokens.length === 1 && (tokens[0] ?? "").includes("_");
}
