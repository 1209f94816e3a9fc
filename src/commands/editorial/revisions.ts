import { diffHtmlAsText, diffWords, type TextDiff } from "../../domain/diff.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import { findRevision, listRevisionsOf, type Revision, type RevisionSummary } from "../../store/revisions.js";
import { findTranslation } from "../../store/translations.js";
import { audit, type EditorialContext } from "./context.js";
import { saveTranslation, type SaveResult } from "./saveTranslation.js";

/**
 * The revisions of a translation, newest first, with who made each and any correction note. Every role may read
 * the history of any item; the route only needs a signed-in member of the press office.
 */
export async function listRevisions(
  ctx: Pick<EditorialContext, "store" | "actor">,
  translationId: number,
): Promise<RevisionSummary[]> {
  const translation = await findTranslation(ctx.store.db, translationId);
  if (!translation) throw new AppError("not_found", `Translation ${translationId} does not exist`);
  return listRevisionsOf(ctx.store.db, translationId);
}

/** One revision in full, for the revision viewer. */
export async function getRevision(
  ctx: Pick<EditorialContext, "store" | "actor">,
  revisionId: number,
): Promise<Revision> {
  const revision = await findRevision(ctx.store.db, revisionId);
  if (!revision) throw new AppError("not_found", `Revision ${revisionId} does not exist`);
  return revision;
}

/** A word-level comparison of two revisions of one translation, field by field. */
export interface RevisionDiff {
  from: Revision;
  to: Revision;
  title: TextDiff;
  lead: TextDiff;
  /** The body compared as text, one line per paragraph. */
  body: TextDiff;
  place: TextDiff;
  signature: TextDiff;
  slugChanged: boolean;
}

/** Compares two revisions of the same translation (AppError "validation_failed" for two translations). */
export async function diffRevisions(
  ctx: Pick<EditorialContext, "store" | "actor">,
  input: { from: number; to: number },
): Promise<RevisionDiff> {
  const [from, to] = await Promise.all([getRevision(ctx, input.from), getRevision(ctx, input.to)]);
  if (from.translationId !== to.translationId) {
    throw new AppError("validation_failed", "Only revisions of the same translation can be compared", {
      problems: ["the revisions belong to different translations"],
      fields: ["to"],
    });
  }
  return {
    from,
    to,
    title: diffWords(from.title, to.title),
    lead: diffWords(from.lead, to.lead),
    body: diffHtmlAsText(from.bodyHtml, to.bodyHtml),
    place: diffWords(from.place ?? "", to.place ?? ""),
    signature: diffWords(from.signatureText ?? "", to.signatureText ?? ""),
    slugChanged: from.slug !== to.slug,
  };
}

/**
 * Brings back the text of an old revision (title, lead, body, place, byline; the address stays) as a new
 * revision. It is a save like any other: the same permissions, the same baseVersion check, and for published
 * text the same correction rules. Audited as "revision_restored".
 */
export async function restoreRevision(
  ctx: EditorialContext,
  input: { revisionId: number; baseVersion: number; correction?: { note: string } | undefined },
): Promise<SaveResult> {
  return inTransaction(ctx.store.db, async (trx) => {
    const inner = { ...ctx, store: { ...ctx.store, db: trx } };
    const revision = await findRevision(trx, input.revisionId);
    if (!revision) throw new AppError("not_found", `Revision ${input.revisionId} does not exist`);
    const result = await saveTranslation(
      inner,
      {
        translationId: revision.translationId,
        baseVersion: input.baseVersion,
        title: revision.title,
        lead: revision.lead,
        bodyHtml: revision.bodyHtml,
        place: revision.place,
        correction: input.correction,
      },
      { signatureText: revision.signatureText },
    );
    if (result.changed) {
      await audit(
        inner,
        trx,
        "revision_restored",
        { type: "translation", id: revision.translationId },
        {
          restoredRevisionId: revision.id,
          restoredVersion: revision.version,
          version: result.version,
          revisionId: result.revisionId,
        },
      );
    }
    return result;
  });
}
