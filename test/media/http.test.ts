import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAltText } from "../../src/commands/media/altText.js";
import { attachMedia } from "../../src/commands/media/attachments.js";
import { uploadMedia } from "../../src/commands/media/uploadMedia.js";
import { DIALECTS } from "../helpers/stores.js";
import { makeJpeg, minimalDocx, minimalPdf, textBytes } from "./files.js";
import { createMediaSite, mediaCounts, storedFiles, uploadForm, type MediaSite } from "./support.js";

interface UploadJson {
  media: {
    id: number;
    kind: string;
    name: string;
    url: string | null;
    alt: Record<string, string>;
    variantsReady: boolean;
  };
  deduplicated: boolean;
}

function isUploadJson(value: unknown): value is UploadJson {
  return typeof value === "object" && value !== null && "media" in value;
}

async function uploadJson(response: Response): Promise<UploadJson> {
  const body: unknown = await response.json();
  if (!isUploadJson(body)) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
  return body;
}

const JSON_ACCEPT = { Accept: "application/json" };

describe.each(DIALECTS)("media over HTTP on %s", (dialect) => {
  let site: MediaSite;
  beforeAll(async () => {
    site = await createMediaSite(dialect, { maxImageBytes: 150_000, maxAttachmentBytes: 300_000 });
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("uploads an image with alt texts, and makes its variants right after the request", async () => {
    const jpeg = await makeJpeg(1800, 1200);
    const response = await site.adminRequest("/admin/media", {
      method: "POST",
      headers: JSON_ACCEPT,
      body: uploadForm(jpeg, "summit.jpg", { alt_en: "Leaders at the summit", alt_ru: "Лидеры на саммите" }),
    });
    expect(response.status).toBe(201);
    const { media } = await uploadJson(response);
    expect(media).toMatchObject({
      kind: "image",
      name: "summit.jpg",
      url: null,
      alt: { en: "Leaders at the summit", ru: "Лидеры на саммите" },
    });
    await site.media.variants.idle();
    const variants = await site.testStore.store.db
      .selectFrom("media_variants")
      .select(["width", "format"])
      .where("media_id", "=", media.id)
      .execute();
    expect(variants).toHaveLength(6);

    const alt = await site.adminRequest(`/admin/media/${media.id}/alt`, {
      method: "POST",
      headers: { ...JSON_ACCEPT, "Content-Type": "application/json" },
      body: JSON.stringify({ lang: "en", alt: "Heads of state at the summit" }),
    });
    expect(alt.status).toBe(200);
    expect((await uploadJson(alt)).media).toMatchObject({
      variantsReady: true,
      alt: { en: "Heads of state at the summit", ru: "Лидеры на саммите" },
    });
  });

  it("refuses a disguised or oversize upload with a clear JSON message, storing nothing", async () => {
    const before = await mediaCounts(site);
    const filesBefore = storedFiles(site);
    const html = await site.adminRequest("/admin/media", {
      method: "POST",
      headers: JSON_ACCEPT,
      body: uploadForm(textBytes("<html><script>alert(1)</script></html>"), "cat.jpg"),
    });
    expect(html.status).toBe(422);
    expect(await html.json()).toMatchObject({
      error: {
        code: "validation_failed",
        message: expect.stringMatching(/"cat\.jpg" cannot be uploaded: its content is an HTML document/),
      },
    });
    const noise = new Uint8Array(400_000).map(() => Math.floor(Math.random() * 256));
    const huge = await site.adminRequest("/admin/media", {
      method: "POST",
      headers: JSON_ACCEPT,
      body: uploadForm(Uint8Array.from([0xff, 0xd8, 0xff, ...noise]), "big.jpg"),
    });
    expect(huge.status).toBe(422);
    expect(await huge.json()).toMatchObject({ error: { message: expect.stringMatching(/too large/) } });
    const beyondAny = await site.adminRequest("/admin/media", {
      method: "POST",
      headers: JSON_ACCEPT,
      body: uploadForm(minimalPdf(), "padded.pdf", { note: "x".repeat(600_000) }),
    });
    expect(beyondAny.status).toBe(422);
    expect(await beyondAny.json()).toMatchObject({
      error: { message: "The upload is too large: files may be at most 293\u00a0KB." },
    });
    const missing = await site.adminRequest("/admin/media", {
      method: "POST",
      headers: JSON_ACCEPT,
      body: new FormData(),
    });
    expect(missing.status).toBe(422);
    expect(await mediaCounts(site)).toEqual(before);
    expect(storedFiles(site)).toEqual(filesBefore);
  });

  it("serves variants and attachments with lasting caching, and never an image's original", async () => {
    const { media: image } = await uploadMedia(site.ctx, {
      bytes: await makeJpeg(640, 480),
      fileName: "a.jpg",
      actor: site.actor,
    });
    const { media: pdf } = await uploadMedia(site.ctx, {
      bytes: minimalPdf(),
      fileName: "Заявление пресс-секретаря.pdf",
      actor: site.actor,
    });
    site.media.variants.schedule();
    await site.media.variants.idle();
    const variant = await site.testStore.store.db
      .selectFrom("media_variants")
      .selectAll()
      .where("media_id", "=", image.id)
      .where("format", "=", "webp")
      .orderBy("width", "desc")
      .executeTakeFirstOrThrow();

    const served = await site.request(`/media/${variant.storage_key}`);
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      "content-type": "image/webp",
      "content-length": String(variant.size),
      etag: `"${variant.storage_key}"`,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    expect(served.headers.get("content-disposition")).toBeNull();
    expect((await served.arrayBuffer()).byteLength).toBe(variant.size);

    const revalidated = await site.request(`/media/${variant.storage_key}`, {
      headers: { "If-None-Match": `"${variant.storage_key}"` },
    });
    expect(revalidated.status).toBe(304);
    const head = await site.request(`/media/${variant.storage_key}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(variant.size));

    const doc = await site.request(`/media/${pdf.storageKey}`);
    expect(doc.status).toBe(200);
    expect(doc.headers.get("content-type")).toBe("application/pdf");
    expect(doc.headers.get("content-length")).toBe(String(pdf.size));
    expect(doc.headers.get("content-disposition")).toBe(
      `attachment; filename="_________ _____-_________.pdf"; filename*=UTF-8''${encodeURIComponent("Заявление пресс-секретаря.pdf")}`,
    );
    expect(new TextDecoder().decode(await doc.arrayBuffer())).toMatch(/^%PDF-1\.4/);

    expect((await site.request(`/media/${image.storageKey}`)).status).toBe(404);
    expect((await site.request(`/media/${"0".repeat(64)}.pdf`)).status).toBe(404);
    expect((await site.request("/media/..%2Fpressroom.sqlite")).status).toBe(404);
    expect((await site.request("/media/.tmp")).status).toBe(404);
  });

  it("shows the article's images in the page's language, with srcset, size and lazy loading, and its attachments", async () => {
    const { media: photo } = await uploadMedia(site.ctx, {
      bytes: await makeJpeg(1700, 1000),
      fileName: "p.jpg",
      actor: site.actor,
    });
    const { media: englishOnly } = await uploadMedia(site.ctx, {
      bytes: await makeJpeg(900, 900),
      fileName: "q.jpg",
      actor: site.actor,
    });
    const { media: docx } = await uploadMedia(site.ctx, {
      bytes: minimalDocx(),
      fileName: "Communiqué.docx",
      actor: site.actor,
    });
    site.media.variants.schedule();
    await site.media.variants.idle();
    const ctx = site.ctx;
    const actor = site.actor;
    await setAltText(ctx, { mediaId: photo.id, lang: "en", alt: "Troops on parade", actor });
    await setAltText(ctx, { mediaId: photo.id, lang: "ru", alt: "Войска на параде", actor });
    await setAltText(ctx, { mediaId: englishOnly.id, lang: "en", alt: "A map", actor });
    for (const [mediaId, role] of [
      [photo.id, "image"],
      [englishOnly.id, "image"],
      [docx.id, "attachment"],
    ] as const) {
      await attachMedia(ctx, { articleId: site.articleId, mediaId, role, actor });
    }

    const en = await (await site.request(site.articlePath.en)).text();
    const figures = [...en.matchAll(/<figure class="article-figure">([\s\S]*?)<\/figure>/g)].map(
      (m) => m[1] ?? "",
    );
    expect(figures).toHaveLength(2);
    const first = figures[0] ?? "";
    expect(first).toMatch(
      new RegExp(
        `<source type="image/webp" srcset="/media/${photo.sha256}-v1-w480\\.webp 480w, /media/${photo.sha256}-v1-w960\\.webp 960w, /media/${photo.sha256}-v1-w1600\\.webp 1600w" sizes="[^"]+"/>`,
      ),
    );
    expect(first).toContain(`src="/media/${photo.sha256}-v1-w960.jpg"`);
    expect(first).toContain(`srcset="/media/${photo.sha256}-v1-w480.jpg 480w,`);
    expect(first).toMatch(/width="1600" height="941"/);
    expect(first).toContain('alt="Troops on parade" loading="lazy" decoding="async"');
    expect(figures[1]).toContain('alt="A map"');
    expect(en).toContain('<h2 id="attachments-title">Attachments</h2>');
    expect(en).toContain(`<a href="/media/${docx.storageKey}">Communiqué.docx</a>`);
    expect(en).toMatch(/\(Word document, 1\.\d\u00a0KB\)/);

    const ru = await (await site.request(site.articlePath.ru)).text();
    expect(ru.match(/<figure /g)).toHaveLength(1);
    expect(ru).toContain('alt="Войска на параде"');
    expect(ru).not.toContain("A map");
    expect(ru).toContain("Документы");
    expect(ru).toMatch(/\(Документ Word, 1,\d\u00a0КБ\)/);
  });
});
