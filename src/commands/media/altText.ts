import { announceMediaChange } from "../../store/mediaChanges.js";
import { AppError } from "../../lib/errors.js";
import { altTexts, deleteAlt, findMedia, upsertAlt } from "../../store/media.js";
import { requireMediaPermission, type MediaActor, type MediaContext } from "./context.js";

export { missingAltLanguages } from "../../store/media.js";

/** Longest alt text kept: a description, not an essay (long descriptions belong in the body). */
export const MAX_ALT_LENGTH = 500;

export interface AltTextInput {
  mediaId: number;
  lang: string;
  /** Blank removes the language's alt text. */
  alt: string;
  actor: MediaActor;
}

/**
 * Sets an image's alt text in one language; returns every language's text. Alt text is stored as plain text
 * and escaped wherever it is shown, so markup in it is shown, never run.
 */
export async function setAltText(
  ctx: Pick<MediaContext, "store" | "languages">,
  input: AltTextInput,
): Promise<Record<string, string>> {
  requireMediaPermission(input.actor);
  if (!ctx.languages.includes(input.lang)) {
    throw new AppError("validation_failed", `"${input.lang}" is not one of the site's languages`, {
      field: "lang",
      lang: input.lang,
    });
  }
  const alt = input.alt
    // eslint-disable-next-line no-control-regex -- control characters are never part of a description
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (Array.from(alt).length > MAX_ALT_LENGTH) {
    throw new AppError(
      "validation_failed",
      `The alt text is too long: at most ${MAX_ALT_LENGTH} characters. Describe what the image shows briefly.`,
      { field: "alt", max: MAX_ALT_LENGTH },
    );
  }
  const media = await findMedia(ctx.store.db, input.mediaId);
  if (!media) throw new AppError("not_found", `There is no media ${input.mediaId}`);
  if (media.kind !== "image") {
    throw new AppError("validation_failed", "Alt text describes images; a document has none", {
      field: "mediaId",
    });
  }
  if (alt === "") await deleteAlt(ctx.store.db, media.id, input.lang);
  else await upsertAlt(ctx.store.db, media.id, input.lang, alt);
  await announceMediaChange(ctx.store.db, media.id);
  return altTexts(ctx.store.db, media.id);
}
