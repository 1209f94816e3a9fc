import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { LANGUAGES, makeArticle, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";

interface MonthEntry {
  name: string;
  href: string | undefined;
  count: string;
  current: boolean;
}

/** The month navigation as a reader sees it: name, link (if any) and count of each month. */
function monthsOf(html: string): MonthEntry[] {
  const nav = /<nav class="archive-months"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
  return [...nav.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => {
    const li = m[1] ?? "";
    return {
      name: />([^<]+)<\/(?:a|span)> <span class="archive-count">/.exec(li)?.[1] ?? "",
      href: /<a class="archive-month" href="([^"]+)"/.exec(li)?.[1],
      count: /<span class="archive-count">([^<]+)<\/span>/.exec(li)?.[1] ?? "",
      current: li.includes('aria-current="page"'),
    };
  });
}

/** Titles of the items listed in the main content, in order. */
function listedTitles(html: string): string[] {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
  const list = /<ul class="news-list">[\s\S]*?<\/ul>/.exec(main)?.[0] ?? "";
  return [...list.matchAll(/<h2><a href="[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1] ?? "");
}

const MARCH = Array.from({ length: 7 }, (_, i) => ({
  title: `March item ${i + 1}`,
  publishedAt: `2025-03-${String(3 + i * 3).padStart(2, "0")}T09:00:00.000Z`,
}));

describe.each(DIALECTS)("date archive on %s", (dialect) => {
  let site: DemoSite;

  beforeAll(async () => {
    // Moscow is UTC+3 all year: 2025-01-31T22:30Z is already 1 February there.
    site = await createDemoSite(dialect, { timezone: "Europe/Moscow", pageSize: 3 });
    const { store } = site.testStore;
    const tree = await site.deps.sections.get();
    const odkb = tree.findByPath("en", "news/news_odkb")?.id ?? -1;
    const speech = tree.findByPath("en", "news/speech")?.id ?? -1;
    const statements = tree.findByPath("en", "documents/statements")?.id ?? -1;
    await makeArticle(store, odkb, "2025-01-15T10:00:00.000Z", { en: "Mid January", ru: "Середина января" });
    await makeArticle(store, odkb, "2025-01-31T20:59:59.000Z", {
      en: "Last minute of January",
      ru: "Конец января",
    });
    await makeArticle(store, speech, "2025-01-31T22:30:00.000Z", {
      en: "Moscow February",
      ru: "Московский февраль",
    });
    for (const item of MARCH)
      await makeArticle(store, odkb, item.publishedAt, { en: item.title, ru: item.title });
    // Outside the all-news subtree, a draft, and an English-only item: none is counted where it should not be.
    await makeArticle(store, statements, "2025-04-10T10:00:00.000Z", {
      en: "April statement",
      ru: "Апрельское",
    });
    await createArticle(
      { store, languages: LANGUAGES },
      {
        sectionId: odkb,
        kind: "news",
        publishedAt: "2025-05-10T10:00:00.000Z",
        translations: [translation("en", "May draft", { state: "draft" })],
      },
    );
    await makeArticle(store, odkb, "2025-06-10T10:00:00.000Z", { en: "June in English only" });
    // 2025-12-31 23:30 UTC is 1 January 2026 in Moscow.
    await makeArticle(store, odkb, "2025-12-31T21:30:00.000Z", { en: "Moscow New Year", ru: "Новый год" });
    await makeArticle(store, odkb, "2027-03-01T10:00:00.000Z", { en: "Only English in 2027" });
  });

  afterAll(async () => {
    await site.destroy();
  });

  it("shows a year's twelve months with their counts, linking only months that have items", async () => {
    const res = await site.request("/en/news/2025/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>News archive for 2025</h1>");
    const months = monthsOf(html);
    expect(months.map((m) => m.name)).toEqual([
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ]);
    expect(months.map((m) => m.count)).toEqual([
      "2 items",
      "1 item",
      "7 items",
      "0 items",
      "0 items",
      "1 item",
      "0 items",
      "0 items",
      "0 items",
      "0 items",
      "0 items",
      "0 items",
    ]);
    expect(months[0]?.href).toBe("/en/news/2025/01/");
    expect(months[2]?.href).toBe("/en/news/2025/03/");
    // The statement is not news, the draft is not published, and December's item is January 2026 in Moscow.
    expect(months[3]?.href).toBeUndefined();
    expect(months[4]?.href).toBeUndefined();
    expect(months[11]?.href).toBeUndefined();
  });

  it("speaks Russian with month names in the nominative and proper plural forms", async () => {
    const html = await (await site.request("/ru/news/2025/")).text();
    expect(html).toContain("<h1>Архив новостей за 2025 год</h1>");
    const months = monthsOf(html);
    expect(months.slice(0, 3).map((m) => `${m.name}: ${m.count}`)).toEqual([
      "Январь: 2 материала",
      "Февраль: 1 материал",
      "Март: 7 материалов",
    ]);
    // The June item has no Russian translation.
    expect(months[5]).toMatchObject({ name: "Июнь", count: "0 материалов", href: undefined });
    const march = await (await site.request("/ru/news/2025/03/")).text();
    expect(march).toContain("<h1>Март 2025</h1>");
  });

  it("counts by the site's time zone: 22:30 UTC on 31 January is February in Moscow", async () => {
    const january = await (await site.request("/en/news/2025/01/")).text();
    expect(january).toContain("<h1>January 2025</h1>");
    expect(listedTitles(january)).toEqual(["Last minute of January", "Mid January"]);
    const february = await (await site.request("/en/news/2025/02/")).text();
    expect(listedTitles(february)).toEqual(["Moscow February"]);
    const newYear = await (await site.request("/en/news/2026/01/")).text();
    expect(listedTitles(newYear)).toEqual(["Moscow New Year"]);
  });

  it("links the neighbouring years that have items", async () => {
    const html = await (await site.request("/en/news/2025/")).text();
    expect(html).toContain('<a href="/en/news/2024/" rel="prev">');
    expect(html).toContain("Previous year: 2024");
    expect(html).toContain('<a href="/en/news/2026/" rel="next">');
    const y2026 = await (await site.request("/en/news/2026/")).text();
    expect(y2026).toContain('href="/en/news/2025/" rel="prev"');
    expect(y2026).toContain('href="/en/news/2027/" rel="next"');
    // In Russian there is nothing after 2026.
    const ru2026 = await (await site.request("/ru/news/2026/")).text();
    expect(ru2026).toContain("Предыдущий год: 2025");
    expect(ru2026).not.toContain('rel="next"');
  });

  it("lists a month newest first, page by page, with the year's months beside it", async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const res = await site.request(`/en/news/2025/03/${page > 1 ? `?page=${page}` : ""}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const titles = listedTitles(html);
      expect(titles.length).toBe(page < 3 ? 3 : 1);
      seen.push(...titles);
      const current = monthsOf(html).filter((m) => m.current);
      expect(current.map((m) => m.name)).toEqual(["March"]);
      if (page < 3) expect(html).toContain(`href="/en/news/2025/03/?page=${page + 1}" rel="next"`);
    }
    expect(seen).toEqual(MARCH.map((m) => m.title).reverse());
    const html = await (await site.request("/en/news/2025/03/?page=2")).text();
    expect(html).toContain("<title>March 2025 — News archive — Page 2 of 3");
    expect(html).toContain('<a href="/en/news/2025/">All months of 2025</a>');
    expect(html).toContain('<li><a href="/en/news/2025/">2025</a></li>');
  });

  it("says so when a month of a year with items has none", async () => {
    const res = await site.request("/en/news/2025/04/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Nothing was published this month.");
    expect(listedTitles(html)).toEqual([]);
    expect(/<main[\s\S]*?<\/main>/.exec(html)?.[0]).not.toContain("April statement");
    const ru = await (await site.request("/ru/news/2025/06/")).text();
    expect(ru).toContain("В этом месяце материалов не публиковалось.");
  });

  it("answers the site's 404 for an impossible date or a year with nothing in it", async () => {
    for (const path of [
      "/en/news/0000/",
      "/en/news/2025/00/",
      "/en/news/2025/13/",
      "/en/news/2025/1/",
      "/en/news/abcd/",
      "/en/news/2025/ab/",
      "/en/news/20251/",
      "/en/news/1999/",
      "/en/news/1999/05/",
      "/ru/news/2027/",
      "/ru/news/2027/03/",
      "/de/news/2025/",
      "/en/news/2025/03/?page=4",
    ]) {
      const res = await site.request(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain(path.startsWith("/ru/") ? "Страница не найдена" : "Page not found");
    }
  });

  it("answers 400 for a malformed page number", async () => {
    const res = await site.request("/en/news/2025/03/?page=abc");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("The page number must be a whole number from 1 up.");
  });

  it("adds the trailing slash, keeping the query", async () => {
    const year = await site.request("/en/news/2025");
    expect(year.status).toBe(301);
    expect(year.headers.get("location")).toBe("/en/news/2025/");
    const month = await site.request("/ru/news/2025/03?page=2");
    expect(month.status).toBe(301);
    expect(month.headers.get("location")).toBe("/ru/news/2025/03/?page=2");
  });

  it("offers the other language only where it has items that year", async () => {
    const en = await (await site.request("/en/news/2025/03/?page=2")).text();
    expect(en).toContain('href="/ru/news/2025/03/" hreflang="ru"');
    expect(en).toContain('<link rel="canonical" href="http://localhost/en/news/2025/03/?page=2"');
    const only = await (await site.request("/en/news/2027/")).text();
    expect(only).not.toContain('hreflang="ru"');
  });

  it("leaves section pages and items at their addresses", async () => {
    expect((await site.request("/en/news/")).status).toBe(200);
    expect((await site.request("/en/news/news_odkb/")).status).toBe(200);
    expect((await site.request("/en/news/?page=2")).status).toBe(200);
  });
});
