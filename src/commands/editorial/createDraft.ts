import type { Kysely } from "kysely";
import { sanitizeBody } from "../../domain/html.js";
import { isoNow } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import { insertRevision } from "../../store/revisions.js";
import type { Database } from "../../store/schema.js";
import { findArticleRow, translationsOfArticle, type TranslationRow } from "../../store/translations.js";
import { createArticle, type TranslationInput } from "../createArticle.js";
import { actorCan, actorId, audit, forbidden, requirePermission, type EditorialContext } from "./context.js";
import { invalid, resolveSignature, resolveSlug } from "./fields.js";

/** A translation as a draft starts: like createArticle's, without a state (it is always "draft"). */
export type DraftTranslationInput = Omit<TranslationInput, "state">;

export interface DraftInput {
  sectionId: number;
  kind: string;
  /**
   * The official publication instant. Leave it out to list the item at the moment it is first published;
   * a future one is also moved to that moment.
   */
  publishedAt?: string | undefined;
  eventStart?: string | undefined;
  eventEnd?: string | undefined;
  peopleIds?: number[] | undefined;
  translations: DraftTranslationInput[];
}

export interface DraftCreated {
  articleId: number;
  translationIds: Record<string, number>;
  slugs: Record<string, string>;
  /** Every new translation is at version 1: the baseVersion of its first save. */
  version: 1;
}

/**
 * A new article with one or more translations, all drafts authored by the actor (permission "article.create").
 * Input is validated and bodies sanitized as createArticle does; each translation's first revision is recorded,
 * and the creation is audited, all in one transaction.
 */
export async function createDraft(ctx: EditorialContext, input: DraftInput): Promise<DraftCreated> {
  requirePermission(ctx.actor, "article.create");
  const now = isoNow(ctx.clock);
  // One instant for the whole creation: an article whose publication time equals its creation time has none set.
  const fixed = { now: () => new Date(now) };
  return inTransaction(ctx.store.db, async (trx) => {
    const created = await createArticle(
      { store: { ...ctx.store, db: trx }, languages: ctx.languages, clock: fixed },
      {
        ...input,
        publishedAt: input.publishedAt ?? now,
        translations: input.translations.map((t) => ({ ...t, state: "draft" as const })),
      },
    );
    const author = actorId(ctx.actor);
    await trx
      .updateTable("articles")
      .set({ created_by: author })
      .where("id", "=", created.articleId)
      .execute();
    await trx
      .updateTable("article_translations")
      .set({ author_id: author, updated_by: author, content_changed_at: now })
      .where("article_id", "=", created.articleId)
      .execute();
    for (const row of await translationsOfArticle(trx, created.articleId)) {
      await recordFirstRevision(trx, row, now);
    }
    await audit(
      ctx,
      trx,
      "article_created",
      { type: "article", id: created.articleId },
      {
        translationIds: created.translationIds,
        titles: Object.fromEntries(input.translations.map((t) => [t.lang, t.title.trim()])),
      },
    );
    return { ...created, version: 1 as const };
  });
}

/**
 * Adds a draft translation in another language to an existing article. Correspondents may add to their own
 * articles only. The new text starts in step with the others, so neither side is marked out of date.
 */
export async function addTranslation(
  ctx: EditorialContext,
  input: { articleId: number; translation: DraftTranslationInput },
): Promise<{ translationId: number; slug: string; version: 1 }> {
  requirePermission(ctx.actor, "article.create");
  const t = input.translation;
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const article = await findArticleRow(trx, input.articleId);
    if (!article) throw new AppError("not_found", `Article ${input.articleId} does not exist`);
    const mine = ctx.actor !== "system" && article.created_by === ctx.actor.id;
    if (!mine && !actorCan(ctx.actor, "article.editAnyDraft")) throw forbidden("own_items_only");

    const existing = await translationsOfArticle(trx, input.articleId);
    const problems: string[] = [];
    const fields: string[] = [];
    if (!ctx.languages.includes(t.lang)) problems.push(`language "${t.lang}" is not configured`);
    if (existing.some((row) => row.lang === t.lang))
      problems.push(`the article already has a ${t.lang} translation`);
    if (problems.length > 0) fields.push("lang");
    if (t.title.trim() === "") {
      problems.push(`the ${t.lang} title is empty`);
      fields.push("title");
    }
    if (problems.length > 0) throw invalid(problems, fields);

    const slug = await resolveSlug(trx, { sectionId: article.section_id, lang: t.lang }, t.title, t.slug);
    const signature = t.signature ? await resolveSignature(trx, t.signature, t.lang) : undefined;
    const inStep = existing.reduce<string | null>(
      (latest, row) =>
        row.content_changed_at !== null && (latest === null || row.content_changed_at > latest)
          ? row.content_changed_at
          : latest,
      null,
    );
    const author = actorId(ctx.actor);
    const row = await trx
      .insertInto("article_translations")
      .values({
        article_id: article.id,
        lang: t.lang,
        section_id: article.section_id,
        slug,
        title: t.title.trim(),
        lead: (t.lead ?? "").trim(),
        body_html: sanitizeBody(t.bodyHtml),
        place: t.place?.trim() || null,
        signature_person_id: signature?.personId ?? null,
        signature_post_id: signature?.postId ?? null,
        signature_text: signature?.text ?? null,
        state: "draft",
        published_at: article.published_at,
        created_at: now,
        updated_at: now,
        author_id: author,
        updated_by: author,
        content_changed_at: inStep ?? now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordFirstRevision(trx, row, now);
    await audit(
      ctx,
      trx,
      "article_created",
      { type: "article", id: article.id },
      {
        translationIds: { [t.lang]: row.id },
        titles: { [t.lang]: row.title },
        addedTranslation: true,
      },
    );
    return { translationId: row.id, slug, version: 1 as const };
  });
}

/** The revision of a translation as it was created. */
async function recordFirstRevision(trx: Kysely<Database>, row: TranslationRow, now: string): Promise<void> {
  await insertRevision(
    trx,
    {
      translationId: row.id,
      version: row.version,
      title: row.title,
      lead: row.lead,
      bodyHtml: row.body_html,
      slug: row.slug,
      place: row.place,
      signatureText: row.signature_text,
      state: row.state,
      authorId: row.author_id,
      isCorrection: false,
    },
    now,
  );
}
