import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDraft,
  createPreviewLink,
  embargoArticle,
  loadArticleForEditing,
  revokePreviewLink,
  saveTranslation,
  transition,
} from "../../src/commands/editorial/index.js";
import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import { requireSignedIn } from "../../src/http/admin/auth/middleware.js";
import { editorialContextOf } from "../../src/http/admin/items/actions.js";
import { PanelsTestPage } from "./actionsPanelsPage.js";
import { adminShell, sendAdminPage } from "../../src/http/admin/views/shell.js";
import type { AdminSite } from "../auth/support.js";
import { CookieJar, PASSWORD } from "../auth/support.js";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";
import { newsSection, startItemsServer } from "./actionsSupport.js";

const HOUR = 3_600_000;

let server: Awaited<ReturnType<typeof startItemsServer>>;
let admin: AdminSite;
let browser: Browser;
let context: BrowserContext;
let pages: [string, string][] = [];
let token = "";

beforeAll(async () => {
  server = await startItemsServer("sqlite", (app, deps) => {
    // The two components, in the back office's frame, as the editor page will show them.
    app.get("/admin/test-panels/:id", requireSignedIn(), async (c) => {
      const article = await loadArticleForEditing(editorialContextOf(c, deps), Number(c.req.param("id")));
      return sendAdminPage(c, PanelsTestPage({ shell: adminShell(c, deps, "items"), article }));
    });
  });
  admin = server.admin;
  const ctx = { store: admin.store, clock: admin.clock };
  const ids: Record<string, number> = {};
  for (const [email, role, uiLanguage] of [
    ["writer@example.org", "correspondent", "en"],
    ["editor@example.org", "editor", "en"],
    ["press@example.org", "publisher", "en"],
    ["pressa@example.org", "publisher", "ru"],
  ] as const) {
    ids[email] = await addUser(ctx, CLI_ACTOR, {
      email,
      displayName: email.split("@")[0] ?? email,
      role,
      password: PASSWORD,
      uiLanguage,
    });
  }
  const member = (email: string, role: "correspondent" | "editor" | "publisher") => ({
    store: admin.store,
    clock: admin.clock,
    languages: ["en", "ru"],
    actor: { id: ids[email] ?? 0, role, label: email },
  });
  const writer = member("writer@example.org", "correspondent");
  const editor = member("editor@example.org", "editor");
  const press = member("press@example.org", "publisher");

  // One item with three versions under embargo, with a preview link; another published and corrected.
  const sectionId = await newsSection(admin.store);
  const draft = await createDraft(writer, {
    sectionId,
    kind: "news",
    translations: [
      {
        lang: "en",
        title: "Summit in Minsk",
        lead: "Leaders meet.",
        bodyHtml: "<p>The leaders met on Monday.</p>",
      },
      {
        lang: "ru",
        title: "Саммит в Минске",
        lead: "Встреча лидеров.",
        bodyHtml: "<p>Лидеры встретились в понедельник.</p>",
      },
    ],
  });
  const en = draft.translationIds["en"] ?? 0;
  const ru = draft.translationIds["ru"] ?? 0;
  await saveTranslation(writer, {
    translationId: en,
    baseVersion: 1,
    bodyHtml: "<p>The leaders met on Tuesday.</p>",
  });
  await saveTranslation(writer, {
    translationId: en,
    baseVersion: 2,
    title: "Summit in Minsk ends",
    bodyHtml: "<p>The leaders met on Tuesday.</p><p>They signed two agreements.</p>",
  });
  for (const id of [en, ru]) {
    await transition(writer, { translationId: id, action: "submit" });
    await transition(editor, { translationId: id, action: "approve", note: "Good." });
  }
  await embargoArticle(press, {
    articleId: draft.articleId,
    until: new Date(admin.clock.now().getTime() + 6 * HOUR).toISOString(),
  });
  const link = await createPreviewLink(press, {
    articleId: draft.articleId,
    label: "Jane Roe, Example Times",
    expiresAt: new Date(admin.clock.now().getTime() + 48 * HOUR).toISOString(),
  });
  token = link.token;
  const revoked = await createPreviewLink(press, {
    articleId: draft.articleId,
    label: "Old link",
    expiresAt: new Date(admin.clock.now().getTime() + HOUR).toISOString(),
  });
  await revokePreviewLink(press, { linkId: revoked.linkId });

  const revisions = `/admin/items/${draft.articleId}/translations/en/revisions`;
  pages = [
    ["revisions list", revisions],
    ["diff", `${revisions}/compare`],
    ["one revision", `${revisions}/1`],
    ["delete confirmation", `/admin/items/${draft.articleId}/delete`],
    ["workflow and panels", `/admin/test-panels/${draft.articleId}`],
  ];

  browser = await launchBrowser();
  // axe is injected as an inline script, which the Content-Security-Policy rightly forbids.
  context = await browser.newContext({ bypassCSP: true });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${server.baseUrl}/admin/login`);
  await page.fill("#email", email);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL(/\/admin\/(?!login)/), page.click("button[type=submit]")]);
}

describe("workflow, revision and preview pages in Chromium", () => {
  it("have no axe violations in English and Russian", { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    try {
      for (const [email, lang] of [
        ["press@example.org", "en"],
        ["pressa@example.org", "ru"],
      ] as const) {
        await signIn(page, email);
        for (const [name, path] of pages) {
          const res = await page.goto(`${server.baseUrl}${path}`);
          expect(res?.status(), `${name} (${lang})`).toBe(200);
          expect(await page.locator("html").getAttribute("lang")).toBe(lang);
          expect(formatViolations(await runAxe(page)), `${name} (${lang})`).toBe("");
        }
        // A new preview link, made with the panel's form: its page shows the address once.
        await page.goto(`${server.baseUrl}${pages[4]?.[1] ?? ""}`);
        await page.fill("#preview-label", "Agency");
        await Promise.all([page.waitForURL(/\/previews$/), page.click(".preview-form button[type=submit]")]);
        expect(await page.inputValue("#preview-url")).toMatch(/\/preview\/[\w-]{43}$/);
        expect(formatViolations(await runAxe(page)), `preview link created (${lang})`).toBe("");
      }
      for (const lang of ["en", "ru"]) {
        await page.goto(`${server.baseUrl}/preview/${token}?lang=${lang}`);
        expect(await page.locator(".preview-banner").innerText()).toContain(
          lang === "en" ? "Embargoed" : "Эмбарго",
        );
        expect(formatViolations(await runAxe(page)), `preview (${lang})`).toBe("");
        await page.goto(`${server.baseUrl}/preview/unknown-token-of-good-shape?lang=${lang}`);
        expect(formatViolations(await runAxe(page)), `unknown preview (${lang})`).toBe("");
      }
    } finally {
      await page.close();
    }
  });

  it("serves pages that the W3C checker finds valid", { timeout: 120_000 }, async () => {
    const documents: { name: string; html: string }[] = [];
    for (const email of ["press@example.org", "pressa@example.org"]) {
      const jar = new CookieJar();
      expect((await admin.signIn(jar, email)).status).toBe(303);
      for (const [name, path] of pages) {
        const res = await admin.get(path, jar);
        expect(res.status, path).toBe(200);
        documents.push({ name: `${name} (${email})`, html: await res.text() });
      }
      const token = await admin.csrf("/admin/account", jar);
      const id = pages[3]?.[1].split("/")[3] ?? "";
      const created = await admin.post(`/admin/items/${id}/previews`, jar, {
        _csrf: token,
        label: "Wire",
        hours: "24",
      });
      documents.push({ name: `preview link created (${email})`, html: await created.text() });
      // Lifting works once (303); the second account's try is refused with a page of its own (409).
      const lift = await admin.post(`/admin/items/${id}/embargo/lift`, jar, { _csrf: token });
      if (lift.status !== 303) documents.push({ name: `lift refused (${email})`, html: await lift.text() });
    }
    for (const lang of ["en", "ru"]) {
      const preview = await admin.get(`/preview/${token}?lang=${lang}`, new CookieJar());
      documents.push({ name: `preview (${lang})`, html: await preview.text() });
      const gone = await admin.get(`/preview/unknown-token-of-good-shape?lang=${lang}`, new CookieJar());
      documents.push({ name: `unknown preview (${lang})`, html: await gone.text() });
    }
    expect(documents.map((d) => d.name)).toContain("lift refused (pressa@example.org)");
    const reports = await validateHtml(documents);
    expect(formatVnuErrors(reports), "vnu errors").toBe("");
  });
});
