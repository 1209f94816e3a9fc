import type { Kysely, Updateable } from "kysely";
import { sanitizeBody } from "../../domain/html.js";
import { canEdit, editPermission, isPublic } from "../../domain/workflow.js";
import { isoNow } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import { hasRevision, insertCorrection, insertRevision } from "../../store/revisions.js";
import { syncArticleSearch } from "../../search/sync.js";
import type { ArticleTranslationsTable, Database } from "../../store/schema.js";
import {
  findArticleRow,
  findTranslation,
  translationsOfArticle,
  updateTranslationAtVersion,
  type TranslationRow,
} from "../../store/translations.js";
import { audit, forbidden, stateOf, type EditorialContext } from "./context.js";
import { applyArticleChanges, articleFieldChanges } from "./articleFields.js";
import { conflictError, type TranslationText } from "./conflict.js";
import {
  invalid,
  resolveSignature,
  resolveSlug,
  type ArticleFieldsInput,
  type SignatureInput,
} from "./fields.js";

export interface SaveTranslationInput {
  translationId: number;
  /** The version the editor opened; a save based on an older one is a conflict (409) and writes nothing. */
  baseVersion: number;
  /** Fields left out stay as they are. */
  title?: string | undefined;
  lead?: string | undefined;
  /** Sanitized here, whatever the editor sent. */
  bodyHtml?: string | undefined;
  slug?: string | undefined;
  place?: string | null | undefined;
  /** null removes the byline. */
  signature?: SignatureInput | null | undefined;
  /** Fields shared by every translation; changing them needs the right to edit every translation. */
  article?: ArticleFieldsInput | undefined;
  /** For published text: a public correction note ("Corrected on <date>: <note>"). */
  correction?: { note: string } | undefined;
}

export interface SaveResult {
  translationId: number;
  /** False when the save changed nothing (nothing was written; the version stays). */
  changed: boolean;
  /** The new version: the baseVersion of the next save. */
  version: number;
  updatedAt: string;
  slug: string;
  contentChangedAt: string | null;
  revisionId: number | undefined;
  correctionId: number | undefined;
}

/** Internal extras for restoreRevision: a byline text taken from a revision as it was printed. */
export interface SaveExtras {
  signatureText?: string | null | undefined;
}

/**
 * Saves a translation with optimistic concurrency. Every change bumps the version and records a revision
 * (a full snapshot). Published text changes only with "article.correct", and always on record: as a public
 * correction when a note is given, else audited as "published_text_edited".
 */
export async function saveTranslation(
  ctx: EditorialContext,
  input: SaveTranslationInput,
  extras: SaveExtras = {},
): Promise<SaveResult> {
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const row = await findTranslation(trx, input.translationId);
    if (!row) throw new AppError("not_found", `Translation ${input.translationId} does not exist`);
    authorizeEdit(ctx, row);
    const articleInput = input.article && Object.keys(input.article).length > 0 ? input.article : undefined;
    const siblings = articleInput ? await translationsOfArticle(trx, row.article_id) : [];
    for (const sibling of siblings) authorizeEdit(ctx, sibling);

    const submitted = submittedText(input, extras);
    if (row.version !== input.baseVersion) {
      throw await conflictError(trx, row.id, input.baseVersion, submitted);
    }
    const article = await findArticleRow(trx, row.article_id);
    if (!article) throw new AppError("not_found", `Article ${row.article_id} does not exist`);
    const state = stateOf(row);

    const changes = await translationChanges(
      trx,
      row,
      input,
      extras,
      articleInput?.sectionId ?? row.section_id,
    );
    const articleChanges = articleInput
      ? await articleFieldChanges(trx, article, articleInput, siblings)
      : undefined;
    const hasChanges =
      Object.keys(changes).length > 0 || (articleChanges !== undefined && articleChanges.any);

    const note = input.correction?.note.trim();
    if (input.correction && !isPublic(state)) {
      throw invalid(["only published text can be corrected"], ["correction"]);
    }
    if (input.correction && !note) throw invalid(["a correction needs a note"], ["correction"]);
    if (!hasChanges) {
      if (input.correction)
        throw invalid(["nothing was changed, so there is nothing to correct"], ["correction"]);
      return unchanged(row);
    }

    const textChanged =
      changes.title !== undefined || changes.lead !== undefined || changes.body_html !== undefined;
    const actorId = ctx.actor === "system" ? null : ctx.actor.id;
    const saved = await updateTranslationAtVersion(trx, row.id, input.baseVersion, {
      ...changes,
      updated_at: now,
      updated_by: actorId,
      ...(textChanged ? { content_changed_at: now } : {}),
    });
    if (!saved) throw await conflictError(trx, row.id, input.baseVersion, submitted);
    if (articleChanges?.any) await applyArticleChanges(trx, article.id, articleChanges, now);
    // Search holds published text and the article's fields; a draft's edits change nothing there.
    if (isPublic(state) || articleChanges?.any) await syncArticleSearch(trx, article.id);

    // Text that predates the workflow (demo, import) gets its original version on record before the first change.
    if (!(await hasRevision(trx, row.id, row.version)))
      await insertRevision(trx, snapshotOf(row, false, row.updated_by ?? row.author_id), now);
    const after = await findTranslation(trx, row.id);
    if (!after) throw new AppError("not_found", `Translation ${row.id} does not exist`);
    const revisionId = await insertRevision(trx, snapshotOf(after, note !== undefined, actorId), now);

    let correctionId: number | undefined;
    if (isPublic(state)) {
      const facts = { articleId: row.article_id, lang: row.lang, version: after.version, revisionId };
      if (note) {
        correctionId = await insertCorrection(trx, {
          translationId: row.id,
          revisionId,
          note,
          correctedAt: now,
        });
        await audit(
          ctx,
          trx,
          "corrected",
          { type: "translation", id: row.id },
          { ...facts, note, correctionId },
        );
      } else {
        await audit(ctx, trx, "published_text_edited", { type: "translation", id: row.id }, facts);
      }
    }
    return {
      translationId: row.id,
      changed: true,
      version: after.version,
      updatedAt: after.updated_at,
      slug: after.slug,
      contentChangedAt: after.content_changed_at,
      revisionId,
      correctionId,
    };
  });
}

function authorizeEdit(ctx: EditorialContext, row: TranslationRow): void {
  if (ctx.actor === "system") return;
  const state = stateOf(row);
  const isAuthor = row.author_id === ctx.actor.id;
  if (canEdit(state, { role: ctx.actor.role, isAuthor })) return;
  const permission = editPermission(state, isAuthor);
  throw forbidden(
    permission === "article.editAnyDraft" && state === "draft" ? "own_items_only" : "forbidden",
    {
      permission,
      translationId: row.id,
    },
  );
}

function submittedText(input: SaveTranslationInput, extras: SaveExtras): Partial<TranslationText> {
  const sent: Partial<TranslationText> = {};
  if (input.title !== undefined) sent.title = input.title;
  if (input.lead !== undefined) sent.lead = input.lead;
  if (input.bodyHtml !== undefined) sent.bodyHtml = sanitizeBody(input.bodyHtml);
  if (input.slug !== undefined) sent.slug = input.slug;
  if (input.place !== undefined) sent.place = input.place;
  if (extras.signatureText !== undefined) sent.signatureText = extras.signatureText;
  else if (input.signature !== undefined) sent.signatureText = input.signature?.text ?? null;
  return sent;
}

/** The translation's columns that the input changes, validated. */
async function translationChanges(
  trx: Kysely<Database>,
  row: TranslationRow,
  input: SaveTranslationInput,
  extras: SaveExtras,
  sectionId: number,
): Promise<Updateable<ArticleTranslationsTable>> {
  const changes: Updateable<ArticleTranslationsTable> = {};
  const title = input.title?.trim() ?? row.title;
  if (title === "") throw invalid([`the ${row.lang} title is empty`], ["title"]);
  if (title !== row.title) changes.title = title;
  const lead = input.lead?.trim();
  if (lead !== undefined && lead !== row.lead) changes.lead = lead;
  const body = input.bodyHtml === undefined ? undefined : sanitizeBody(input.bodyHtml);
  if (body !== undefined && body !== row.body_html) changes.body_html = body;
  const place = input.place === undefined ? undefined : input.place?.trim() || null;
  if (place !== undefined && place !== row.place) changes.place = place;

  if (input.slug !== undefined && input.slug !== row.slug) {
    if (row.first_published_at !== null) {
      throw invalid(
        ["the slug of an item that has been public cannot change: its address must keep working"],
        ["slug"],
      );
    }
    changes.slug = await resolveSlug(trx, { sectionId, lang: row.lang, exceptId: row.id }, title, input.slug);
  }
  if (input.signature !== undefined) {
    const signature = await resolveSignature(trx, input.signature, row.lang);
    if (signature.personId !== row.signature_person_id) changes.signature_person_id = signature.personId;
    if (signature.postId !== row.signature_post_id) changes.signature_post_id = signature.postId;
    if (signature.text !== row.signature_text) changes.signature_text = signature.text;
  }
  if (extras.signatureText !== undefined && extras.signatureText !== row.signature_text) {
    changes.signature_text = extras.signatureText;
  }
  return changes;
}

function snapshotOf(row: TranslationRow, isCorrection: boolean, authorId: number | null) {
  return {
    translationId: row.id,
    version: row.version,
    title: row.title,
    lead: row.lead,
    bodyHtml: row.body_html,
    slug: row.slug,
    place: row.place,
    signatureText: row.signature_text,
    state: row.state,
    authorId,
    isCorrection,
  };
}

function unchanged(row: TranslationRow): SaveResult {
  return {
    translationId: row.id,
    changed: false,
    version: row.version,
    updatedAt: row.updated_at,
    slug: row.slug,
    contentChangedAt: row.content_changed_at,
    revisionId: undefined,
    correctionId: undefined,
  };
}
