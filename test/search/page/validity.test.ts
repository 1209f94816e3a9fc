import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatViolations, launchBrowser, runAxe } from "../../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../../helpers/site.js";
import { formatVnuErrors, validateHtml } from "../../helpers/vnu.js";
import { searchPath } from "./support.js";

/** The states of the search page, each checked in both languages. */
const QUERIES: Record<string, Record<"en" | "ru", Record<string, string>>> = {
  results: { en: { q: "mission" }, ru: { q: "миссия" } },
  "many results with pages": { en: { q: "CSTO" }, ru: { q: "ОДКБ" } },
  "no results": { en: { q: "zqxjvw" }, ru: { q: "щшщшщ" } },
  empty: { en: {}, ru: {} },
  "notices and a suggestion": {
    en: { q: '"vbccbz', section: "nowhere", from: "2023-13-01" },
    ru: { q: "vbccbz", kind: "gossip", from: "2024-01-01", to: "2023-01-01" },
  },
};

const PAGES = (["en", "ru"] as const).flatMap((lang) =>
  Object.entries(QUERIES).map(([state, byLang]) => ({
    name: `${lang} ${state}`,
    lang,
    path: searchPath(lang, byLang[lang]),
  })),
);

let site: ListeningSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await startDemoServer();
  browser = await launchBrowser();
  // axe is injected as an inline script, which the site's Content-Security-Policy rightly forbids.
  context = await browser.newContext({ bypassCSP: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.destroy();
});

describe("the search page's HTML", () => {
  it(
    "is valid for the W3C Nu Html Checker in every state, in both languages",
    { timeout: 120_000 },
    async () => {
      const documents = await Promise.all(
        PAGES.map(async (page) => {
          const response = await fetch(`${site.baseUrl}${page.path}`);
          expect(response.status, page.name).toBe(200);
          return { name: `${page.name} (${page.path})`, html: await response.text() };
        }),
      );
      const reports = await validateHtml(documents);
      expect(reports.size).toBe(PAGES.length);
      expect(formatVnuErrors(reports), "vnu errors").toBe("");
    },
  );
});

describe("the search page's accessibility (axe-core: WCAG 2.1 A/AA and best practice)", () => {
  it.each(PAGES)("$name has no violations", async (checked) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(`${site.baseUrl}${checked.path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator("html").getAttribute("lang")).toBe(checked.lang);
      // With the filters unfolded too, so that their fields are checked as the reader sees them.
      await page.locator("details.search-filters").evaluate((d) => d.setAttribute("open", ""));
      expect(formatViolations(await runAxe(page)), `axe violations on ${checked.path}`).toBe("");
    } finally {
      await page.close();
    }
  });

  it("fits a phone without sideways scrolling, and searches from the form without JavaScript", async () => {
    const phone = await browser.newContext({
      bypassCSP: true,
      javaScriptEnabled: false,
      viewport: { width: 375, height: 667 },
      isMobile: true,
    });
    try {
      const page = await phone.newPage();
      await page.goto(`${site.baseUrl}/ru/search`);
      // The page's own form (the header has a search box of its own).
      const form = page.locator("main");
      await form.getByLabel("Что найти").fill("миссии");
      await Promise.all([
        page.waitForURL(/\/ru\/search\?/),
        form.getByRole("button", { name: "Найти" }).first().click(),
      ]);
      expect(new URL(page.url()).searchParams.get("q")).toBe("миссии");
      expect(await page.locator("mark").count()).toBeGreaterThan(0);
      await page.locator("details.search-filters summary").click();
      const overflow = await page.evaluate<unknown>(
        "document.documentElement.scrollWidth - window.innerWidth",
      );
      expect(overflow, "horizontal overflow in CSS pixels").toBe(0);
    } finally {
      await phone.close();
    }
  });
});
