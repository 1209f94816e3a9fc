import type { ParsedQuery, QueryClause } from "../domain/search/types.js";
import { facetToken, tokensOfTerm } from "./tokens.js";
import type { SearchFilters } from "./types.js";

/** The text columns of a document, weighted title > lead > body. */
export type TextColumn = "title" | "lead" | "body";

/**
 * A query over index tokens, built once and compiled by each backend into its own syntax (an FTS5 MATCH string,
 * a tsquery literal). Both are passed as bound parameters; tokens hold only letters, digits and "_".
 */
export type MatchExpr =
  /** Consecutive tokens; one token is a plain term. `column` limits it to one text column. */
  | { kind: "phrase"; tokens: string[]; column?: TextColumn | undefined }
  | { kind: "and"; parts: MatchExpr[] }
  | { kind: "or"; parts: MatchExpr[] }
  /** Matches `base` but none of `minus`. */
  | { kind: "not"; base: MatchExpr; minus: MatchExpr[] };

export const term = (token: string, column?: TextColumn): MatchExpr => ({
  kind: "phrase",
  tokens: [token],
  column,
});

export function allOf(parts: MatchExpr[]): MatchExpr {
  return parts.length === 1 && parts[0] ? parts[0] : { kind: "and", parts };
}

export function anyOf(parts: MatchExpr[]): MatchExpr {
  return parts.length === 1 && parts[0] ? parts[0] : { kind: "or", parts };
}

/**
 * One clause of a parsed query: a phrase keeps its words in order; a word that the token rules cut in two is
 * matched as a phrase too. Undefined when nothing searchable is left of it.
 */
export function clauseExpr(clause: QueryClause, column?: TextColumn): MatchExpr | undefined {
  const perTerm = clause.terms.map(tokensOfTerm).filter((tokens) => tokens.length > 0);
  if (perTerm.length === 0) return undefined;
  if (clause.phrase) return { kind: "phrase", tokens: perTerm.flat(), column };
  return allOf(perTerm.map((tokens) => ({ kind: "phrase", tokens, column })));
}

/** The filters as facet terms. Undefined when they can match nothing (an empty list of sections). */
export function facetExpr(filters: SearchFilters): MatchExpr | undefined {
  const parts: MatchExpr[] = [term(facetToken("l", filters.lang))];
  if (filters.sectionIds !== undefined) {
    if (filters.sectionIds.length === 0) return undefined;
    parts.push(anyOf([...new Set(filters.sectionIds)].map((id) => term(facetToken("s", id)))));
  }
  if (filters.kind !== undefined) parts.push(term(facetToken("k", filters.kind)));
  if (filters.personId !== undefined) parts.push(term(facetToken("p", filters.personId)));
  return allOf(parts);
}

/** The include clauses that will be searched, each as an expression; undefined when one has no searchable word. */
export function includeExprs(query: ParsedQuery): MatchExpr[] | undefined {
  const exprs: MatchExpr[] = [];
  for (const clause of query.include) {
    const expr = clauseExpr(clause);
    if (!expr) return undefined;
    exprs.push(expr);
  }
  return exprs;
}

/** The whole query with its filters, or undefined when it can match nothing. */
export function searchExpr(query: ParsedQuery, filters: SearchFilters): MatchExpr | undefined {
  const facets = facetExpr(filters);
  const include = includeExprs(query);
  if (!facets || !include) return undefined;
  const base = allOf([facets, ...include]);
  const minus = query.exclude.flatMap((clause) => clauseExpr(clause) ?? []);
  return minus.length > 0 ? { kind: "not", base, minus } : base;
}
