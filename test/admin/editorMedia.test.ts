import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import sharp from "sharp";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import type { Store } from "../../src/store/database.js";
import { createAdminSite, type AdminSite } from "../auth/support.js";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { DIALECTS } from "../helpers/stores.js";
import { makePng, minimalPdf, textBytes } from "../media/files.js";
import {
  draftBy,
  ensureClientBundle,
  move,
  pageToken,
  postForm,
  sectionId,
  signedIn,
  type Member,
} from "./editorSupport.js";

/** A multipart form post as a browser sends the upload form: the CSRF token first, then the file and fields. */
function postUpload(
  site: AdminSite,
  member: Member,
  path: string,
  token: string,
  file: { bytes: Uint8Array; name: string; type: string },
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.append("_csrf", token);
  form.append("file", new File([file.bytes], file.name, { type: file.type }));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return site.site.request(path, {
    method: "POST",
    headers: { Cookie: member.jar.header(), "X-Forwarded-For": "192.0.2.1" },
    body: form,
    redirect: "manual",
  });
}

/** Every file under a directory, relative to it. */
function filesUnder(root: string): string[] {
  const walk = (dir: string): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path.slice(root.length + 1)];
    });
  };
  return walk(root).sort();
}

/** The media tables' rows, for "nothing changed". */
async function mediaRows(store: Store): Promise<string> {
  const [media, alts, links] = await Promise.all([
    store.db.selectFrom("media").selectAll().orderBy("id").execute(),
    store.db.selectFrom("media_alt").selectAll().orderBy("media_id").orderBy("lang").execute(),
    store.db.selectFrom("article_media").selectAll().orderBy("article_id").orderBy("media_id").execute(),
  ]);
  return JSON.stringify({ media, alts, links });
}

async function waitForVariants(store: Store, mediaId: number): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    const variants = await store.db
      .selectFrom("media_variants")
      .select("id")
      .where("media_id", "=", mediaId)
      .execute();
    if (variants.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the variants of media ${mediaId} were never made`);
}

describe.each(DIALECTS)("the editor's media panel on %s", (dialect) => {
  let site: AdminSite;
  let dataDir: string;
  let writer: Member;
  let other: Member;
  let editor: Member;
  let publisher: Member;
  let news: number;
  let png: Uint8Array;

  beforeAll(async () => {
    ensureClientBundle();
    dataDir = mkdtempSync(join(tmpdir(), "pressroom-editor-media-"));
    // A small image limit, so that a too-large image is cheap to make.
    site = await createAdminSite(dialect, { dataDir, maxImageBytes: 100_000 });
    writer = await signedIn(site, "writer@example.org", "correspondent");
    other = await signedIn(site, "other@example.org", "correspondent");
    editor = await signedIn(site, "editor@example.org", "editor");
    publisher = await signedIn(site, "publisher@example.org", "publisher");
    news = await sectionId(site, "news/news_odkb");
    png = await makePng(320, 200);
  });

  afterAll(async () => {
    await site?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const editorHtml = async (member: Member, id: number) => {
    const response = await site.get(`/admin/items/${id}`, member.jar);
    expect(response.status).toBe(200);
    return response.text();
  };

  /** A bilingual draft by the writer, with the PNG uploaded through the panel (English alt text only). */
  async function draftWithImage(title: string): Promise<{
    articleId: number;
    translationIds: Record<string, number>;
    mediaId: number;
  }> {
    const draft = await draftBy(writer, { sectionId: news, titles: { en: title, ru: `${title} (ru)` } });
    const token = await pageToken(site, writer, `/admin/items/${draft.articleId}`);
    const response = await postUpload(
      site,
      writer,
      `/admin/items/${draft.articleId}/media`,
      token,
      { bytes: png, name: "square.png", type: "image/png" },
      { alt_en: "A blue square", alt_ru: "" },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/admin/items/${draft.articleId}?notice=media-uploaded#media`,
    );
    const link = await site.store.db
      .selectFrom("article_media")
      .selectAll()
      .where("article_id", "=", draft.articleId)
      .executeTakeFirstOrThrow();
    return { ...draft, mediaId: link.media_id };
  }

  it("uploads a real PNG through the form, attaches it as an image and lists it", async () => {
    const { articleId, mediaId } = await draftWithImage("Media story");
    const link = await site.store.db
      .selectFrom("article_media")
      .selectAll()
      .where("article_id", "=", articleId)
      .execute();
    expect(link.map((l) => [l.media_id, l.role])).toEqual([[mediaId, "image"]]);
    const alts = await site.store.db
      .selectFrom("media_alt")
      .selectAll()
      .where("media_id", "=", mediaId)
      .execute();
    expect(alts.map((a) => [a.lang, a.alt])).toEqual([["en", "A blue square"]]);

    const page = await (await site.get(`/admin/items/${articleId}?notice=media-uploaded`, writer.jar)).text();
    expect(page).toContain("The file was uploaded and attached.");
    expect(page).toContain('id="media"');
    expect(page).toContain("square.png");
    expect(page).toContain("Image: PNG,");
    expect(page).toMatch(/Processing…|<img src="\/media\//);
    expect(page).toContain(`id="media-${mediaId}-alt-en"`);
    expect(page).toContain('value="A blue square"');
    // Russian has no alt text yet: the field is marked.
    expect(page).toContain(`id="media-${mediaId}-alt-ru-missing"`);
    expect(page).not.toContain(`id="media-${mediaId}-alt-en-missing"`);

    await waitForVariants(site.store, mediaId);
    const ready = await editorHtml(writer, articleId);
    expect(ready).toMatch(/<img src="\/media\/[0-9a-f]{64}-[^"]+\.jpg"/);
    expect(ready).not.toContain("Processing…");
  });

  it("refuses to publish a language before its alt text is there, and publishes it after", async () => {
    const { articleId, translationIds, mediaId } = await draftWithImage("Alt story");
    await waitForVariants(site.store, mediaId);
    const ru = translationIds["ru"] ?? 0;
    await move(writer, ru, "submit");
    await move(editor, ru, "approve");

    const path = `/admin/items/${articleId}/translations/ru/transition`;
    const token = await pageToken(site, publisher, `/admin/items/${articleId}`);
    const refused = await postForm(site, publisher, path, { _csrf: token, action: "publish" });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("needs alt text in this language");
    const state = () =>
      site.store.db
        .selectFrom("article_translations")
        .select("state")
        .where("id", "=", ru)
        .executeTakeFirstOrThrow();
    expect((await state()).state).toBe("approved");

    // The Russian is approved now: changing the item is an editor's or publisher's, not the author's.
    const saved = await postForm(site, publisher, `/admin/items/${articleId}/media/${mediaId}/alt`, {
      _csrf: token,
      alt_en: "A blue square on white",
      alt_ru: "Синий квадрат",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/admin/items/${articleId}?notice=media-alt#media-${mediaId}`);
    const html = await editorHtml(publisher, articleId);
    expect(html).toContain('value="A blue square on white"');
    expect(html).toContain('value="Синий квадрат"');
    expect(html).not.toContain(`id="media-${mediaId}-alt-ru-missing"`);

    const published = await postForm(site, publisher, path, { _csrf: token, action: "publish" });
    expect(published.status).toBe(303);
    expect((await state()).state).toBe("published");
  });

  it("refuses a text file named .png with a clear error, and stores nothing", async () => {
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "Fake image" } });
    const before = await mediaRows(site.store);
    const files = filesUnder(join(dataDir, "media"));
    const token = await pageToken(site, writer, `/admin/items/${articleId}`);
    const response = await postUpload(site, writer, `/admin/items/${articleId}/media`, token, {
      bytes: textBytes("This is only text, whatever the name says."),
      name: "photo.png",
      type: "image/png",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('role="alert" id="media-problem"');
    expect(html).toContain("neither an image (JPEG, PNG, WebP, GIF, AVIF) nor a PDF or DOCX document");
    expect(await mediaRows(site.store)).toBe(before);
    expect(filesUnder(join(dataDir, "media"))).toEqual(files);
  });

  it("refuses an image over the limit, saying how large it is and what is allowed", async () => {
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "Huge image" } });
    const noise = new Uint8Array(300 * 300 * 3).map(() => Math.floor(Math.random() * 256));
    const big = new Uint8Array(
      await sharp(noise, { raw: { width: 300, height: 300, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer(),
    );
    expect(big.byteLength).toBeGreaterThan(100_000);
    const before = await mediaRows(site.store);
    const token = await pageToken(site, writer, `/admin/items/${articleId}`);
    const response = await postUpload(site, writer, `/admin/items/${articleId}/media`, token, {
      bytes: big,
      name: "huge.png",
      type: "image/png",
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(
      /The file is too large: it is [\d.]+\sKB, and at most 97\.7\sKB is allowed\./,
    );
    expect(await mediaRows(site.store)).toBe(before);
  });

  it("attaches a PDF as a document, listed with its type, size and link", async () => {
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "With a statement" } });
    const token = await pageToken(site, writer, `/admin/items/${articleId}`);
    const response = await postUpload(site, writer, `/admin/items/${articleId}/media`, token, {
      bytes: minimalPdf(),
      name: "statement.pdf",
      type: "application/pdf",
    });
    expect(response.status).toBe(303);
    const link = await site.store.db
      .selectFrom("article_media")
      .selectAll()
      .where("article_id", "=", articleId)
      .executeTakeFirstOrThrow();
    expect(link.role).toBe("attachment");
    const html = await editorHtml(writer, articleId);
    expect(html).toMatch(/<a href="\/media\/[0-9a-f]{64}\.pdf">statement\.pdf<\/a>/);
    expect(html).toContain("Document: PDF,");
    expect(html).not.toContain(`id="media-${link.media_id}-alt-en"`);
  });

  it("says so in Russian for a Russian-speaking member", async () => {
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "Empty upload" } });
    const token = await pageToken(site, writer, `/admin/items/${articleId}`);
    await site.post("/admin/account/language", writer.jar, { _csrf: token, lang: "ru" });
    try {
      const response = await postUpload(site, writer, `/admin/items/${articleId}/media`, token, {
        bytes: textBytes("plain"),
        name: "notes.pdf",
        type: "application/pdf",
      });
      expect(response.status).toBe(422);
      expect(await response.text()).toContain("Этот файл нельзя загрузить");
    } finally {
      await site.post("/admin/account/language", writer.jar, { _csrf: token, lang: "en" });
    }
  });

  it("refuses a correspondent who may not edit the item with 403, and changes nothing", async () => {
    const { articleId, mediaId } = await draftWithImage("Not yours");
    await waitForVariants(site.store, mediaId);
    const html = await editorHtml(other, articleId);
    // The panel lists the files, without the forms.
    expect(html).toContain("square.png");
    expect(html).not.toContain(`action="/admin/items/${articleId}/media"`);
    const before = await mediaRows(site.store);
    const files = filesUnder(join(dataDir, "media"));
    const token = await pageToken(site, other, "/admin/account");
    const upload = await postUpload(site, other, `/admin/items/${articleId}/media`, token, {
      bytes: await makePng(40, 30),
      name: "mine.png",
      type: "image/png",
    });
    expect(upload.status).toBe(403);
    const alt = await postForm(site, other, `/admin/items/${articleId}/media/${mediaId}/alt`, {
      _csrf: token,
      alt_en: "Changed",
    });
    expect(alt.status).toBe(403);
    const detach = await postForm(site, other, `/admin/items/${articleId}/media/${mediaId}/detach`, {
      _csrf: token,
    });
    expect(detach.status).toBe(403);
    expect(await mediaRows(site.store)).toBe(before);
    expect(filesUnder(join(dataDir, "media"))).toEqual(files);
  });

  it("detaches a file from the item, keeping it stored", async () => {
    const { articleId, mediaId } = await draftWithImage("Detach story");
    await waitForVariants(site.store, mediaId);
    const token = await pageToken(site, writer, `/admin/items/${articleId}`);
    const response = await postForm(site, writer, `/admin/items/${articleId}/media/${mediaId}/detach`, {
      _csrf: token,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/admin/items/${articleId}?notice=media-detached#media`);
    const links = await site.store.db
      .selectFrom("article_media")
      .selectAll()
      .where("article_id", "=", articleId)
      .execute();
    expect(links).toEqual([]);
    expect(
      await site.store.db.selectFrom("media").select("id").where("id", "=", mediaId).execute(),
    ).toHaveLength(1);
    const html = await editorHtml(writer, articleId);
    expect(html).toContain("No images or documents are attached yet.");
    // Detaching it again: it is no longer attached.
    const again = await postForm(site, writer, `/admin/items/${articleId}/media/${mediaId}/detach`, {
      _csrf: token,
    });
    expect(again.status).toBe(404);
  });

  it(
    "shows the editor page with an image attached with zero axe violations in Chromium",
    { timeout: 60_000 },
    async () => {
      const { articleId, mediaId } = await draftWithImage("Accessible media");
      await waitForVariants(site.store, mediaId);
      const app = createApp(site.site.deps);
      let server: ServerType | undefined;
      const baseUrl = await new Promise<string>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
          resolve(`http://127.0.0.1:${info.port}`),
        );
      });
      let browser: Browser | undefined;
      try {
        browser = await launchBrowser();
        // axe is injected as an inline script, which the Content-Security-Policy forbids.
        const context = await browser.newContext({ bypassCSP: true });
        await context.addCookies(
          [...writer.jar.cookies].map(([name, value]) => ({ name, value, url: baseUrl })),
        );
        const page = await context.newPage();
        await page.goto(`${baseUrl}/admin/items/${articleId}`);
        await page.waitForSelector(`#media-${mediaId} img`);
        // The thumbnail is a real, loaded picture (loaded lazily, once scrolled to).
        await page.locator(`#media-${mediaId} img`).scrollIntoViewIfNeeded();
        await page.waitForFunction(
          `(() => { const img = document.querySelector("#media-${mediaId} img"); return img.complete && img.naturalWidth > 0; })()`,
        );
        const violations = await runAxe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        await context.close();
      } finally {
        await browser?.close();
        await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
      }
    },
  );
});
