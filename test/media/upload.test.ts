import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAltText, missingAltLanguages } from "../../src/commands/media/altText.js";
import { attachMedia, detachMedia } from "../../src/commands/media/attachments.js";
import { deleteMedia } from "../../src/commands/media/deleteMedia.js";
import { uploadMedia } from "../../src/commands/media/uploadMedia.js";
import { AppError } from "../../src/lib/errors.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  elfExecutable,
  makeJpeg,
  makePng,
  minimalDocx,
  minimalPdf,
  plainZip,
  textBytes,
  windowsExecutable,
} from "./files.js";
import { createMediaSite, mediaCounts, storedFiles, type MediaSite } from "./support.js";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the upload to be refused");
}

describe.each(DIALECTS)("media commands on %s", (dialect) => {
  let site: MediaSite;
  beforeAll(async () => {
    // Small limits, so that "too large" needs no large file.
    site = await createMediaSite(dialect, { maxImageBytes: 200_000, maxAttachmentBytes: 300_000 });
  });
  afterAll(async () => {
    await site.destroy();
  });

  const upload = (bytes: Uint8Array, fileName: string) =>
    uploadMedia(site.ctx, { bytes, fileName, actor: site.actor });

  it.each([
    [
      "a text file renamed .jpg",
      () => textBytes("These are my notes, not a photo.\n"),
      "photo.jpg",
      /plain text/,
    ],
    [
      "an HTML page",
      () => textBytes('<!doctype html><html><body><img src=x onerror="alert(1)"></body></html>'),
      "page.png",
      /an HTML document/,
    ],
    ["a Linux program", elfExecutable, "tool.pdf", /a Linux program/],
    ["a Windows program", windowsExecutable, "setup.docx", /a Windows program/],
    [
      "a ZIP that is not a Word document",
      plainZip,
      "report.docx",
      /a ZIP archive that is not a Word document/,
    ],
    ["an empty file", () => new Uint8Array(0), "empty.jpg", /is empty/],
  ])("refuses %s with a clear message and stores nothing", async (_label, make, name, message) => {
    const before = await mediaCounts(site);
    const filesBefore = storedFiles(site);
    const error = await refusal(upload(make(), name));
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`"${name}"`);
    if (!/empty/.test(error.message)) expect(error.message).toMatch(/Pressroom accepts images/);
    expect(await mediaCounts(site)).toEqual(before);
    expect(storedFiles(site)).toEqual(filesBefore);
  });

  it("refuses an oversize image with both sizes in the message, and stores nothing", async () => {
    // Noise does not compress: 400×400 random pixels make a JPEG well over 200 kB.
    const sharp = (await import("sharp")).default;
    const noise = Buffer.from(Array.from({ length: 400 * 400 * 3 }, () => Math.floor(Math.random() * 256)));
    const big = new Uint8Array(
      await sharp(noise, { raw: { width: 400, height: 400, channels: 3 } })
        .jpeg({ quality: 100 })
        .toBuffer(),
    );
    expect(big.byteLength).toBeGreaterThan(200_000);
    const before = await mediaCounts(site);
    const filesBefore = storedFiles(site);
    const error = await refusal(upload(big, "huge.jpg"));
    expect(error.details).toMatchObject({ reason: "too_large", limit: 200_000 });
    expect(error.message).toMatch(
      /"huge\.jpg" is too large: it is \d+\sKB, and images may be at most 195\sKB\./,
    );
    expect(await mediaCounts(site)).toEqual(before);
    expect(storedFiles(site)).toEqual(filesBefore);
  });

  it("refuses an image that is cut short", async () => {
    const jpeg = await makeJpeg(300, 200);
    const filesBefore = storedFiles(site);
    const error = await refusal(upload(jpeg.subarray(0, Math.floor(jpeg.length / 2)), "cut.jpg"));
    expect(error.details).toMatchObject({ reason: "unreadable_image" });
    expect(error.message).toMatch(/could not be read as an image/);
    expect(storedFiles(site)).toEqual(filesBefore);
  });

  it("stores a real JPEG with its upright size, audited, and gives the same record for the same file", async () => {
    const jpeg = await makeJpeg(400, 200, 6); // stored landscape, shown portrait
    const { media, deduplicated } = await upload(jpeg, "C:\\Users\\me\\Pictures\\mission.jpeg");
    expect(deduplicated).toBe(false);
    expect(media).toMatchObject({
      kind: "image",
      contentType: "image/jpeg",
      originalName: "mission.jpeg",
      size: jpeg.byteLength,
      width: 200,
      height: 400,
      variantsReadyAt: null,
      createdBy: site.actor.id,
    });
    expect(media.storageKey).toBe(`${media.sha256}.jpg`);
    expect(storedFiles(site)).toContain(media.storageKey);
    const again = await upload(jpeg, "copy.jpg");
    expect(again).toEqual({ media, deduplicated: true });
    const audit = await site.testStore.store.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "media_uploaded")
      .where("subject_id", "=", String(media.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_label: "reporter@example.org",
      subject_type: "media",
      ip: "203.0.113.7",
    });
  });

  it("accepts a real PDF and a real DOCX as attachments, naming them by their content", async () => {
    const pdf = await upload(minimalPdf(), "Statement.pdf");
    expect(pdf.media).toMatchObject({
      kind: "attachment",
      contentType: "application/pdf",
      originalName: "Statement.pdf",
    });
    expect(pdf.media.variantsReadyAt).not.toBeNull();
    const docx = await upload(minimalDocx(), "Заявление");
    expect(docx.media).toMatchObject({
      kind: "attachment",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      originalName: "Заявление.docx",
    });
    expect(storedFiles(site)).toEqual(expect.arrayContaining([pdf.media.storageKey, docx.media.storageKey]));
  });

  it("keeps alt text per language, attaches by role, and reports the languages still missing alt text", async () => {
    const { media: image } = await upload(await makePng(640, 480), "map.png");
    const { media: pdf } = await upload(minimalPdf(), "Statement.pdf");
    await attachMedia(site.ctx, {
      articleId: site.articleId,
      mediaId: image.id,
      role: "image",
      actor: site.actor,
    });
    await attachMedia(site.ctx, {
      articleId: site.articleId,
      mediaId: pdf.id,
      role: "attachment",
      actor: site.actor,
    });
    expect(await missingAltLanguages(site.testStore.store.db, site.articleId, ["en", "ru"])).toEqual([
      "en",
      "ru",
    ]);
    const alts = await setAltText(site.ctx, {
      mediaId: image.id,
      lang: "en",
      alt: "  Map of\nthe area ",
      actor: site.actor,
    });
    expect(alts).toEqual({ en: "Map of the area" });
    expect(await missingAltLanguages(site.testStore.store.db, site.articleId, ["en", "ru"])).toEqual(["ru"]);
    await setAltText(site.ctx, { mediaId: image.id, lang: "ru", alt: "Карта района", actor: site.actor });
    expect(await missingAltLanguages(site.testStore.store.db, site.articleId, ["en", "ru"])).toEqual([]);
    // Clearing one language brings it back as missing.
    await setAltText(site.ctx, { mediaId: image.id, lang: "ru", alt: "  ", actor: site.actor });
    expect(await missingAltLanguages(site.testStore.store.db, site.articleId, ["ru"])).toEqual(["ru"]);

    const wrongRole = await refusal(
      attachMedia(site.ctx, { articleId: site.articleId, mediaId: pdf.id, role: "image", actor: site.actor }),
    );
    expect(wrongRole.code).toBe("validation_failed");
    expect(
      (await refusal(setAltText(site.ctx, { mediaId: pdf.id, lang: "en", alt: "x", actor: site.actor })))
        .code,
    ).toBe("validation_failed");
    expect(
      (await refusal(setAltText(site.ctx, { mediaId: image.id, lang: "de", alt: "x", actor: site.actor })))
        .code,
    ).toBe("validation_failed");

    // In use: refused, and nothing is removed.
    const inUse = await refusal(deleteMedia(site.ctx, { mediaId: image.id, actor: site.actor }));
    expect(inUse.code).toBe("conflict");
    expect(inUse.message).toMatch(/is used by article/);
    expect(storedFiles(site)).toContain(image.storageKey);

    await detachMedia(site.ctx, { articleId: site.articleId, mediaId: image.id, actor: site.actor });
    expect(
      (
        await refusal(
          detachMedia(site.ctx, { articleId: site.articleId, mediaId: image.id, actor: site.actor }),
        )
      ).code,
    ).toBe("not_found");
    await deleteMedia(site.ctx, { mediaId: image.id, actor: site.actor });
    expect(storedFiles(site)).not.toContain(image.storageKey);
    const rows = await site.testStore.store.db
      .selectFrom("media_alt")
      .selectAll()
      .where("media_id", "=", image.id)
      .execute();
    expect(rows).toEqual([]);
    const deleted = await site.testStore.store.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "media_deleted")
      .where("subject_id", "=", String(image.id))
      .executeTakeFirst();
    expect(deleted?.details).toContain("map.png");
    await detachMedia(site.ctx, { articleId: site.articleId, mediaId: pdf.id, actor: site.actor });
  });
});
