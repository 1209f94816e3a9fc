import { translator, type StringKey } from "../../i18n/strings.js";
import { formatFileSize } from "../../media/sizes.js";
import { mediaTypeByContentType } from "../../media/sniff.js";
import type { ArticleAttachment, ArticleImage } from "../../store/publicArticles.js";
import type { AttachmentModel } from "../site/views/Attachments.js";
import type { FigureModel } from "../site/views/Figure.js";

/** The public address of a stored file. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}

/** The article column is at most 42rem wide; on narrower screens an image takes the whole width. */
const FIGURE_SIZES = "(min-width: 44rem) 42rem, 100vw";

/** The JPEG the browser falls back to without srcset: good on most screens, not the heaviest. */
const FALLBACK_WIDTH = 960;

export function presentFigure(image: ArticleImage): FigureModel | undefined {
  const jpeg = image.variants.filter((v) => v.format === "jpeg").sort((a, b) => a.width - b.width);
  const webp = image.variants.filter((v) => v.format === "webp").sort((a, b) => a.width - b.width);
  const largest = jpeg.at(-1);
  const fallback = [...jpeg].reverse().find((v) => v.width <= FALLBACK_WIDTH) ?? jpeg[0];
  if (!largest || !fallback || webp.length === 0) return undefined;
  const srcset = (list: typeof jpeg) => list.map((v) => `${mediaUrl(v.storageKey)} ${v.width}w`).join(", ");
  return {
    alt: image.alt,
    width: largest.width,
    height: largest.height,
    src: mediaUrl(fallback.storageKey),
    jpegSrcset: srcset(jpeg),
    webpSrcset: srcset(webp),
    sizes: FIGURE_SIZES,
  };
}

const TYPE_LABELS: Record<string, StringKey> = { pdf: "media.type.pdf", docx: "media.type.docx" };

export function presentAttachment(attachment: ArticleAttachment, lang: string): AttachmentModel {
  const t = translator(lang);
  const type = mediaTypeByContentType(attachment.contentType);
  return {
    href: mediaUrl(attachment.storageKey),
    name: attachment.name,
    typeLabel: t((type && TYPE_LABELS[type.id]) ?? "media.type.file"),
    sizeLabel: formatFileSize(attachment.size, lang),
  };
}

/** An article's figures and attachments for its page in one language. */
export function presentArticleMedia(
  media: { images: ArticleImage[]; attachments: ArticleAttachment[] },
  lang: string,
): { figures: FigureModel[]; attachments: AttachmentModel[] } {
  return {
    figures: media.images.flatMap((image) => presentFigure(image) ?? []),
    attachments: media.attachments.map((a) => presentAttachment(a, lang)),
  };
}
