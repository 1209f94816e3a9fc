import type { Updateable } from "kysely";
import type { AuditAction } from "../../audit/log.js";
import {
  actionsFrom,
  checkAction,
  nextState,
  type TranslationAction,
  type WorkflowAction,
  type WorkflowState,
} from "../../domain/workflow.js";
import { isoNow } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import type { ArticleTranslationsTable } from "../../store/schema.js";
import { findArticleRow, findTranslation, moveTranslationState } from "../../store/translations.js";
import { actorId, audit, authorMayNotApprove, forbidden, stateOf, type EditorialContext } from "./context.js";
import { invalid, isIsoInstant, toInstant } from "./fields.js";
import { missingAltLanguages } from "../../store/media.js";
import { publishInTransaction } from "./publishing.js";
import { syncArticleSearch } from "../../search/sync.js";

export interface TransitionInput {
  translationId: number;
  action: TranslationAction;
  /** For "schedule": when the job runner publishes it (ISO 8601, in the future). */
  at?: string | undefined;
  /** For "return" (required) and "approve": a note to the author, kept as the review note. */
  note?: string | undefined;
}

export interface TransitionResult {
  translationId: number;
  articleId: number;
  lang: string;
  from: WorkflowState;
  to: WorkflowState;
  scheduledAt: string | null;
}

const auditActionOf: Record<TranslationAction, AuditAction> = {
  submit: "submitted",
  return: "returned",
  approve: "approved",
  publish: "published",
  schedule: "scheduled",
  unschedule: "unscheduled",
  unpublish: "unpublished",
  reopen: "reopened",
};

/** AppError "invalid_transition" (409), naming the state and the actions it allows. */
export function invalidTransition(from: WorkflowState, action: WorkflowAction, why?: string): AppError {
  const allowed = actionsFrom(from);
  return new AppError(
    "invalid_transition",
    why ?? `A translation that is ${from.replace("_", " ")} cannot be sent to "${action}"`,
    { state: from, action, allowed },
  );
}

/**
 * Moves one translation through the workflow. The other languages of the article never move with it.
 * Authorization comes first (AppError "forbidden"), then the state machine ("invalid_transition"); the change,
 * which only applies if nobody moved the translation meanwhile, and its audit entry commit together.
 */
export async function transition(ctx: EditorialContext, input: TransitionInput): Promise<TransitionResult> {
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const row = await findTranslation(trx, input.translationId);
    if (!row) throw new AppError("not_found", `Translation ${input.translationId} does not exist`);
    const from = stateOf(row);
    const { actor } = ctx;
    let to: WorkflowState | undefined;
    if (actor === "system") {
      to = nextState(from, input.action);
    } else {
      const check = checkAction(from, input.action, {
        role: actor.role,
        isAuthor: row.author_id === actor.id,
        authorMayNotApprove: input.action === "approve" && (await authorMayNotApprove(ctx, trx)),
      });
      if (!check.ok && check.refusal !== "invalid_transition") {
        throw forbidden(check.refusal, { action: input.action, translationId: row.id });
      }
      to = check.ok ? check.to : undefined;
    }
    if (to === undefined) throw invalidTransition(from, input.action);

    const article = await findArticleRow(trx, row.article_id);
    if (!article) throw new AppError("not_found", `Article ${row.article_id} does not exist`);
    const embargoed = article.embargo_until !== null && article.embargo_until > now;
    if (embargoed && (input.action === "publish" || input.action === "schedule")) {
      throw invalidTransition(
        from,
        input.action,
        `The article is under embargo until ${article.embargo_until}; release or lift the embargo first`,
      );
    }
    if (input.action === "publish" || input.action === "schedule") {
      // Readers of this language must be told what every image shows.
      const missing = await missingAltLanguages(trx, row.article_id, [row.lang]);
      if (missing.length > 0) {
        const problem = `every image of the item needs alt text in "${row.lang}" before that language goes public`;
        throw new AppError("validation_failed", `Cannot ${input.action}: ${problem}`, {
          problems: [problem],
          fields: ["alt"],
        });
      }
    }
    const note = input.note?.trim() || undefined;
    const base = { translationId: row.id, articleId: row.article_id, lang: row.lang, from, to };

    if (input.action === "publish") {
      const published = await publishInTransaction(
        ctx,
        trx,
        row.article_id,
        { translationId: row.id, from: [from] },
        { now, listingAt: now },
        { from, via: "publish" },
      );
      if (published.length === 0) throw movedMeanwhile(row.id);
      return { ...base, scheduledAt: null };
    }

    const changes = await changesFor(input, now, actorId(actor), note);
    const moved = await moveTranslationState(trx, row.id, [from], { ...changes, state: to, updated_at: now });
    if (!moved) throw movedMeanwhile(row.id);
    if (from === "published" || to === "published") await syncArticleSearch(trx, row.article_id);
    await audit(
      ctx,
      trx,
      auditActionOf[input.action],
      { type: "translation", id: row.id },
      {
        articleId: row.article_id,
        lang: row.lang,
        from,
        to,
        ...(changes.scheduled_at ? { at: changes.scheduled_at } : {}),
        ...(note ? { note } : {}),
      },
    );
    return {
      ...base,
      scheduledAt: input.action === "schedule" ? (changes.scheduled_at ?? null) : row.scheduled_at,
    };
  });
}

async function changesFor(
  input: TransitionInput,
  now: string,
  actorId: number | null,
  note: string | undefined,
): Promise<Updateable<ArticleTranslationsTable>> {
  switch (input.action) {
    case "return":
      if (!note) throw invalid(["returning an item needs a note saying why"], ["note"]);
      return { review_note: note, approved_by: null };
    case "approve":
      return { approved_by: actorId, review_note: note ?? null };
    case "schedule": {
      if (input.at === undefined || !isIsoInstant(input.at)) {
        throw invalid(["scheduling needs a publication time (ISO 8601)"], ["at"]);
      }
      const at = toInstant(input.at);
      if (at <= now) throw invalid([`the publication time ${at} is not in the future`], ["at"]);
      return { scheduled_at: at };
    }
    case "unschedule":
      return { scheduled_at: null };
    case "reopen":
      return { approved_by: null };
    case "submit":
    case "unpublish":
    case "publish":
      return {};
  }
}

function movedMeanwhile(translationId: number): AppError {
  return new AppError("conflict", "Someone else changed the state of this translation meanwhile; reload it", {
    translationId,
  });
}
