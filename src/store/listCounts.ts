import type { Kysely } from "kysely";
import { onContentChange } from "./contentChanges.js";
import type { Database } from "./schema.js";

/**
 * Counts of published items per language and section subtree, kept between requests. Counting a list of a
 * million items takes a few hundred milliseconds even over an index, and every list page needs its count for
 * the pager; a count only changes when an item joins or leaves a list, which is announced (contentChanges.ts).
 *
 * Each kept count records the change generations of its language as they were before it was read; it is used
 * only while they are unchanged, so a count read while a publication committed is never trusted afterwards.
 */
interface KeptCount {
  count: number;
  languageGeneration: number;
  everythingGeneration: number;
}

const countsByDatabase = new WeakMap<Kysely<Database>, Map<string, KeptCount>>();
const languageGenerations = new Map<string, number>();
let everythingGeneration = 0;

onContentChange((change) => {
  if (change.everything) everythingGeneration++;
  for (const lang of change.listLangs)
    languageGenerations.set(lang, (languageGenerations.get(lang) ?? 0) + 1);
});

/** Returns the kept count, or reads it with `count` and keeps it. Transactions always read afresh. */
export async function keptCount(
  db: Kysely<Database>,
  lang: string,
  key: string,
  count: () => Promise<number>,
): Promise<number> {
  if (db.isTransaction) return count();
  let counts = countsByDatabase.get(db);
  if (!counts) countsByDatabase.set(db, (counts = new Map()));
  const languageGeneration = languageGenerations.get(lang) ?? 0;
  const everything = everythingGeneration;
  const mapKey = `${lang}|${key}`;
  const kept = counts.get(mapKey);
  if (kept && kept.languageGeneration === languageGeneration && kept.everythingGeneration === everything) {
    return kept.count;
  }
  const fresh = await count();
  // Bounded: one entry per list that readers page through (languages × sections), never per query.
  if (counts.size > 10_000) counts.clear();
  counts.set(mapKey, { count: fresh, languageGeneration, everythingGeneration: everything });
  return fresh;
}
