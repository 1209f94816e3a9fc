import { PAGE_CACHE_CONTROL } from "../../../src/http/cache/middleware.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missionArticles, pressCentreArticles } from "../../../src/demo/content.js";
import type { DemoArticle } from "../../../src/demo/types.js";
import { createDemoSite, type DemoSite } from "../../helpers/site.js";
import { DIALECTS } from "../../helpers/stores.js";
import { countOf, hitsOf, messagesOf, pagerLinks, paramsOf, searchPath } from "./support.js";

function titleOf(articles: DemoArticle[], key: string, lang: "en" | "ru"): string {
  const title = articles.find((a) => a.key === key)?.translations[lang]?.title;
  if (title === undefined) throw new Error(`The demo content has no ${lang} "${key}"`);
  return title;
}

const MISSION_RU = [
  titleOf(missionArticles, "mission-advance-team-completes-work", "ru"),
  titleOf(missionArticles, "mission-arrives-in-armenia", "ru"),
  titleOf(missionArticles, "statement-mission-tasks", "ru"),
  titleOf(pressCentreArticles, "search-in-two-languages", "ru"),
];
const PAGE_SIZE = 3;

describe.each(DIALECTS)("the search page on %s", (dialect) => {
  let site: DemoSite;
  const get = async (lang: string, params: Record<string, string> = {}) => {
    const res = await site.request(searchPath(lang, params));
    return { res, html: await res.text() };
  };
  /** Every hit of a search, page after page. */
  const allHits = async (lang: string, params: Record<string, string>) => {
    const first = await get(lang, params);
    const hits = hitsOf(first.html);
    let next = pagerLinks(first.html).get(lang === "ru" ? "Следующая страница →" : "Next page →");
    while (next !== undefined) {
      const html = await (await site.request(next)).text();
      hits.push(...hitsOf(html));
      next = pagerLinks(html).get(lang === "ru" ? "Следующая страница →" : "Next page →");
    }
    return hits;
  };

  beforeAll(async () => {
    // A small page makes the demo's few items span several pages.
    site = await createDemoSite(dialect, { pageSize: PAGE_SIZE });
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("finds every form of a Russian word and marks the matches", async () => {
    const { res, html } = await get("ru", { q: "миссии" });
    expect(res.status).toBe(200);
    expect(countOf(html)).toBe("4 результата");
    const hits = await allHits("ru", { q: "миссии" });
    expect(hits.map((h) => h.title).sort()).toEqual([...MISSION_RU].sort());
    for (const hit of hits)
      expect(hit.href).toMatch(/^\/ru\/(news\/news_odkb|documents\/statements)\/[^/]+\/$/);
    expect(html).toMatch(/<mark>Мисси[яиюей]+<\/mark>/);
    expect(html).toContain("<title>Поиск: миссии — Пресс-центр</title>");
  });

  it("finds English words in other forms, with the date and section of each hit", async () => {
    const { html } = await get("en", { q: "meeting" });
    const hits = hitsOf(html);
    expect(hits.map((h) => h.title)).toContain(
      "International Headquarters of the CSTO regional operation “Illegal” holds a meeting",
    );
    expect(html).toMatch(/<mark>meetings?<\/mark>/i);
    const first = hits[0]?.html ?? "";
    expect(first).toMatch(/<time class="date" datetime="\d{4}-\d{2}-\d{2}">\d{2}\.\d{2}\.\d{4}<\/time>/);
    expect(first).toMatch(/Section: <a href="\/en\/[^"]+\/">[^<]+<\/a>/);
    expect(html).toContain("<title>Search: meeting — Press Centre</title>");
  });

  it("narrows the results with each filter", async () => {
    const statement = titleOf(missionArticles, "statement-mission-tasks", "ru");
    const byKind = await get("ru", { q: "миссия", kind: "statement" });
    expect(countOf(byKind.html)).toBe("1 результат");
    expect(hitsOf(byKind.html).map((h) => h.title)).toEqual([statement]);

    const bySection = await get("ru", { q: "миссия", section: "documents" });
    expect(hitsOf(bySection.html).map((h) => h.title)).toEqual([statement]);

    const byPerson = await allHits("ru", { q: "миссия", person: "anatoly-sidorov" });
    expect(byPerson.map((h) => h.title).sort()).toEqual(
      [
        titleOf(missionArticles, "mission-advance-team-completes-work", "ru"),
        titleOf(missionArticles, "mission-arrives-in-armenia", "ru"),
      ].sort(),
    );

    const byDate = await get("ru", { q: "миссия", to: "2022-09-19" });
    expect(hitsOf(byDate.html).map((h) => h.title)).toEqual([
      titleOf(missionArticles, "mission-advance-team-completes-work", "ru"),
    ]);
    const byYear = await get("ru", { q: "миссия", year: "2024" });
    expect(hitsOf(byYear.html).map((h) => h.title)).toEqual([
      titleOf(pressCentreArticles, "search-in-two-languages", "ru"),
    ]);
    // The form shows the filters in use, unfolded.
    expect(byKind.html).toContain('<option value="statement" selected="">Заявления</option>');
    expect(byKind.html).toMatch(/<details class="search-filters" open/);
  });

  it("pages through the results with links that keep every parameter", async () => {
    const params = { q: "миссия", to: "2024-12-31", order: "date" };
    const { html } = await get("ru", params);
    const links = pagerLinks(html);
    const second = links.get("2");
    expect(second).toBeDefined();
    expect(paramsOf(second ?? "")).toEqual({ ...params, page: "2" });
    const page2 = await (await site.request(second ?? "")).text();
    expect(page2).toContain("<title>Поиск: миссия — Страница 2 из 2 — Пресс-центр</title>");
    const back = pagerLinks(page2).get("← Предыдущая страница");
    expect(paramsOf(back ?? "")).toEqual(params);
    // Newest first across both pages.
    const dates = [...(html + page2).matchAll(/datetime="([\d-]+)"/g)].map((m) => m[1] ?? "");
    expect(dates).toHaveLength(4);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("offers the query typed in the wrong keyboard layout, keeping the filters", async () => {
    // "vbccbz" is "миссия" typed with the Latin layout on.
    const { html } = await get("ru", { q: "vbccbz", kind: "news" });
    expect(html).toContain("Возможно, вы имели в виду:");
    const href = /Возможно, вы имели в виду: <a href="([^"]*)">миссия<\/a>\?/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(paramsOf((href ?? "").replace(/&amp;/g, "&"))).toEqual({ q: "миссия", kind: "news" });
  });

  it("shows the form with a hint and no results for an empty query", async () => {
    const { res, html } = await get("en");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-robots-tag")).toBe("noindex");
    expect(res.headers.get("cache-control")).toBe(PAGE_CACHE_CONTROL);
    expect(html).toContain("<title>Search — Press Centre</title>");
    expect(html).toMatch(/<form class="search-form" action="\/en\/search" method="get"/);
    expect(html).toMatch(/<label class="search-form__label" for="search-q">Search for<\/label>/);
    expect(html).toContain('<input type="search" id="search-q" name="q" value=""');
    expect(html).toContain("Put a phrase in quotes");
    expect(html).not.toContain('class="search-results"');
    expect(messagesOf(html)).toEqual([]);
  });

  it("says plainly when nothing was found, and offers to drop the filters", async () => {
    const none = await get("en", { q: "zqxjvw" });
    expect(countOf(none.html)).toBe("0 results");
    expect(none.html).toContain("Nothing was found for “zqxjvw”.");
    expect(hitsOf(none.html)).toEqual([]);

    const filtered = await get("ru", { q: "миссия", year: "2021" });
    expect(countOf(filtered.html)).toBe("0 результатов");
    const drop = /<a href="([^"]*)">Искать эти слова во всех материалах<\/a>/.exec(filtered.html)?.[1];
    expect(paramsOf((drop ?? "").replace(/&amp;/g, "&"))).toEqual({ q: "миссия" });
  });

  it("lists the sections and people of the page's language in the form", async () => {
    const { html } = await get("ru");
    expect(html).toContain('<option value="news/news_odkb">— Новости ОДКБ</option>');
    const select = /<select id="search-person" name="person">([\s\S]*?)<\/select>/.exec(html)?.[1] ?? "";
    const people = [...select.matchAll(/<option value="[^"]*">([^<]*)<\/option>/g)].map((m) => m[1]);
    expect(people).toEqual([
      "Любая",
      "Анатолий Сидоров",
      "Валентина Казакова",
      "Владимир Зайнетдинов",
      "Станислав Зась",
    ]);
  });

  it("switches language to the same filters without the words", async () => {
    const { html } = await get("ru", { q: "миссия", section: "news/news_odkb", kind: "news" });
    const english = /<a href="([^"]*)" hreflang="en"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(english).toBeDefined();
    expect(english?.startsWith("/en/search?")).toBe(true);
    expect(paramsOf(english ?? "")).toEqual({ section: "news/news_odkb", kind: "news" });
  });

  it("lists what the filters alone match, newest first, when no words are given", async () => {
    const { html } = await get("en", { kind: "statement" });
    const hits = hitsOf(html);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.href.startsWith("/en/documents/statements/"))).toBe(true);
  });
});
