import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import type { SearchIndex, WindowRow } from "./backend.js";
import { clampInt } from "./bounds.js";
import { loadHits } from "./hits.js";
import { allOf, anyOf, term, type MatchExpr } from "./matchExpr.js";
import { rankRelated } from "./ranking.js";
import type { SearchHit } from "./types.js";

/** How many of the newest candidates of each kind (same people or section; shared title words) are weighed. */
const CANDIDATES = 200;
/** Title words looked for in other titles. */
const TITLE_WORDS = 12;
const MAX_RELATED = 50;

/**
 * Other published items in the same language that share people (strongly), the section, or title words with
 * a translation; recency breaks ties. Nothing for a translation that is not published.
 */
export async function findRelated(
  db: Kysely<Database>,
  index: SearchIndex,
  translationId: number,
  limit: number,
): Promise<SearchHit[]> {
  const max = clampInt(limit, 0, MAX_RELATED, 0);
  if (max === 0 || !Number.isSafeInteger(translationId)) return [];
  const source = await index.documentOf(db, translationId);
  const lang = source?.facets.find((facet) => facet.startsWith("l_"));
  if (!source || !lang) return [];
  const people = source.facets.filter((facet) => facet.startsWith("p_"));
  const section = source.facets.find((facet) => facet.startsWith("s_"));
  const words = [...new Set(source.titleTokens)].slice(0, TITLE_WORDS);

  const windows: MatchExpr[] = [];
  const strong = [...people, ...(section ? [section] : [])];
  if (strong.length > 0) windows.push(allOf([term(lang), anyOf(strong.map((facet) => term(facet)))]));
  if (words.length > 0) windows.push(allOf([term(lang), anyOf(words.map((word) => term(word, "title")))]));
  const candidates: WindowRow[] = [];
  for (const expr of windows) candidates.push(...(await index.window(db, expr, {}, CANDIDATES, "with")));

  const ranked = rankRelated(
    { translationId, people: new Set(people), section, titleTokens: new Set(words) },
    candidates,
  );
  return loadHits(
    db,
    ranked.slice(0, max).map((row) => row.translationId),
    new Set(),
  );
}
