import { announceContentChange } from "../../store/contentChanges.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction } from "../../store/database.js";
import { articleExists, attach, detach, findMedia } from "../../store/media.js";
import { requireMediaPermission, type MediaActor, type MediaContext } from "./context.js";

/** How an article uses a file: an image shown in it, or a document listed for download under it. */
export type MediaRole = "image" | "attachment";

export function isMediaRole(value: string): value is MediaRole {
  return value === "image" || value === "attachment";
}

export interface AttachInput {
  articleId: number;
  mediaId: number;
  role: MediaRole;
  actor: MediaActor;
}

/**
 * Attaches a file to an article, after those it has, or changes the role of one already attached. Images are
 * shown as images and documents listed as attachments: the role must fit the kind. Whether the actor may edit
 * this article is the editorial route's check.
 */
export async function attachMedia(ctx: Pick<MediaContext, "store">, input: AttachInput): Promise<void> {
  requireMediaPermission(input.actor);
  await inTransaction(ctx.store.db, async (trx) => {
    if (!(await articleExists(trx, input.articleId))) {
      throw new AppError("not_found", `There is no article ${input.articleId}`);
    }
    const media = await findMedia(trx, input.mediaId);
    if (!media) throw new AppError("not_found", `There is no media ${input.mediaId}`);
    if (media.kind !== input.role) {
      throw new AppError(
        "validation_failed",
        media.kind === "image"
          ? "An image is attached as an image, not as a document"
          : "A document is attached as an attachment, not as an image",
        { field: "role", kind: media.kind, role: input.role },
      );
    }
    await attach(trx, { articleId: input.articleId, mediaId: media.id, role: input.role });
    announceContentChange({ articleIds: [input.articleId] });
  });
}

export async function detachMedia(
  ctx: Pick<MediaContext, "store">,
  input: { articleId: number; mediaId: number; actor: MediaActor },
): Promise<void> {
  requireMediaPermission(input.actor);
  if (!(await detach(ctx.store.db, input.articleId, input.mediaId))) {
    throw new AppError("not_found", `Media ${input.mediaId} is not attached to article ${input.articleId}`);
  }
  announceContentChange({ articleIds: [input.articleId] });
}
