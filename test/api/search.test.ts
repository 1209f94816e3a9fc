import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { allPages, demoArticle, field, getJson, list, pluck, text, type Json } from "./support.js";

/** Every Russian demo item with a form of "миссия" ("миссии", "Миссию"…) in its text. */
const MISSION_RU = [
  "mission-advance-team-completes-work",
  "mission-arrives-in-armenia",
  "statement-mission-tasks",
  "search-in-two-languages",
].map((key) => demoArticle(key).translations.ru?.title);

function search(params: Record<string, string>, lang = "ru"): string {
  return `/api/v1/${lang}/search?${new URLSearchParams(params).toString()}`;
}

/** The words a hit's segments mark as matches. */
function matched(segments: Json): string[] {
  return list(segments)
    .filter((segment) => field(segment, "match") === true)
    .map((segment) => text(field(segment, "text")));
}

describe.each(DIALECTS)("API search on %s", (dialect) => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await createDemoSite(dialect);
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("finds every form of a Russian word, with marked titles and snippets", async () => {
    const answer = await getJson(site, search({ q: "миссии" }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(answer.headers.get("surrogate-key")?.split(" ")).toEqual(
      expect.arrayContaining(["search", "l-ru"]),
    );
    const { body } = answer;
    expect(field(body, "total")).toBe(MISSION_RU.length);
    expect(field(body, "total_capped")).toBe(false);
    const items = list(field(body, "items"));
    expect(pluck(items, "title").sort()).toEqual([...MISSION_RU].sort());
    for (const item of items) {
      expect(Object.keys(item ?? {})).toEqual([
        "id",
        "lang",
        "title",
        "title_segments",
        "url",
        "api_url",
        "section",
        "kind",
        "published_at",
        "snippet",
      ]);
      expect(text(field(item, "url"))).toMatch(
        /^http:\/\/localhost\/ru\/(news\/news_odkb|documents\/statements)\//,
      );
      expect(text(field(item, "published_at"))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      // The snippet marks the forms the stemmer matched, whatever their case or ending.
      const words = matched(field(item, "snippet"));
      expect(words.length, text(field(item, "title"))).toBeGreaterThan(0);
      for (const word of words) expect(word).toMatch(/^мисси[яиюей]+$/i);
      // Joined, the title's segments are the title.
      expect(pluck(field(item, "title_segments"), "text").join("")).toBe(field(item, "title"));
    }
    expect(field(body, "query")).toEqual({
      q: "миссии",
      normalized: "миссии",
      section: null,
      kind: null,
      from: null,
      to: null,
      person: null,
      order: "relevance",
    });
    expect(field(body, "notices")).toEqual([]);
    expect(field(body, "did_you_mean")).toBeNull();
  });

  it("finds English words in other forms", async () => {
    const { body } = await getJson(site, search({ q: "meeting" }, "en"));
    expect(pluck(field(body, "items"), "title")).toContain(
      demoArticle("operation-illegal-headquarters-meeting").translations.en?.title,
    );
  });

  it("offers the query typed in the wrong keyboard layout, keeping the filters", async () => {
    // "vbccbz" is "миссия" typed with the Latin layout on.
    const { status, body } = await getJson(site, search({ q: "vbccbz", kind: "news" }));
    expect(status).toBe(200);
    expect(field(body, "items")).toEqual([]);
    const suggestion = field(body, "did_you_mean");
    expect(field(suggestion, "q")).toBe("миссия");
    const url = new URL(text(field(suggestion, "api_url")));
    expect(url.pathname).toBe("/api/v1/ru/search");
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: "миссия", kind: "news" });
    const followed = await getJson(site, `${url.pathname}${url.search}`);
    expect(field(followed.body, "total")).toBeGreaterThan(0);
    expect(new Set(pluck(field(followed.body, "items"), "kind"))).toEqual(new Set(["news"]));
  });

  it("narrows the results by kind, section, person and dates, and orders by date", async () => {
    const statement = demoArticle("statement-mission-tasks").translations.ru?.title;
    const byKind = await getJson(site, search({ q: "миссия", kind: "statement" }));
    expect(pluck(field(byKind.body, "items"), "title")).toEqual([statement]);
    const bySection = await getJson(site, search({ q: "миссия", section: "documents" }));
    expect(pluck(field(bySection.body, "items"), "title")).toEqual([statement]);
    const byPerson = await getJson(site, search({ q: "миссия", person: "anatoly-sidorov" }));
    expect(pluck(field(byPerson.body, "items"), "title").sort()).toEqual(
      ["mission-advance-team-completes-work", "mission-arrives-in-armenia"]
        .map((key) => demoArticle(key).translations.ru?.title)
        .sort(),
    );
    const byDates = await getJson(site, search({ q: "миссия", from: "2022-09-19", to: "2022-09-19" }));
    expect(pluck(field(byDates.body, "items"), "title")).toEqual([
      demoArticle("mission-advance-team-completes-work").translations.ru?.title,
    ]);
    expect(field(byDates.body, "query")).toMatchObject({ from: "2022-09-19", to: "2022-09-19" });
    const byDate = await getJson(site, search({ q: "миссия", order: "date" }));
    const dates = pluck(field(byDate.body, "items"), "published_at").map(text);
    expect(dates).toHaveLength(MISSION_RU.length);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Filters alone list what they match, newest first.
    const onlyKind = await getJson(site, search({ kind: "statement" }, "en"));
    expect(field(onlyKind.body, "total")).toBeGreaterThan(0);
    expect(new Set(pluck(field(onlyKind.body, "items"), "kind"))).toEqual(new Set(["statement"]));
  });

  it("pages through the results with links that keep every parameter", async () => {
    const path = search({ q: "миссия", order: "date", to: "2030-01-01", per_page: "3" });
    const first = await getJson(site, path);
    const next = new URL(text(field(field(first.body, "links"), "next")));
    expect(Object.fromEntries(next.searchParams)).toEqual({
      q: "миссия",
      to: "2030-01-01",
      order: "date",
      page: "2",
      per_page: "3",
    });
    const { items, pages } = await allPages(site, path);
    expect(pages).toBe(2);
    expect(new Set(pluck(items, "id")).size).toBe(MISSION_RU.length);
  });

  it("explains a malformed query with notices rather than failing", async () => {
    const unbalanced = await getJson(site, search({ q: '"миссия' }));
    expect(unbalanced.status).toBe(200);
    expect(field(unbalanced.body, "notices")).toEqual([
      { code: "unbalanced_quote", message: "Кавычка не закрыта, поэтому слова искали по отдельности." },
    ]);
    expect(field(unbalanced.body, "total")).toBe(MISSION_RU.length);

    const exclusions = await getJson(site, search({ q: "-миссия" }, "en"));
    expect(exclusions.status).toBe(200);
    expect(pluck(field(exclusions.body, "notices"), "code")).toEqual(["only_exclusions"]);
    expect(field(exclusions.body, "items")).toEqual([]);

    const empty = await getJson(site, search({}, "en"));
    expect(empty.status).toBe(200);
    expect(pluck(field(empty.body, "notices"), "code")).toEqual(["empty"]);
    expect(field(empty.body, "total")).toBe(0);

    const long = await getJson(site, search({ q: `миссия ${"слово ".repeat(1000)}` }));
    expect(long.status).toBe(200);
    expect(pluck(field(long.body, "notices"), "code")).toContain("truncated");
    expect(text(field(field(long.body, "query"), "q")).length).toBeLessThanOrEqual(500);

    const odd = await getJson(site, search({ q: "\u0000<script>alert(1)</script>\u202e" }, "en"));
    expect(odd.status).toBe(200);
    expect(field(field(odd.body, "query"), "q")).toBe("<script>alert(1)</script>");
  });

  it("answers 400 naming the parameter for a malformed filter, order or page", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ q: "миссия", kind: "blog" }, '"kind"'],
      [{ q: "миссия", from: "2022-13-01" }, '"from"'],
      [{ q: "миссия", to: "yesterday" }, '"to"'],
      [
        { q: "миссия", from: "2023-01-02", to: "2023-01-01" },
        '"from" date (2023-01-02) is after the "to" date',
      ],
      [{ q: "миссия", order: "best" }, '"order"'],
      [{ q: "миссия", page: "0" }, '"page"'],
      [{ q: "миссия", per_page: "500" }, '"per_page"'],
    ];
    for (const [params, name] of cases) {
      const answer = await getJson(site, search(params));
      expect(answer.status, JSON.stringify(params)).toBe(400);
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
      expect(text(field(field(answer.body, "error"), "message")), JSON.stringify(params)).toContain(name);
    }
    // Past the last page of results is a missing page, not a malformed one.
    expect((await getJson(site, search({ q: "миссия", page: "9" }))).status).toBe(404);
  });
});
