import type { WindowRow } from "./backend.js";

/**
 * Ranking, the same on both databases because it is computed here from facts both report alike: which clauses
 * of the query each document has in its title and in its lead. Relevance adds TITLE_WEIGHT per clause in the
 * title and LEAD_WEIGHT per clause in the lead (every result has every clause somewhere); equal scores keep the
 * window's newest-first order. bm25 and ts_rank_cd would order
 * results differently on the two databases, and bm25 counts each word's documents across the whole index on
 * every query (tens of milliseconds for a common word at a million documents).
 */
export const TITLE_WEIGHT = 4;
export const LEAD_WEIGHT = 2;

/** The window's refs best first. `inTitle[i]` and `inLead[i]` hold the refs whose title or lead has clause i. */
export function rankByRelevance(
  refs: readonly string[],
  inTitle: readonly Set<string>[],
  inLead: readonly Set<string>[],
): string[] {
  const score = (ref: string): number =>
    inTitle.reduce((sum, set) => sum + (set.has(ref) ? TITLE_WEIGHT : 0), 0) +
    inLead.reduce((sum, set) => sum + (set.has(ref) ? LEAD_WEIGHT : 0), 0);
  return refs
    .map((ref) => ({ ref, score: score(ref) }))
    .sort((a, b) => b.score - a.score)
    .map((scored) => scored.ref);
}

/** What an item shares with others: its people, its section and the words of its title. */
export interface RelatedSource {
  translationId: number;
  people: ReadonlySet<string>;
  section: string | undefined;
  titleTokens: ReadonlySet<string>;
}

export const SHARED_PERSON_WEIGHT = 4;
export const SAME_SECTION_WEIGHT = 2;
export const SHARED_TITLE_WORD_WEIGHT = 1;

/** Candidates that share something with the source, most in common first, then newest first. */
export function rankRelated(source: RelatedSource, candidates: readonly WindowRow[]): WindowRow[] {
  const unique = new Map<number, WindowRow>();
  for (const row of candidates)
    if (row.translationId !== source.translationId) unique.set(row.translationId, row);
  const scored = [...unique.values()].map((row) => {
    const people = row.facets.filter((facet) => source.people.has(facet)).length;
    const section = source.section !== undefined && row.facets.includes(source.section) ? 1 : 0;
    const words = new Set(row.titleTokens.filter((token) => source.titleTokens.has(token))).size;
    const score =
      people * SHARED_PERSON_WEIGHT + section * SAME_SECTION_WEIGHT + words * SHARED_TITLE_WORD_WEIGHT;
    return { row, score, key: BigInt(row.key) };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (b.key > a.key ? 1 : b.key < a.key ? -1 : 0))
    .map((s) => s.row);
}
