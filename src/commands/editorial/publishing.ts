import type { Kysely } from "kysely";
import type { Database } from "../../store/schema.js";
import { syncArticleSearch } from "../../search/sync.js";
import {
  findArticleRow,
  markPublished,
  setArticlePublishedAt,
  type PublishTarget,
} from "../../store/translations.js";
import { audit, type EditorialContext } from "./context.js";

export interface PublishedTranslation {
  translationId: number;
  articleId: number;
  lang: string;
}

/**
 * Publishes the targeted translations of one article that are still in a `from` state (a conditional UPDATE, so
 * a second writer or job runner publishes nothing twice), settles the article's listing instant, and audits one
 * "published" entry per translation, all in the caller's transaction.
 *
 * The listing instant becomes `listingAt` when the article's publication time is in the future, or when it was
 * never set (a draft's equals its creation time) and nothing of the article was public before.
 */
export async function publishInTransaction(
  ctx: Pick<EditorialContext, "store" | "actor" | "clock" | "ip">,
  trx: Kysely<Database>,
  articleId: number,
  target: Omit<PublishTarget, "articleId">,
  when: { now: string; listingAt: string },
  details: Record<string, unknown>,
): Promise<PublishedTranslation[]> {
  // One publisher of an article at a time: on PostgreSQL, lock its row first, so that two writers (a person
  // and the job runner) touching each other's translations queue instead of deadlocking. SQLite has one writer.
  if (ctx.store.dialect === "postgres") {
    await trx.selectFrom("articles").select("id").where("id", "=", articleId).forUpdate().execute();
  }
  const article = await findArticleRow(trx, articleId);
  if (!article) return [];
  const publicBefore = await trx
    .selectFrom("article_translations")
    .select("id")
    .where("article_id", "=", articleId)
    .where("first_published_at", "is not", null)
    .executeTakeFirst();
  // RETURNING order is unspecified on PostgreSQL; audit in id order so that the log reads the same everywhere.
  const moved = (await markPublished(trx, { ...target, articleId }, when.now)).sort((a, b) => a.id - b.id);
  if (moved.length === 0) return [];

  const neverSet = publicBefore === undefined && article.published_at === article.created_at;
  let publishedAt = article.published_at;
  if (article.published_at > when.now || neverSet) {
    publishedAt = when.listingAt;
    await setArticlePublishedAt(trx, articleId, publishedAt, when.now);
  }
  await syncArticleSearch(trx, articleId);
  for (const row of moved) {
    await audit(
      ctx,
      trx,
      "published",
      { type: "translation", id: row.id },
      {
        articleId,
        lang: row.lang,
        publishedAt,
        ...details,
      },
    );
  }
  return moved.map((row) => ({ translationId: row.id, articleId, lang: row.lang }));
}
