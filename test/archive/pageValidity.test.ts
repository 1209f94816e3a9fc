import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";

/** The archive's and people's pages, in both languages: the demo's items are from February 2024. */
const PAGES = ["en", "ru"].flatMap((lang) => [
  { name: `${lang} archive year`, path: `/${lang}/news/2024/` },
  { name: `${lang} archive month`, path: `/${lang}/news/2024/02/` },
  { name: `${lang} archive empty month`, path: `/${lang}/news/2024/03/` },
  { name: `${lang} people`, path: `/${lang}/people/` },
  { name: `${lang} person`, path: `/${lang}/people/stanislav-zas/` },
]);

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

describe("archive and people pages", () => {
  it("are valid for the W3C Nu Html Checker", { timeout: 120_000 }, async () => {
    const documents = await Promise.all(
      PAGES.map(async (page) => {
        const response = await fetch(`${site.baseUrl}${page.path}`);
        expect(response.status, page.path).toBe(200);
        return { name: `${page.name} (${page.path})`, html: await response.text() };
      }),
    );
    const reports = await validateHtml(documents);
    expect(reports.size).toBe(PAGES.length);
    expect(formatVnuErrors(reports), "vnu errors").toBe("");
  });

  it.each(PAGES)("$name has no axe-core violations (WCAG 2.1 A/AA, best practice)", async ({ path }) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(`${site.baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(formatViolations(await runAxe(page)), `axe violations on ${path}`).toBe("");
    } finally {
      await page.close();
    }
  });
});
