import { isoNow } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import { findArticleRow, translationsOfArticle } from "../../store/translations.js";
import { syncArticleSearch } from "../../search/sync.js";
import { audit, requirePermission, type EditorialContext } from "./context.js";

/**
 * Deletes an article with its translations, revisions, corrections and preview links (permission
 * "article.delete"). The audit entry keeps what was deleted: titles, slugs and states per language.
 */
export async function deleteArticle(
  ctx: EditorialContext,
  input: { articleId: number },
): Promise<{ articleId: number; translationIds: number[] }> {
  requirePermission(ctx.actor, "article.delete");
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const article = await findArticleRow(trx, input.articleId);
    if (!article) throw new AppError("not_found", `Article ${input.articleId} does not exist`);
    const translations = await translationsOfArticle(trx, article.id);
    await trx.deleteFrom("articles").where("id", "=", article.id).execute();
    await syncArticleSearch(trx, article.id);
    await audit(
      ctx,
      trx,
      "article_deleted",
      { type: "article", id: article.id },
      {
        deletedAt: now,
        sectionId: article.section_id,
        translations: translations.map((t) => ({
          id: t.id,
          lang: t.lang,
          title: t.title,
          slug: t.slug,
          state: t.state,
          version: t.version,
        })),
      },
    );
    return { articleId: article.id, translationIds: translations.map((t) => t.id) };
  });
}
