import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAltText } from "../../src/commands/media/altText.js";
import { attachMedia } from "../../src/commands/media/attachments.js";
import { uploadMedia } from "../../src/commands/media/uploadMedia.js";
import type { MediaRecord } from "../../src/store/media.js";
import { DIALECTS } from "../helpers/stores.js";
import { makeJpeg, minimalPdf } from "../media/files.js";
import { createMediaSite, type MediaSite } from "../media/support.js";
import { field, getJson, list, pluck, text } from "./support.js";

describe.each(DIALECTS)("API article images and attachments on %s", (dialect) => {
  let site: MediaSite;
  let photo: MediaRecord;
  let pdf: MediaRecord;

  beforeAll(async () => {
    site = await createMediaSite(dialect);
    const { ctx, actor } = site;
    photo = (await uploadMedia(ctx, { bytes: await makeJpeg(1700, 1000), fileName: "p.jpg", actor })).media;
    const unnamed = await uploadMedia(ctx, { bytes: await makeJpeg(900, 900), fileName: "q.jpg", actor });
    pdf = (await uploadMedia(ctx, { bytes: minimalPdf(), fileName: "Communiqué.pdf", actor })).media;
    site.media.variants.schedule();
    await site.media.variants.idle();
    await setAltText(ctx, { mediaId: photo.id, lang: "en", alt: "Troops on parade", actor });
    await setAltText(ctx, { mediaId: photo.id, lang: "ru", alt: "Войска на параде", actor });
    for (const [mediaId, role] of [
      [photo.id, "image"],
      // No alt text in any language: never shown, as on the article's page.
      [unnamed.media.id, "image"],
      [pdf.id, "attachment"],
    ] as const) {
      await attachMedia(ctx, { articleId: site.articleId, mediaId, role, actor });
    }
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("lists described images with every variant, and attachments, all at absolute addresses", async () => {
    const { status, body } = await getJson(site, `/api/v1/en/articles/${site.articleId}`);
    expect(status).toBe(200);
    const images = list(field(body, "images"));
    expect(images).toHaveLength(1);
    const image = images[0];
    expect(field(image, "alt")).toBe("Troops on parade");
    expect(field(image, "width")).toBe(1600);
    expect(field(image, "height")).toBe(941);
    const variants = list(field(image, "variants"));
    expect(pluck(variants, "width")).toEqual([480, 480, 960, 960, 1600, 1600]);
    expect(new Set(pluck(variants, "format"))).toEqual(new Set(["jpeg", "webp"]));
    for (const variant of variants) {
      const url = text(field(variant, "url"));
      expect(url).toMatch(new RegExp(`^http://localhost/media/${photo.sha256}-v1-w\\d+\\.(jpg|webp)$`));
      const file = await site.request(new URL(url).pathname);
      expect(file.status, url).toBe(200);
      expect(file.headers.get("content-type")).toMatch(/^image\/(jpeg|webp)$/);
    }
    expect(field(body, "attachments")).toEqual([
      {
        name: "Communiqué.pdf",
        content_type: "application/pdf",
        size: pdf.size,
        url: `http://localhost/media/${pdf.storageKey}`,
      },
    ]);
    const russian = await getJson(site, `/api/v1/ru/articles/${site.articleId}`);
    expect(pluck(field(russian.body, "images"), "alt")).toEqual(["Войска на параде"]);
  });
});
