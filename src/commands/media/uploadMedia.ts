import { createHash } from "node:crypto";
import { appendAudit } from "../../audit/log.js";
import { isoNow } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { formatFileSize } from "../../media/sizes.js";
import { sniffMedia, type MediaType } from "../../media/sniff.js";
import { readImageInfo, type ImageInfo } from "../../media/variants.js";
import { inTransaction } from "../../store/database.js";
import { findMedia, findMediaByKey, insertMedia, isKeyInUse, type MediaRecord } from "../../store/media.js";
import { requireMediaPermission, type MediaActor, type MediaContext } from "./context.js";

export interface UploadInput {
  bytes: Uint8Array;
  /** The name the file had on the uploader's computer; shown in lists and used for downloads. */
  fileName: string;
  actor: MediaActor;
}

export interface UploadResult {
  media: MediaRecord;
  /** True when the very same file was uploaded before: its existing record is returned. */
  deduplicated: boolean;
}

/** Why an upload was refused, in AppError details as `reason`; the message says it in words. */
export type UploadRefusal = "empty" | "unsupported_type" | "too_large" | "unreadable_image";

const ACCEPTED = "Pressroom accepts images (JPEG, PNG, WebP, GIF, AVIF) and documents (PDF, Word DOCX)";

/**
 * Stores an uploaded file after checking what it really is (by its bytes, never its name) and its size
 * against the limit for its kind. Images are decoded once to prove they are whole; their variants are made
 * later by the variant job. The file, its row and the audit entry are all written, or none of them is.
 */
export async function uploadMedia(ctx: MediaContext, input: UploadInput): Promise<UploadResult> {
  requireMediaPermission(input.actor);
  const shownName = cleanFileName(input.fileName);
  const { bytes } = input;
  if (bytes.byteLength === 0) refuse("empty", `"${shownName}" is empty.`, shownName);

  const sniffed = sniffMedia(bytes);
  if (!sniffed.ok) {
    refuse(
      "unsupported_type",
      `"${shownName}" cannot be uploaded: its content is ${sniffed.looksLike}, whatever its name says. ${ACCEPTED}.`,
      shownName,
    );
  }
  const type = sniffed.type;
  const limit = type.kind === "image" ? ctx.limits.maxImageBytes : ctx.limits.maxAttachmentBytes;
  if (bytes.byteLength > limit) {
    refuse(
      "too_large",
      `"${shownName}" is too large: it is ${formatFileSize(bytes.byteLength, "en")}, and ${type.kind === "image" ? "images" : "documents"} may be at most ${formatFileSize(limit, "en")}.`,
      shownName,
      { size: bytes.byteLength, limit },
    );
  }
  let info: ImageInfo | undefined;
  if (type.kind === "image") {
    try {
      info = await readImageInfo(bytes);
    } catch (error) {
      const why = error instanceof Error ? error.message : "it could not be read";
      refuse("unreadable_image", `"${shownName}" cannot be uploaded: ${why}.`, shownName);
    }
  }

  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = `${sha256}.${type.extension}`;
  const existing = await findMediaByKey(ctx.store.db, key);
  if (existing) return { media: existing, deduplicated: true };

  await ctx.storage.put(key, bytes);
  try {
    const id = await insertWithAudit(ctx, input.actor, {
      type,
      key,
      sha256,
      size: bytes.byteLength,
      name: withExtension(shownName, type),
      info,
    });
    const media = await findMedia(ctx.store.db, id);
    if (!media) throw new Error(`media ${id} vanished right after it was stored`);
    // A concurrent identical upload that failed may have removed the shared file after we wrote it.
    if (!(await ctx.storage.exists(key))) await ctx.storage.put(key, bytes);
    return { media, deduplicated: false };
  } catch (error) {
    // The same file uploaded twice at once: the other upload's row won the key, and its file is this one.
    const winner = await findMediaByKey(ctx.store.db, key);
    if (winner) return { media: winner, deduplicated: true };
    if (!(await isKeyInUse(ctx.store.db, key))) await ctx.storage.delete(key);
    throw error;
  }
}

async function insertWithAudit(
  ctx: MediaContext,
  actor: MediaActor,
  file: {
    type: MediaType;
    key: string;
    sha256: string;
    size: number;
    name: string;
    info: ImageInfo | undefined;
  },
): Promise<number> {
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const id = await insertMedia(trx, {
      kind: file.type.kind,
      originalName: file.name,
      contentType: file.type.contentType,
      size: file.size,
      sha256: file.sha256,
      storageKey: file.key,
      width: file.info?.width ?? null,
      height: file.info?.height ?? null,
      // Attachments have no variants to wait for.
      variantsReadyAt: file.type.kind === "image" ? null : now,
      createdBy: actor.id,
      createdAt: now,
    });
    await appendAudit(
      { db: trx, dialect: ctx.store.dialect },
      {
        action: "media_uploaded",
        actorId: actor.id,
        actorLabel: actor.label,
        subjectType: "media",
        subjectId: id,
        details: {
          kind: file.type.kind,
          contentType: file.type.contentType,
          size: file.size,
          name: file.name,
        },
        ip: actor.ip,
      },
      ctx.clock,
    );
    return id;
  });
}

function refuse(
  reason: UploadRefusal,
  message: string,
  fileName: string,
  extra: Record<string, unknown> = {},
): never {
  throw new AppError("validation_failed", message, { reason, fileName, ...extra });
}

/**
 * The file's own name, without any folder a browser may send, control characters or surrounding space, and
 * of a sane length; "file" when nothing is left.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
    .replace(/[\u0000-\u001f\u007f-\u009f"]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const cut = Array.from(cleaned).slice(0, 200).join("");
  return cut === "" ? "file" : cut;
}

/** The name with the extension its content calls for, so that a download opens in the right program. */
function withExtension(name: string, type: MediaType): string {
  const lower = name.toLowerCase();
  const accepted = type.id === "jpeg" ? [".jpg", ".jpeg"] : [`.${type.extension}`];
  return accepted.some((ext) => lower.endsWith(ext)) ? name : `${name}.${type.extension}`;
}
