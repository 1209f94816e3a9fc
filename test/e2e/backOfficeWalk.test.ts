import { mkdirSync, readFileSync, statSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, transition } from "../../src/commands/editorial/index.js";
import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import type { Role } from "../../src/domain/roles.js";
import { toLocalInput } from "../../src/i18n/localTime.js";
import { articleUrl, sectionUrl } from "../../src/http/site/urls.js";
import { runDueJobs } from "../../src/jobs/scheduler.js";
import type { Store } from "../../src/store/database.js";
import { ensureClientBundle } from "../admin/editorSupport.js";
import { PASSWORD, TestClock } from "../auth/support.js";
import { launchBrowser } from "../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";

const HOUR = 3_600_000;
const SCREENSHOT = "test-output/editor.png";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';

const TEXT = {
  en: {
    title: "Walk-through statement",
    lead: "The English lead.",
    body: "The English body of the statement.",
  },
  ru: { title: "Сквозное заявление", lead: "Русская вводка.", body: "Русский текст заявления." },
} as const;
type Lang = keyof typeof TEXT;

describe("the back office, end to end in Chromium (SQLite)", () => {
  const clock = new TestClock();
  let site: ListeningSite;
  let store: Store;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const ids: Partial<Record<Role, number>> = {};

  beforeAll(async () => {
    ensureClientBundle();
    site = await startDemoServer("sqlite", { overrides: { totpRequiredRoles: [] }, clock });
    store = site.server.deps.store;
    for (const role of ["correspondent", "editor", "publisher"] as const) {
      ids[role] = await addUser({ store, clock }, CLI_ACTOR, {
        email: `${role}@example.org`,
        displayName: role,
        role,
        password: PASSWORD,
      });
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await site?.destroy();
  });

  /** A new browser (context) for one member, signed in through the login form. */
  async function signedIn(role: Role): Promise<Page> {
    // No CSP bypass: the site's own headers stay in force, as for a real user.
    const context = await browser.newContext({ locale: "en-US" });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/admin/login`);
    await page.fill("#email", `${role}@example.org`);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(/\/admin\/items/), page.click("button[type=submit]")]);
    return page;
  }

  /** Clicks the workflow button of an action on a translation and waits for the editor to come back. */
  async function act(page: Page, lang: Lang, action: string, at?: string): Promise<void> {
    const form = page.locator(
      `form[action$="/translations/${lang}/transition"]:has(input[name=action][value=${action}])`,
    );
    if (at !== undefined) await form.locator("input[name=at]").fill(at);
    await Promise.all([page.waitForURL(new RegExp(`notice=${action}`)), form.locator("button").click()]);
  }

  async function translations(articleId: number) {
    return store.db
      .selectFrom("article_translations")
      .select(["id", "lang", "slug", "state", "title", "lead", "body_html"])
      .where("article_id", "=", articleId)
      .orderBy("lang")
      .execute();
  }

  async function newsOdkbPath(lang: string): Promise<string> {
    const row = await store.db
      .selectFrom("section_translations as mine")
      .innerJoin("section_translations as en", "en.section_id", "mine.section_id")
      .select("mine.path")
      .where("en.lang", "=", "en")
      .where("en.path", "=", "news/news_odkb")
      .where("mine.lang", "=", lang)
      .executeTakeFirstOrThrow();
    return row.path;
  }

  /** The path of the section an article is in (the new-item form's first choice), in a language. */
  async function sectionPathOf(articleId: number, lang: string): Promise<string> {
    const row = await store.db
      .selectFrom("articles")
      .innerJoin("section_translations", "section_translations.section_id", "articles.section_id")
      .select("section_translations.path")
      .where("articles.id", "=", articleId)
      .where("section_translations.lang", "=", lang)
      .executeTakeFirstOrThrow();
    return row.path;
  }

  const get = (path: string) => fetch(`${site.baseUrl}${path}`, { redirect: "manual" });

  it(
    "writes, approves, publishes the English now and schedules the Russian, which the clock then publishes",
    { timeout: 120_000 },
    async () => {
      // The correspondent creates the item and writes both languages.
      const writer = await signedIn("correspondent");
      await writer.goto(`${site.baseUrl}/admin/items/new`);
      await writer.fill("input[name=title_en]", TEXT.en.title);
      await writer.fill("input[name=title_ru]", TEXT.ru.title);
      await Promise.all([
        writer.waitForURL(/\/admin\/items\/\d+\?notice=created/),
        writer.click("form.new-item button"),
      ]);
      const articleId = Number(/\/admin\/items\/(\d+)/.exec(writer.url())?.[1]);
      expect(articleId).toBeGreaterThan(0);
      await writer.waitForSelector(".rich-text__content");
      for (const lang of ["en", "ru"] as const) {
        await writer.fill(`#${lang}-title`, TEXT[lang].title);
        await writer.fill(`#${lang}-lead`, TEXT[lang].lead);
        await writer.click(`#${lang}-body-editor`);
        await writer.keyboard.type(TEXT[lang].body);
        await Promise.all([
          writer.waitForURL(new RegExp(`saved=${lang}`)),
          writer.click(`#form-${lang} button[type=submit]`),
        ]);
        await writer.waitForSelector(`#${lang}-body-editor`);
      }
      mkdirSync("test-output", { recursive: true });
      await writer.screenshot({ path: SCREENSHOT, fullPage: true });
      const png = readFileSync(SCREENSHOT);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(statSync(SCREENSHOT).size).toBeGreaterThan(10 * 1024);

      const written = await translations(articleId);
      for (const lang of ["en", "ru"] as const) {
        const tr = written.find((t) => t.lang === lang);
        expect(tr?.title).toBe(TEXT[lang].title);
        expect(tr?.lead).toBe(TEXT[lang].lead);
        expect(tr?.body_html).toContain(TEXT[lang].body);
      }
      for (const lang of ["en", "ru"] as const) await act(writer, lang, "submit");

      // The editor approves both.
      const editor = await signedIn("editor");
      await editor.goto(`${site.baseUrl}/admin/items/${articleId}`);
      for (const lang of ["en", "ru"] as const) await act(editor, lang, "approve");

      // The press secretary publishes the English now and schedules the Russian an hour later.
      const secretary = await signedIn("publisher");
      await secretary.goto(`${site.baseUrl}/admin/items/${articleId}`);
      await act(secretary, "en", "publish");
      const inAnHour = toLocalInput(new Date(clock.now().getTime() + HOUR).toISOString(), "UTC");
      await act(secretary, "ru", "schedule", inAnHour);
      const states = Object.fromEntries((await translations(articleId)).map((t) => [t.lang, t.state]));
      expect(states).toEqual({ en: "published", ru: "scheduled" });

      const slugs = Object.fromEntries((await translations(articleId)).map((t) => [t.lang, t.slug]));
      const enUrl = articleUrl("en", await sectionPathOf(articleId, "en"), slugs["en"] ?? "");
      const ruUrl = articleUrl("ru", await sectionPathOf(articleId, "ru"), slugs["ru"] ?? "");

      // Only the English is public.
      const enPage = await get(enUrl);
      expect(enPage.status).toBe(200);
      expect(await enPage.text()).toContain(TEXT.en.title);
      expect(await (await get(sectionUrl("en", "news"))).text()).toContain(TEXT.en.title);
      expect((await get(ruUrl)).status).toBe(404);
      expect(await (await get(sectionUrl("ru", "news"))).text()).not.toContain(TEXT.ru.title);
      const reader = await browser.newContext({ locale: "en-US" });
      contexts.push(reader);
      const page = await reader.newPage();
      await page.goto(`${site.baseUrl}${enUrl}`);
      expect(await page.locator("h1").first().innerText()).toBe(TEXT.en.title);
      expect(await page.locator(`a[href="${ruUrl}"]`).count()).toBe(0);
      const ruSwitch = page.locator("a[hreflang=ru]");
      for (const href of await ruSwitch.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        expect(href).not.toBe(ruUrl);
      }

      // Two hours later the scheduler has published the Russian.
      clock.advance(2 * HOUR);
      const run = await runDueJobs({ store }, clock.now());
      expect(run.failed).toEqual([]);
      expect(run.published.length).toBe(1);
      const ruPage = await get(ruUrl);
      expect(ruPage.status).toBe(200);
      expect(await ruPage.text()).toContain(TEXT.ru.title);
      expect(await (await get(sectionUrl("ru", "news"))).text()).toContain(TEXT.ru.title);
      // Public pages may be cached for 60 s (Cache-Control: public, max-age=60): a new reader, then.
      const later = await browser.newContext({ locale: "en-US" });
      contexts.push(later);
      const again = await later.newPage();
      await again.goto(`${site.baseUrl}${enUrl}`);
      await Promise.all([
        again.waitForURL(`${site.baseUrl}${ruUrl}`),
        again.locator("a[hreflang=ru]").click(),
      ]);
      expect(await again.locator("h1").first().innerText()).toBe(TEXT.ru.title);

      // Exactly one "published" audit entry per translation.
      const trIds = (await translations(articleId)).map((t) => String(t.id));
      const entries = await store.db
        .selectFrom("audit_log")
        .select("subject_id")
        .where("action", "=", "published")
        .where("subject_id", "in", trIds)
        .execute();
      expect(entries.map((e) => e.subject_id).sort()).toEqual([...trIds].sort());
    },
  );

  it(
    "never runs a script from a published item's title or body on the public page",
    { timeout: 60_000 },
    async () => {
      const actor = (role: Role) => ({ id: ids[role] ?? 0, role, label: `${role}@example.org` });
      const ctx = (role: Role) => ({ store, actor: actor(role), languages: ["en", "ru"], clock });
      const section = await store.db
        .selectFrom("section_translations")
        .select("section_id")
        .where("lang", "=", "en")
        .where("path", "=", "news/news_odkb")
        .executeTakeFirstOrThrow();
      const title = `${HOSTILE} Hostile title`;
      const created = await createDraft(ctx("correspondent"), {
        sectionId: section.section_id,
        kind: "news",
        translations: [{ lang: "en", title, lead: HOSTILE, bodyHtml: `<p>Body ${HOSTILE}</p>` }],
      });
      const translationId = created.translationIds["en"] ?? 0;
      for (const [role, action] of [
        ["correspondent", "submit"],
        ["editor", "approve"],
        ["publisher", "publish"],
      ] as const) {
        await transition(ctx(role), { translationId, action });
      }
      const url = articleUrl("en", await newsOdkbPath("en"), created.slugs["en"] ?? "");
      // Without the site's CSP, so that only escaping and sanitizing stand between the text and the page.
      const context = await browser.newContext({ bypassCSP: true });
      contexts.push(context);
      const page = await context.newPage();
      const response = await page.goto(`${site.baseUrl}${url}`);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState("load");
      await page.waitForTimeout(200);
      expect(await page.evaluate<unknown>("typeof window.__pwned")).toBe("undefined");
      expect(await page.locator("h1").first().innerText()).toBe(title);
      // The only inline script is the JSON-LD data block, which browsers never run; the title is data inside it.
      expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
      const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
      expect((JSON.parse(jsonLd ?? "{}") as { headline?: string }).headline).toBe(title);
      expect(await page.locator("img[onerror]").count()).toBe(0);
      await page.goto(`${site.baseUrl}${sectionUrl("en", "news")}`);
      await page.waitForLoadState("load");
      expect(await page.evaluate<unknown>("typeof window.__pwned")).toBe("undefined");
    },
  );
});
