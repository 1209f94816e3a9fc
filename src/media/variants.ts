import sharp, { type Metadata } from "sharp";

/** Widths made for every image; an image narrower than one of them is never enlarged to it. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** The two formats every width is made in: WebP for browsers that take it, JPEG for the rest. */
export type VariantFormat = "webp" | "jpeg";
export const VARIANT_FORMATS: readonly VariantFormat[] = ["webp", "jpeg"];

/**
 * Images with more pixels than this are refused at upload: decoding one would take too much memory. 50
 * megapixels is more than a press photographer's full-frame camera makes.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Bumped when the settings below change, so that new variants get new keys and caches never mix them up. */
const RECIPE = "v1";

export interface ImageInfo {
  /** As the image is shown, after EXIF rotation. */
  width: number;
  height: number;
}

export interface BuiltVariant {
  format: VariantFormat;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/**
 * Opens an image and reports its displayed size, or explains why it cannot be used: damaged, or too many
 * pixels. Throws an Error whose message is fit for the uploader.
 */
export async function readImageInfo(bytes: Uint8Array): Promise<ImageInfo> {
  const size = await imageSize(bytes);
  // Decode it fully once, so that a file with a valid header and broken data is refused now, not later.
  try {
    await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" }).stats();
  } catch {
    throw new Error("it could not be read as an image (it may be damaged)");
  }
  return size;
}

/** The displayed size from the header alone, checked against the pixel limit. */
async function imageSize(bytes: Uint8Array): Promise<ImageInfo> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new Error("it could not be read as an image (it may be damaged)");
  }
  const { width, height } = meta.autoOrient;
  if (!(width > 0 && height > 0)) throw new Error("it has no size (it may be damaged)");
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new Error(
      `it is ${width}×${height} pixels, more than the ${MAX_IMAGE_PIXELS / 1_000_000} megapixels allowed`,
    );
  }
  return { width, height };
}

/** The widths made for an image this wide: the standard ones below it, then its own width capped at the largest. */
export function variantWidths(originalWidth: number): number[] {
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? originalWidth;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < originalWidth);
  const top = Math.min(originalWidth, largest);
  if (!widths.includes(top)) widths.push(top);
  return widths;
}

/** The storage key of one variant: derived from the original's content, so it never changes meaning. */
export function variantKey(sha256: string, width: number, format: VariantFormat): string {
  return `${sha256}-${RECIPE}-w${width}.${format === "jpeg" ? "jpg" : "webp"}`;
}

/**
 * Makes every variant of an image: turned upright by its EXIF orientation, resized down (never up), stripped
 * of all metadata (camera, GPS position), in sRGB. JPEG has no transparency, so transparent parts turn white.
 */
export async function buildVariants(bytes: Uint8Array): Promise<BuiltVariant[]> {
  const info = await imageSize(bytes);
  const base = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).autoOrient();
  const variants: BuiltVariant[] = [];
  for (const width of variantWidths(info.width)) {
    for (const format of VARIANT_FORMATS) {
      const resized = base.clone().resize({ width, withoutEnlargement: true });
      const encoded =
        format === "webp"
          ? resized.webp({ quality: 80, effort: 4 })
          : resized
              .flatten({ background: "#ffffff" })
              .jpeg({ quality: 82, progressive: true, mozjpeg: true });
      const { data, info: out } = await encoded.toBuffer({ resolveWithObject: true });
      variants.push({ format, width: out.width, height: out.height, bytes: new Uint8Array(data) });
    }
  }
  return variants;
}
