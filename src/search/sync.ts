import { sql, type Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { announceContentChange } from "../store/contentChanges.js";
import { dialectOf, indexFor, type Listing } from "./backend.js";
import { rankKey } from "./tokens.js";
import { documentsOfArticles, loadPersonNames } from "./documents.js";
import type { SyncArticle } from "./types.js";

/**
 * Brings one article's search documents in line with its published translations, in the caller's transaction:
 * call it after every change to what is public of an article (publish, unpublish, edit, move, delete).
 */
export const syncArticleSearch: SyncArticle = async (db, articleId) => {
  const index = indexFor(dialectOf(db));
  await index.lockArticles(db, [articleId]);
  const before = await index.listingsOf(db, [articleId]);
  const docs = await documentsOfArticles(db, [articleId], () => loadPersonNames(db));
  await index.replaceArticles(db, [articleId], docs);
  const after = docs.map((doc) => ({
    translationId: doc.translationId,
    key: rankKey(doc.publishedAt, doc.translationId).toString(),
    facets: doc.facets.join(" "),
  }));
  // Pages showing the article are stale; lists only where an item came, went, moved or changed date.
  announceContentChange({ articleIds: [articleId], listLangs: changedListLanguages(before, after) });
};

/** Languages (from the l_ facet) whose listings differ between the two states. */
export function changedListLanguages(before: readonly Listing[], after: readonly Listing[]): string[] {
  const signature = (l: Listing) => `${l.translationId}|${l.key}|${l.facets}`;
  const beforeSet = new Set(before.map(signature));
  const afterSet = new Set(after.map(signature));
  const langs = new Set<string>();
  for (const listing of [...before, ...after]) {
    const inBoth = beforeSet.has(signature(listing)) && afterSet.has(signature(listing));
    if (inBoth) continue;
    const lang = listing.facets.split(" ").find((token) => token.startsWith("l_"));
    if (lang) langs.add(lang.slice(2));
  }
  return [...langs];
}

/** Empties the index, e.g. when all content is replaced. */
export async function clearSearchIndex(db: Kysely<Database>): Promise<void> {
  await indexFor(dialectOf(db)).clear(db);
}

/**
 * True when published items exist but none is indexed: a database that predates search, or whose index was
 * emptied. `pressroom serve` then rebuilds it before it listens.
 */
export async function searchIndexNeedsBuilding(db: Kysely<Database>): Promise<boolean> {
  const table = dialectOf(db) === "postgres" ? "search_documents" : "search_rows";
  const indexed = await sql`SELECT 1 AS one FROM ${sql.table(table)} LIMIT 1`.execute(db);
  if (indexed.rows.length > 0) return false;
  const published = await db
    .selectFrom("article_translations")
    .select("id")
    .where("state", "=", "published")
    .limit(1)
    .execute();
  return published.length > 0;
}
