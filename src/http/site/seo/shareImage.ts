import type { ArticleImage } from "../../../store/publicArticles.js";
import { mediaUrl } from "../../media/present.js";

/** The image link previews show for an article: a JPEG (every previewer reads it) of one of its variants. */
export interface ShareImage {
  /** Site-relative; made absolute with the rest of the head's addresses. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** Large previews want at least 1200 pixels across; wider files only cost the previewer time. */
const PREFERRED_WIDTH = 1200;

/**
 * The article's first described image, as its widest JPEG up to 1200 pixels (else its narrowest one). None when
 * the article has no image described in this language: previews then fall back to a text card.
 */
export function shareImageOf(images: readonly ArticleImage[]): ShareImage | undefined {
  for (const image of images) {
    const jpegs = image.variants.filter((v) => v.format === "jpeg").sort((a, b) => a.width - b.width);
    const chosen = [...jpegs].reverse().find((v) => v.width <= PREFERRED_WIDTH) ?? jpegs[0];
    if (chosen) {
      return {
        path: mediaUrl(chosen.storageKey),
        width: chosen.width,
        height: chosen.height,
        alt: image.alt,
      };
    }
  }
  return undefined;
}
