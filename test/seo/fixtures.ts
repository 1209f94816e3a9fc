import type { DemoSite } from "../helpers/site.js";

/**
 * Gives an article a described image as the media pipeline leaves it: JPEG and WebP variants at three widths.
 * The page only reads these rows, so no file is needed. Returns the storage key of the 960-pixel JPEG.
 */
export async function attachImage(site: DemoSite, articleId: number): Promise<string> {
  const { db } = site.testStore.store;
  const now = new Date().toISOString();
  const media = await db
    .insertInto("media")
    .values({
      kind: "image",
      original_name: "range.jpg",
      content_type: "image/jpeg",
      size: 1000,
      sha256: "0".repeat(64),
      storage_key: "originals/range.jpg",
      width: 1600,
      height: 1067,
      created_by: null,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const format of ["jpeg", "webp"]) {
    for (const [width, height] of [
      [480, 320],
      [960, 640],
      [1600, 1067],
    ] as const) {
      await db
        .insertInto("media_variants")
        .values({
          media_id: media.id,
          format,
          width,
          height,
          size: 100,
          storage_key: `variants/range-${width}.${format === "jpeg" ? "jpg" : "webp"}`,
        })
        .execute();
    }
  }
  await db
    .insertInto("media_alt")
    .values([
      { media_id: media.id, lang: "en", alt: "Officers at the range" },
      { media_id: media.id, lang: "ru", alt: "Офицеры на полигоне" },
    ])
    .execute();
  await db
    .insertInto("article_media")
    .values({ article_id: articleId, media_id: media.id, role: "image" })
    .execute();
  return "variants/range-960.jpg";
}
