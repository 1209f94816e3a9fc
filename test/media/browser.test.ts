import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAltText } from "../../src/commands/media/altText.js";
import { attachMedia } from "../../src/commands/media/attachments.js";
import { uploadMedia } from "../../src/commands/media/uploadMedia.js";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { DIALECTS } from "../helpers/stores.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";
import { makeJpeg, minimalDocx, minimalPdf } from "./files.js";
import { createMediaSite, type MediaSite } from "./support.js";

const HOSTILE_ALT = '"><script>window.__pwned=1</script>';

describe.each(DIALECTS)("an article with media in Chromium on %s", (dialect) => {
  let site: MediaSite;
  let server: { baseUrl: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await createMediaSite(dialect);
    const { ctx, actor, articleId } = site;
    const { media: photo } = await uploadMedia(ctx, {
      bytes: await makeJpeg(1800, 1000),
      fileName: "p.jpg",
      actor,
    });
    const { media: pdf } = await uploadMedia(ctx, { bytes: minimalPdf(), fileName: "Statement.pdf", actor });
    const { media: docx } = await uploadMedia(ctx, {
      bytes: minimalDocx(),
      fileName: "Заявление.docx",
      actor,
    });
    site.media.variants.schedule();
    await site.media.variants.idle();
    await setAltText(ctx, { mediaId: photo.id, lang: "en", alt: HOSTILE_ALT, actor });
    await setAltText(ctx, { mediaId: photo.id, lang: "ru", alt: "Миротворцы на учениях", actor });
    await attachMedia(ctx, { articleId, mediaId: photo.id, role: "image", actor });
    await attachMedia(ctx, { articleId, mediaId: pdf.id, role: "attachment", actor });
    await attachMedia(ctx, { articleId, mediaId: docx.id, role: "attachment", actor });
    server = await site.listen();
    browser = await launchBrowser();
    // axe is injected as an inline script, which the site's Content-Security-Policy rightly forbids.
    context = await browser.newContext({ bypassCSP: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await site?.destroy();
  });

  it("is valid HTML for the W3C checker in both languages", { timeout: 120_000 }, async () => {
    const documents = await Promise.all(
      (["en", "ru"] as const).map(async (lang) => {
        const response = await fetch(`${server.baseUrl}${site.articlePath[lang]}`);
        expect(response.status).toBe(200);
        return { name: `${lang} article`, html: await response.text() };
      }),
    );
    const reports = await validateHtml(documents);
    expect(formatVnuErrors(reports), "vnu errors").toBe("");
  });

  it.each(["en", "ru"] as const)("the %s page loads its images and has no axe violations", async (lang) => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}${site.articlePath[lang]}`);
      const img = page.locator("figure.article-figure img");
      await img.scrollIntoViewIfNeeded();
      const imgJs = 'document.querySelector("figure.article-figure img")';
      await expect
        .poll(() => page.evaluate<unknown>(`${imgJs}.complete && ${imgJs}.naturalWidth > 0`))
        .toBe(true);
      // Chromium takes the WebP source and a width that fits this 1280px window.
      const current = await page.evaluate<unknown>(`${imgJs}.currentSrc`);
      expect(current).toMatch(/-v1-w(960|1600)\.webp$/);
      await expect.poll(() => page.locator(".attachments li").count()).toBe(2);
      const violations = await runAxe(page);
      expect(formatViolations(violations), `axe violations on the ${lang} article`).toBe("");
    } finally {
      await page.close();
    }
  });

  it("never runs a script put in an image's alt text, and shows it as text", async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}${site.articlePath.en}`);
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(await page.locator("figure.article-figure img").getAttribute("alt")).toBe(HOSTILE_ALT);
      // The JSON-LD data block is the only inline script, and browsers never run it.
      expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
      expect(await page.locator("figure.article-figure").count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
