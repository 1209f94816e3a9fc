import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { createArticle } from "../../src/commands/createArticle.js";
import { launchBrowser } from "../helpers/browser.js";
import { LANGUAGES } from "../helpers/content.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";

const EXTERNAL = "https://example.org/reports/annual-2025.pdf";
const INTERNAL = "/en/news/news_odkb/";

const BODY = [
  `<p>The press centre published <a href="${EXTERNAL}">the annual report</a> today.</p>`,
  `<p>Earlier items are listed among <a href="${INTERNAL}">the CSTO news</a>.</p>`,
  ...Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} describes the work of the year in enough words to fill a printed line or two, as a real press release would.</p>`,
  ),
].join("\n");

let site: ListeningSite;
let browser: Browser;
let articlePath: string;

/**
 * A computed style property of the first element matching a selector (optionally of a pseudo-element), or
 * "absent". Evaluated as a string in the page, since the tests are compiled without the DOM's typings.
 */
function computed(page: Page, selector: string, property: string, pseudo?: string): Promise<string> {
  return page.evaluate<string>(
    `(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      return el ? getComputedStyle(el, ${JSON.stringify(pseudo ?? null)})[${JSON.stringify(property)}] : "absent";
    })()`,
  );
}

async function displays(page: Page, selectors: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const selector of selectors) result[selector] = await computed(page, selector, "display");
  return result;
}

function afterContent(page: Page, selector: string): Promise<string> {
  return computed(page, selector, "content", "::after");
}

beforeAll(async () => {
  site = await startDemoServer();
  const { store, config } = site.server.deps;
  const tree = await site.server.deps.sections.get();
  const sectionId = tree.findByPath("en", "news/news_odkb")?.id ?? -1;
  const person = await store.db
    .selectFrom("people as p")
    .innerJoin("person_posts as pp", "pp.person_id", "p.id")
    .select(["p.id", "pp.id as postId"])
    .where("p.slug", "=", "stanislav-zas")
    .executeTakeFirstOrThrow();
  const created = await createArticle(
    { store, languages: LANGUAGES },
    {
      sectionId,
      kind: "news",
      publishedAt: "2025-05-20T09:00:00.000Z",
      translations: [
        {
          lang: "en",
          title: "The annual report is out",
          lead: "What the press centre did in a year.",
          bodyHtml: BODY,
          slug: "annual-report-print",
          signature: { personId: person.id, postId: person.postId },
          state: "published",
        },
      ],
    },
  );
  const translationId = created.translationIds["en"] ?? -1;
  const row = await store.db
    .selectFrom("article_translations")
    .select("version")
    .where("id", "=", translationId)
    .executeTakeFirstOrThrow();
  await saveTranslation(
    { store, actor: "system", languages: config.languages },
    {
      translationId,
      baseVersion: row.version,
      bodyHtml: BODY.replace("today", "on 20 May"),
      correction: { note: "The date of the report was given precisely." },
    },
  );
  articlePath = `/en/news/news_odkb/annual-report-print/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.destroy();
});

describe("printing an article", () => {
  it("prints the text, byline and corrections in black serif, without navigation", async () => {
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${site.baseUrl}${articlePath}`);
      expect(response?.status()).toBe(200);
      // On screen the navigation is there and links carry no printed address.
      expect((await displays(page, [".site-nav", ".sidebar"]))[".site-nav"]).not.toBe("none");
      expect(await afterContent(page, `.article-body a[href="${EXTERNAL}"]`)).toBe("none");

      await page.emulateMedia({ media: "print" });
      const hidden = await displays(page, [
        ".site-nav",
        ".lang-switch",
        ".sidebar",
        ".breadcrumbs",
        ".article-nav",
        ".skip-link",
        ".site-footer",
        ".related-news",
        "[role=search]",
      ]);
      for (const [selector, display] of Object.entries(hidden)) {
        expect(["none", "absent"], `${selector} is ${display} in print`).toContain(display);
      }
      expect(hidden[".site-nav"]).toBe("none");
      expect(hidden[".sidebar"]).toBe("none");

      const kept = await displays(page, [".site-title", "h1", ".article-body", ".signature", ".corrections"]);
      for (const [selector, display] of Object.entries(kept)) {
        expect(["none", "absent"], `${selector} must print`).not.toContain(display);
      }
      expect(await page.textContent(".signature")).toContain("Stanislav Zas");
      expect(await page.textContent(".corrections")).toContain("The date of the report was given precisely.");

      const font = await computed(page, ".article-body p", "fontFamily");
      expect(font).toMatch(/serif/);
      expect(font).not.toMatch(/system-ui/);
      expect(await computed(page, ".article-body p", "color")).toBe("rgb(0, 0, 0)");
      expect(await computed(page, ".article-body a", "color")).toBe("rgb(0, 0, 0)");
      expect(await computed(page, "h1", "breakAfter")).toBe("avoid");

      expect(await afterContent(page, `.article-body a[href="${EXTERNAL}"]`)).toContain(EXTERNAL);
      expect(await afterContent(page, `.article-body a[href="${INTERNAL}"]`)).toContain(INTERNAL);
    } finally {
      await page.close();
    }
  });

  it("makes a PDF of one to three pages", { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.baseUrl}${articlePath}`);
      const pdf = await page.pdf({ format: "A4", printBackground: false });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(3);
    } finally {
      await page.close();
    }
  });
});
