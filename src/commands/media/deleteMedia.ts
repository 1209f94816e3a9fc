import type { Kysely } from "kysely";
import { appendAudit } from "../../audit/log.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import type { Database } from "../../store/schema.js";
import {
  articlesUsing,
  deleteMediaRow,
  findMedia,
  isKeyInUse,
  variantKeysOf,
  type MediaRecord,
} from "../../store/media.js";
import { requireMediaPermission, type MediaActor, type MediaContext } from "./context.js";

/**
 * Deletes a file, its variants and alt texts. Refused while any article uses it, so that no published page
 * ever loses an image or a document silently. The files go after the rows are committed: a failure in
 * between leaves an unused file behind, never a row pointing at nothing.
 */
export async function deleteMedia(
  ctx: Pick<MediaContext, "store" | "storage" | "clock">,
  input: { mediaId: number; actor: MediaActor },
): Promise<void> {
  requireMediaPermission(input.actor);
  const keys = await inTransaction(ctx.store.db, async (trx) => {
    const found = await findMedia(trx, input.mediaId);
    if (!found) throw new AppError("not_found", `There is no media ${input.mediaId}`);
    await refuseWhileAttached(trx, found);
    const variantKeys = await variantKeysOf(trx, found.id);
    try {
      await deleteMediaRow(trx, found.id);
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      // Attached by someone else since the check: the foreign key refused the delete.
      throw new AppError("conflict", `"${found.originalName}" was just attached to an article`, {
        reason: "in_use",
      });
    }
    await appendAudit(
      { db: trx, dialect: ctx.store.dialect },
      {
        action: "media_deleted",
        actorId: input.actor.id,
        actorLabel: input.actor.label,
        subjectType: "media",
        subjectId: found.id,
        details: { kind: found.kind, name: found.originalName, sha256: found.sha256 },
        ip: input.actor.ip,
      },
      ctx.clock,
    );
    return [found.storageKey, ...variantKeys];
  });
  for (const key of keys) {
    // The same file may have been uploaded again since: its new row owns the key now.
    if (!(await isKeyInUse(ctx.store.db, key))) await ctx.storage.delete(key);
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Error) || !("code" in error)) return false;
  return error.code === "23503" || error.code === "SQLITE_CONSTRAINT_FOREIGNKEY";
}

async function refuseWhileAttached(db: Kysely<Database>, media: MediaRecord): Promise<void> {
  const articles = await articlesUsing(db, media.id);
  if (articles.length > 0) {
    throw new AppError(
      "conflict",
      `"${media.originalName}" is used by ${articles.length === 1 ? "article" : "articles"} ${articles.join(", ")}; remove it from ${articles.length === 1 ? "that article" : "them"} first`,
      { reason: "in_use", articles },
    );
  }
}
