import type { Kysely } from "kysely";
import { isoNow } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import type { Database } from "../../store/schema.js";
import {
  findArticleRow,
  moveTranslationState,
  translationsOfArticle,
  type ArticleRow,
} from "../../store/translations.js";
import { audit, requirePermission, type EditorialContext } from "./context.js";
import { invalid, isIsoInstant, toInstant } from "./fields.js";
import { publishInTransaction, type PublishedTranslation } from "./publishing.js";

/** States an embargo takes in: every language that is ready. */
const isReady = (state: string): boolean => state === "approved" || state === "scheduled";

export interface EmbargoResult {
  articleId: number;
  until: string;
  /** Every translation now under embargo (those moved by this call and those already held). */
  translationIds: number[];
}

/**
 * Puts an article under embargo until an instant (permission "article.embargo"): every approved or scheduled
 * translation becomes "embargoed" and nothing of the article is public until the release. Calling it again moves
 * the release time and takes in translations approved since. An article that is already public in some language
 * cannot be embargoed.
 */
export async function embargoArticle(
  ctx: EditorialContext,
  input: { articleId: number; until: string },
): Promise<EmbargoResult> {
  requirePermission(ctx.actor, "article.embargo");
  const now = isoNow(ctx.clock);
  if (!isIsoInstant(input.until)) throw invalid(["an embargo needs a release time (ISO 8601)"], ["until"]);
  const until = toInstant(input.until);
  if (until <= now) throw invalid([`the release time ${until} is not in the future`], ["until"]);

  return inTransaction(ctx.store.db, async (trx) => {
    const article = await loadArticle(trx, input.articleId);
    const translations = await translationsOfArticle(trx, article.id);
    const published = translations.filter((t) => t.state === "published").map((t) => t.lang);
    if (published.length > 0) {
      throw notReady(
        `The article is already public in ${published.join(", ")}; an embargo cannot hold it back`,
      );
    }
    const moved: number[] = [];
    for (const t of translations.filter((row) => isReady(row.state))) {
      const ok = await moveTranslationState(trx, t.id, [t.state], {
        state: "embargoed",
        scheduled_at: null,
        updated_at: now,
      });
      if (ok) moved.push(t.id);
    }
    const held = translations.filter((t) => t.state === "embargoed").map((t) => t.id);
    const all = [...held, ...moved].sort((a, b) => a - b);
    if (all.length === 0) {
      throw notReady("No translation of this article is approved yet; only approved items can be embargoed");
    }
    await trx
      .updateTable("articles")
      .set({ embargo_until: until, updated_at: now })
      .where("id", "=", article.id)
      .execute();
    await audit(
      ctx,
      trx,
      "embargoed",
      { type: "article", id: article.id },
      {
        until,
        previousUntil: article.embargo_until,
        translationIds: all,
        moved,
      },
    );
    return { articleId: article.id, until, translationIds: all };
  });
}

/** Ends an embargo without publishing: the held translations go back to "approved". */
export async function liftEmbargo(
  ctx: EditorialContext,
  input: { articleId: number },
): Promise<{ articleId: number; translationIds: number[] }> {
  requirePermission(ctx.actor, "article.embargo");
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const article = await loadArticle(trx, input.articleId);
    const held = (await translationsOfArticle(trx, article.id)).filter((t) => t.state === "embargoed");
    // After a release embargo_until stays as a record; only a future one, or held translations, is an embargo.
    const pending = article.embargo_until !== null && article.embargo_until > now;
    if (held.length === 0 && !pending) throw notReady("The article is not under embargo");
    const moved: number[] = [];
    for (const t of held) {
      if (await moveTranslationState(trx, t.id, ["embargoed"], { state: "approved", updated_at: now }))
        moved.push(t.id);
    }
    await trx
      .updateTable("articles")
      .set({ embargo_until: null, updated_at: now })
      .where("id", "=", article.id)
      .execute();
    await audit(
      ctx,
      trx,
      "embargo_lifted",
      { type: "article", id: article.id },
      {
        previousUntil: article.embargo_until,
        translationIds: moved,
      },
    );
    return { articleId: article.id, translationIds: moved };
  });
}

/** Releases an embargo now, before its time: every embargoed translation is published. */
export async function releaseEmbargo(
  ctx: EditorialContext,
  input: { articleId: number },
): Promise<{ articleId: number; published: PublishedTranslation[] }> {
  requirePermission(ctx.actor, "article.embargo");
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const article = await loadArticle(trx, input.articleId);
    const published = await release(ctx, trx, article, now, now);
    if (published.length === 0) throw notReady("No translation of this article is under embargo");
    return { articleId: article.id, published };
  });
}

/**
 * The job runner's release: publishes every embargoed translation of an article whose embargo has ended, at most
 * once however many runners try. Returns what this call published.
 */
export async function releaseDueEmbargo(
  ctx: Pick<EditorialContext, "store" | "actor" | "clock">,
  articleId: number,
  now: string,
): Promise<PublishedTranslation[]> {
  return inTransaction(ctx.store.db, async (trx) => {
    const article = await findArticleRow(trx, articleId);
    if (!article || article.embargo_until === null || article.embargo_until > now) return [];
    return release(ctx, trx, article, now, article.embargo_until);
  });
}

async function release(
  ctx: Pick<EditorialContext, "store" | "actor" | "clock" | "ip">,
  trx: Kysely<Database>,
  article: ArticleRow,
  now: string,
  listingAt: string,
): Promise<PublishedTranslation[]> {
  const published = await publishInTransaction(
    ctx,
    trx,
    article.id,
    { from: ["embargoed"] },
    { now, listingAt },
    { via: "embargo_release" },
  );
  if (published.length === 0) return [];
  // The embargo's end is kept as a record; an early release moves it to the actual moment.
  if (article.embargo_until === null || article.embargo_until > now) {
    await trx
      .updateTable("articles")
      .set({ embargo_until: now, updated_at: now })
      .where("id", "=", article.id)
      .execute();
  }
  await audit(
    ctx,
    trx,
    "embargo_released",
    { type: "article", id: article.id },
    {
      until: article.embargo_until,
      releasedAt: now,
      translationIds: published.map((p) => p.translationId),
    },
  );
  return published;
}

async function loadArticle(trx: Kysely<Database>, articleId: number): Promise<ArticleRow> {
  const article = await findArticleRow(trx, articleId);
  if (!article) throw new AppError("not_found", `Article ${articleId} does not exist`);
  return article;
}

function notReady(message: string): AppError {
  return new AppError("invalid_transition", message);
}
