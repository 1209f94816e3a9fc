import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";
import { LANGS, findMissionArticlePath, type Lang } from "./support.js";

/** The kinds of public page, each checked in every language. */
const KINDS = [
  "home",
  "all news",
  "all news, page 2",
  "section",
  "parent section",
  "article",
  "not found",
] as const;
type Kind = (typeof KINDS)[number];

interface CheckedPage {
  name: string;
  lang: Lang;
  kind: Kind;
}

const PAGES: CheckedPage[] = LANGS.flatMap((lang) =>
  KINDS.map((kind) => ({ name: `${lang} ${kind}`, lang, kind })),
);

let site: ListeningSite;
let browser: Browser;
let context: BrowserContext;
const articlePaths = new Map<Lang, string>();

function pathOf(page: CheckedPage): string {
  const { lang } = page;
  switch (page.kind) {
    case "home":
      return `/${lang}/`;
    case "all news":
      return `/${lang}/news/`;
    case "all news, page 2":
      return `/${lang}/news/?page=2`;
    case "section":
      return `/${lang}/news/news_odkb/`;
    case "parent section":
      return `/${lang}/documents/`;
    case "article": {
      const path = articlePaths.get(lang);
      if (path === undefined) throw new Error(`No ${lang} article was found`);
      return path;
    }
    case "not found":
      return `/${lang}/no-such-page/`;
  }
}

function expectedStatus(page: CheckedPage): number {
  return page.kind === "not found" ? 404 : 200;
}

beforeAll(async () => {
  site = await startDemoServer();
  for (const lang of LANGS) articlePaths.set(lang, await findMissionArticlePath(site.baseUrl, lang));
  browser = await launchBrowser();
  // axe is injected as an inline script, which the site's Content-Security-Policy rightly forbids.
  context = await browser.newContext({ bypassCSP: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.destroy();
});

describe("the HTML of every kind of page", () => {
  it("is valid for the W3C Nu Html Checker, in both languages", { timeout: 120_000 }, async () => {
    const documents = await Promise.all(
      PAGES.map(async (page) => {
        const path = pathOf(page);
        const response = await fetch(`${site.baseUrl}${path}`);
        expect(response.status, `${page.name}: ${path}`).toBe(expectedStatus(page));
        expect(response.headers.get("content-type"), `${page.name}: ${path}`).toMatch(/^text\/html/);
        return { name: `${page.name} (${path})`, html: await response.text() };
      }),
    );
    const reports = await validateHtml(documents);
    expect(reports.size).toBe(PAGES.length);
    expect(formatVnuErrors(reports), "vnu errors").toBe("");
  });
});

describe("accessibility (axe-core: WCAG 2.1 A/AA and best practice)", () => {
  it.each(PAGES)("$name has no violations", async (checked) => {
    const page = await context.newPage();
    try {
      const path = pathOf(checked);
      const response = await page.goto(`${site.baseUrl}${path}`);
      expect(response?.status(), path).toBe(expectedStatus(checked));
      expect(await page.locator("html").getAttribute("lang")).toBe(checked.lang);
      const violations = await runAxe(page);
      expect(formatViolations(violations), `axe violations on ${path}`).toBe("");
    } finally {
      await page.close();
    }
  });

  it.each(LANGS)("the %s article has no violations on a phone (375×667)", async (lang) => {
    const phone = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    try {
      const page = await phone.newPage();
      const path = pathOf({ name: "article", lang, kind: "article" });
      await page.goto(`${site.baseUrl}${path}`);
      const violations = await runAxe(page);
      expect(formatViolations(violations), `axe violations on ${path} at 375×667`).toBe("");
      // Nothing should make the phone scroll sideways.
      const overflow = await page.evaluate<unknown>(
        "document.documentElement.scrollWidth - window.innerWidth",
      );
      expect(overflow, "horizontal overflow in CSS pixels").toBe(0);
    } finally {
      await phone.close();
    }
  });
});
