import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import type { Store } from "../../src/store/database.js";
import { PASSWORD } from "../auth/support.js";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";
import { ensureClientBundle } from "./editorSupport.js";

const WORD_HTML = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="ProgId" content="Word.Document">',
  '<style>p.MsoNormal { mso-style-parent: ""; margin: 0cm; }</style></head><body>',
  "<!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->",
  '<p class="MsoNormal" style="mso-margin-top-alt:auto;margin:0cm"><span lang="EN-US" ',
  'style="font-size:12.0pt;mso-ansi-language:EN-US">Pasted from Word</span><o:p></o:p></p>',
  '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
  '<p class="MsoNormal"><b><span style="mso-bidi-font-weight:normal">Bold in Word</span></b>',
  '<font face="Arial"> and a font</font><!-- a comment --></p></body></html>',
].join("");

const HOSTILE_HTML =
  '<p>Hostile<img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script></p>';
const HOSTILE_TEXT = "<script>window.__pwned=1</script>";

/** Dispatches a paste of HTML into the focused rich-text editor, as a browser's clipboard would. */
function paste(page: Page, html: string): Promise<unknown> {
  return page.evaluate<unknown>(`(() => {
    const target = document.activeElement;
    const data = new DataTransfer();
    data.setData("text/html", ${JSON.stringify(html)});
    data.setData("text/plain", "pasted");
    target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

describe.each(DIALECTS)("the editor in Chromium on %s", (dialect) => {
  let site: ListeningSite;
  let store: Store;
  let browser: Browser;
  let context: BrowserContext;
  let russian: BrowserContext;

  const body = async (articleId: number, lang = "en") =>
    await store.db
      .selectFrom("article_translations")
      .select(["title", "lead", "body_html"])
      .where("article_id", "=", articleId)
      .where("lang", "=", lang)
      .executeTakeFirstOrThrow();

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${site.baseUrl}/admin/login`);
    await page.fill("#email", email);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(/\/admin\/items/), page.click("button[type=submit]")]);
  }

  /** Creates an item through the new-item form and returns its id, on its editor page with the editor mounted. */
  async function newItem(page: Page, titles: { en?: string; ru?: string }): Promise<number> {
    await page.goto(`${site.baseUrl}/admin/items`);
    await Promise.all([
      page.waitForURL(/\/admin\/items\/new$/),
      page.click("a.button[href='/admin/items/new']"),
    ]);
    if (titles.en) await page.fill("input[name=title_en]", titles.en);
    if (titles.ru) await page.fill("input[name=title_ru]", titles.ru);
    await Promise.all([
      page.waitForURL(/\/admin\/items\/\d+\?notice=created/),
      page.click("form.new-item button"),
    ]);
    await page.waitForSelector(".rich-text__content");
    return Number(/\/admin\/items\/(\d+)/.exec(page.url())?.[1]);
  }

  const statusOf = (page: Page, lang: string) => page.locator(`#form-${lang} [data-status]`).innerText();

  beforeAll(async () => {
    ensureClientBundle();
    site = await startDemoServer(dialect, { overrides: { totpRequiredRoles: [] } });
    store = site.server.deps.store;
    for (const [email, role, uiLanguage] of [
      ["writer@example.org", "correspondent", "en"],
      ["pisatel@example.org", "correspondent", "ru"],
      ["editor@example.org", "editor", "en"],
    ] as const) {
      await addUser({ store }, CLI_ACTOR, {
        email,
        displayName: email.split("@")[0] ?? email,
        role,
        password: PASSWORD,
        uiLanguage,
      });
    }
    browser = await launchBrowser();
    // axe is injected as an inline script, which the Content-Security-Policy rightly forbids. Without the CSP,
    // a script that got through would run: the tests below then show that none gets through.
    context = await browser.newContext({ bypassCSP: true });
    russian = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, "writer@example.org");
    await page.close();
    const ruPage = await russian.newPage();
    await signIn(ruPage, "pisatel@example.org");
    await ruPage.close();
  }, 120_000);

  afterAll(async () => {
    await russian?.close();
    await context?.close();
    await browser?.close();
    await site?.destroy();
  });

  it(
    "lets a correspondent write with the keyboard alone, saves as they go, and keeps it",
    { timeout: 60_000 },
    async () => {
      const page = await context.newPage();
      try {
        const id = await newItem(page, { en: "Keyboard story", ru: "Рассказ с клавиатуры" });
        const editable = page.locator("#en-body-editor");
        expect(await editable.getAttribute("role")).toBe("textbox");
        expect(await editable.getAttribute("aria-multiline")).toBe("true");
        expect(await editable.getAttribute("aria-label")).toBe("Text (English)");
        // From the lead, Tab reaches the toolbar (one stop), then the text itself.
        await page.focus("#en-lead");
        await page.keyboard.type("A lead typed");
        await page.keyboard.press("Tab");
        expect(await page.evaluate<unknown>("document.activeElement.textContent")).toBe("Bold");
        expect(await page.evaluate<unknown>("document.activeElement.getAttribute('aria-pressed')")).toBe(
          "false",
        );
        await page.keyboard.press("ArrowRight");
        expect(await page.evaluate<unknown>("document.activeElement.textContent")).toBe("Italic");
        await page.keyboard.press("Tab");
        expect(await page.evaluate<unknown>("document.activeElement.id")).toBe("en-body-editor");
        await page.keyboard.type("Typed with the keyboard only.");
        await page.keyboard.press("Control+b");
        await page.keyboard.type(" Strong words");
        expect(await page.locator("#form-en .rich-text__tool--bold").getAttribute("aria-pressed")).toBe(
          "true",
        );
        // The autosave runs five seconds after the last change (the lead was saved when it lost the focus).
        await expect
          .poll(async () => (await body(id)).body_html, { timeout: 15_000 })
          .toBe("<p>Typed with the keyboard only.<strong> Strong words</strong></p>");
        expect((await body(id)).lead).toBe("A lead typed");
        await expect.poll(() => statusOf(page, "en")).toMatch(/^Saved at \d\d:\d\d$/);
        await page.reload();
        await page.waitForSelector("#en-body-editor");
        expect(await page.locator("#en-body-editor").innerText()).toContain(
          "Typed with the keyboard only. Strong words",
        );
        expect(await page.inputValue("#en-lead")).toBe("A lead typed");
        // The shared fields go with either language's Save button.
        await page.focus("#item-kind");
        await page.selectOption("#item-kind", "speech");
        await page.focus("#form-ru button[type=submit]");
        await Promise.all([page.waitForURL(/saved=ru/), page.keyboard.press("Enter")]);
        const article = await store.db
          .selectFrom("articles")
          .select("kind")
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        expect(article.kind).toBe("speech");
        expect(await page.locator("[role=status]").first().innerText()).toBe("Saved: Russian text.");
      } finally {
        await page.close();
      }
    },
  );

  it("cleans text pasted from Word, and the server keeps it clean", { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    try {
      const id = await newItem(page, { en: "Pasted story" });
      await page.click("#en-body-editor");
      await paste(page, WORD_HTML);
      // Leaving the text saves at once.
      await page.keyboard.press("Shift+Tab");
      await expect
        .poll(async () => (await body(id)).body_html, { timeout: 15_000 })
        .toContain("Pasted from Word");
      const html = (await body(id)).body_html;
      expect(html).toBe("<p>Pasted from Word</p><p><strong>Bold in Word</strong> and a font</p>");
      for (const dirt of ["mso-", "class=", "<span", "<o:p", "<font", "<!--", "<p></p>"])
        expect(html).not.toContain(dirt);
    } finally {
      await page.close();
    }
  });

  it("never runs a script typed or pasted into the title, lead or body", { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    try {
      const id = await newItem(page, { en: "Safe story" });
      await page.fill("#en-title", `${HOSTILE_TEXT} Safe story`);
      await page.fill("#en-lead", HOSTILE_TEXT);
      await page.click("#en-body-editor");
      await page.keyboard.type(HOSTILE_TEXT);
      await paste(page, HOSTILE_HTML);
      await page.keyboard.press("Shift+Tab");
      await expect.poll(async () => (await body(id)).body_html, { timeout: 15_000 }).toContain("Hostile");
      const saved = await body(id);
      expect(saved.title).toBe(`${HOSTILE_TEXT} Safe story`);
      expect(saved.body_html).not.toMatch(/<script|onerror/);
      const visit = async (path: string) => {
        await page.goto(`${site.baseUrl}${path}`);
        await page.waitForLoadState("load");
        expect(await page.evaluate<unknown>("typeof window.__pwned"), path).toBe("undefined");
      };
      await visit(`/admin/items/${id}`);
      await page.waitForSelector("#en-body-editor");
      expect(await page.locator("h1").innerText()).toContain(HOSTILE_TEXT);
      expect(await page.locator("#en-body-editor").innerText()).toContain(HOSTILE_TEXT);
      await visit(`/admin/items/${id}/preview/en`);
      expect(await page.locator(".preview-banner").innerText()).toContain("Preview — not published");
      expect(await page.locator("article h1").innerText()).toContain(HOSTILE_TEXT);
      await visit("/admin/items");
    } finally {
      await page.close();
    }
  });

  it(
    "shows an autosave conflict with both texts and lets the writer take the other one",
    { timeout: 60_000 },
    async () => {
      const page = await context.newPage();
      const editorContext = await browser.newContext({ bypassCSP: true });
      try {
        const id = await newItem(page, { en: "Contested story" });
        const other = await editorContext.newPage();
        await signIn(other, "editor@example.org");
        await other.goto(`${site.baseUrl}/admin/items/${id}`);
        await other.waitForSelector("#en-body-editor");
        await other.click("#en-body-editor");
        await other.keyboard.type("The editor's text.");
        await Promise.all([other.waitForURL(/saved=en/), other.click("#form-en button[type=submit]")]);
        await page.click("#en-body-editor");
        await page.keyboard.type("The writer's text.");
        await page.keyboard.press("Shift+Tab");
        const panel = page.locator("#conflict-en");
        await panel.waitFor({ timeout: 15_000 });
        expect(await panel.innerText()).toContain("The editor's text.");
        expect(await panel.innerText()).toContain("The writer's text.");
        expect(await statusOf(page, "en")).toContain("Not saved");
        expect(formatViolations(await runAxe(page)), "editor with a conflict").toBe("");
        await panel.getByRole("button", { name: "Put their version in the form" }).click();
        expect(await page.locator("#en-body-editor").innerText()).toBe("The editor's text.");
        expect(await page.locator("#conflict-en").count()).toBe(0);
        expect((await body(id)).body_html).toBe("<p>The editor's text.</p>");
      } finally {
        await editorContext.close();
        await page.close();
      }
    },
  );

  it(
    "has no axe violations on the list, new-item and editor pages in English and Russian",
    { timeout: 90_000 },
    async () => {
      for (const [ctx, lang] of [
        [context, "en"],
        [russian, "ru"],
      ] as const) {
        const page = await ctx.newPage();
        try {
          await page.goto(`${site.baseUrl}/admin/items`);
          expect(await page.locator("html").getAttribute("lang")).toBe(lang);
          expect(formatViolations(await runAxe(page)), `list (${lang})`).toBe("");
          await page.goto(`${site.baseUrl}/admin/items?state=draft&lang=${lang}`);
          expect(formatViolations(await runAxe(page)), `filtered list (${lang})`).toBe("");
          await page.goto(`${site.baseUrl}/admin/items/new`);
          expect(formatViolations(await runAxe(page)), `new item (${lang})`).toBe("");
          await newItem(page, lang === "en" ? { en: "Accessible story" } : { ru: "Доступный материал" });
          await page.waitForSelector(`#${lang}-body-editor`);
          expect(formatViolations(await runAxe(page)), `editor (${lang})`).toBe("");
          // Keyboard alone: the skip link, then the shared fields in order.
          await page.keyboard.press("Tab");
          expect(await page.evaluate<unknown>("document.activeElement.className")).toBe("skip-link");
        } finally {
          await page.close();
        }
      }
    },
  );

  it(
    "serves list, new-item, editor and preview pages that the W3C checker finds valid",
    { timeout: 120_000 },
    async () => {
      const documents = [];
      for (const [ctx, lang] of [
        [context, "en"],
        [russian, "ru"],
      ] as const) {
        const cookie = (await ctx.cookies(site.baseUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
        const item = await store.db
          .selectFrom("article_translations")
          .select("article_id")
          .where("title", "=", lang === "en" ? "Accessible story" : "Доступный материал")
          .executeTakeFirstOrThrow();
        for (const path of [
          "/admin/items",
          "/admin/items?state=draft",
          "/admin/items/new",
          `/admin/items/${item.article_id}`,
          `/admin/items/${item.article_id}/preview/${lang}`,
        ]) {
          const response = await fetch(`${site.baseUrl}${path}`, { headers: { Cookie: cookie } });
          expect(response.status, path).toBe(200);
          documents.push({ name: `${path} (${lang})`, html: await response.text() });
        }
      }
      const reports = await validateHtml(documents);
      expect(formatVnuErrors(reports), "vnu errors").toBe("");
    },
  );
});
