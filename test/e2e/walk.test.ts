import { mkdirSync, readFileSync, statSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import { missionTitle, newsOdkbTitle } from "./support.js";

const SCREENSHOT = "test-output/article-en.png";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let site: ListeningSite;
let browser: Browser;

beforeAll(async () => {
  site = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.destroy();
});

/** A reader whose browser asks for English; JavaScript on unless said otherwise. */
function newReader(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: "en-US", ...options });
}

/** The path and query of the page, as the site writes its links. */
function where(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** On a list page, follows the pager until the article's link shows up, then clicks it. Returns the list's path. */
async function openArticleFromList(page: Page, title: string): Promise<string> {
  for (let turns = 0; turns < 10; turns++) {
    const link = page.getByRole("main").getByRole("link", { name: title, exact: true });
    if ((await link.count()) > 0) {
      const listPath = where(page);
      await link.click();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      return listPath;
    }
    const before = page.url();
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  throw new Error(`"${title}" was not found on any page of the list`);
}

async function historyLength(page: Page): Promise<number> {
  const length = await page.evaluate<unknown>("history.length");
  if (typeof length !== "number") throw new Error("history.length is not a number");
  return length;
}

async function expectArticleNavigation(page: Page, texts: string[]): Promise<void> {
  const nav = page.getByRole("navigation", { name: /Article navigation|Навигация по материалу/ });
  for (const text of texts) {
    const link = nav.getByRole("link", { name: text, exact: true });
    expect(await link.count(), `link "${text}"`).toBe(1);
    expect(await link.isVisible(), `link "${text}" is visible`).toBe(true);
  }
}

describe("a reader's walk through the site", () => {
  it(
    "goes from the home page to an article, back to the lists, and over to Russian",
    { timeout: 120_000 },
    async () => {
      const context = await newReader();
      try {
        const page = await context.newPage();
        const title = missionTitle("en");

        await page.goto(`${site.baseUrl}/`);
        expect(where(page)).toBe("/en/");

        await page.getByRole("link", { name: "All news", exact: true }).click();
        await page.waitForURL(`${site.baseUrl}/en/news/`);
        const items = page.getByRole("main").locator(".news-list > li");
        expect(await items.count()).toBeGreaterThanOrEqual(10);
        const dates = await page.getByRole("main").locator(".news-list time").allInnerTexts();
        expect(dates.length).toBe(await items.count());
        for (const date of dates) expect(date).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
        expect(await page.getByRole("navigation", { name: "Pages" }).isVisible()).toBe(true);

        await openArticleFromList(page, title);
        const articlePath = where(page);
        expect(articlePath).toMatch(/^\/en\/news\/news_odkb\/[^/]+\/$/);

        const h1 = page.getByRole("heading", { level: 1 });
        expect(await h1.innerText()).toBe(title);
        expect(await h1.isVisible()).toBe(true);
        const published = page.locator("article time");
        expect(await published.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(await published.innerText()).toMatch(/\b(19|20)\d{2}\b/);
        expect(await published.isVisible()).toBe(true);
        expect(await page.locator("article .article-body p").count()).toBe(4);
        const signature = page.locator("article .signature");
        expect(await signature.innerText()).toBe("The CSTO Press Secretary Vladimir Zaynetdinov");
        expect(await signature.isVisible()).toBe(true);
        const sidebar = page.getByRole("complementary");
        expect(await sidebar.getByRole("heading", { name: "Latest news" }).isVisible()).toBe(true);
        const sidebarItems = await sidebar.getByRole("listitem").count();
        expect(sidebarItems).toBeGreaterThanOrEqual(4);
        expect(sidebarItems).toBeLessThanOrEqual(5);
        await expectArticleNavigation(page, ["Go back", "Back to the section", "Back to the all news"]);

        mkdirSync("test-output", { recursive: true });
        await page.screenshot({ path: SCREENSHOT, fullPage: true });
        expect(readFileSync(SCREENSHOT).subarray(0, 8).equals(PNG_SIGNATURE), "a PNG file").toBe(true);
        expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);

        await page.getByRole("link", { name: "Back to the section", exact: true }).click();
        await page.waitForURL(`${site.baseUrl}/en/news/news_odkb/`);
        expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(newsOdkbTitle("en"));

        await page.goBack();
        expect(where(page)).toBe(articlePath);
        await page.getByRole("link", { name: "Back to the all news", exact: true }).click();
        await page.waitForURL(`${site.baseUrl}/en/news/`);
        expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("News");

        await page.goBack();
        expect(where(page)).toBe(articlePath);
        await page
          .getByRole("navigation", { name: "Language" })
          .getByRole("link", { name: "Русский" })
          .click();
        await page.waitForURL((url) => url.pathname.startsWith("/ru/"));
        expect(where(page).startsWith("/ru/news/news_odkb/")).toBe(true);
        expect(await page.locator("html").getAttribute("lang")).toBe("ru");
        expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(missionTitle("ru"));
        await expectArticleNavigation(page, ["Назад", "Вернуться в раздел", "Вернуться ко всем новостям"]);
        expect(await page.locator("article .signature").innerText()).toContain("Зайнетдинов");
      } finally {
        await context.close();
      }
    },
  );

  it("with JavaScript, 'Go back' returns through the history to the list", { timeout: 60_000 }, async () => {
    const context = await newReader();
    try {
      const page = await context.newPage();
      await page.goto(`${site.baseUrl}/en/news/`);
      const listPath = await openArticleFromList(page, missionTitle("en"));
      const articleUrl = page.url();
      const lengthOnArticle = await historyLength(page);

      await page.getByRole("link", { name: "Go back", exact: true }).click();
      await page.waitForURL(`${site.baseUrl}${listPath}`);
      // history.back() moved within the history rather than adding an entry, so "forward" is the article.
      expect(await historyLength(page)).toBe(lengthOnArticle);
      await page.goForward();
      expect(page.url()).toBe(articleUrl);
    } finally {
      await context.close();
    }
  });

  it(
    "without JavaScript, 'Go back' is a working link to the item's section",
    { timeout: 60_000 },
    async () => {
      const context = await newReader({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${site.baseUrl}/en/news/`);
        await openArticleFromList(page, missionTitle("en"));

        const goBack = page.getByRole("link", { name: "Go back", exact: true });
        const sectionHref = await page
          .getByRole("link", { name: "Back to the section", exact: true })
          .getAttribute("href");
        // Every reader gets the same page (it is cached): the link's own address is the section; site.js makes it
        // a step back in history when scripts run.
        expect(await goBack.getAttribute("href")).toBe(sectionHref);
        const listPath = sectionHref ?? "";
        await goBack.click();
        await page.waitForURL(`${site.baseUrl}${listPath}`);
        expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(newsOdkbTitle("en"));
      } finally {
        await context.close();
      }
    },
  );
});
