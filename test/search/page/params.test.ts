import { describe, expect, it } from "vitest";
import type { SearchChoices } from "../../../src/http/site/search/options.js";
import { readSearchParams } from "../../../src/http/site/search/params.js";
import { MAX_QUERY_CHARS } from "../../../src/domain/search/queryParser.js";
import { searchUrl } from "../../../src/http/site/search/searchUrl.js";

const choices: SearchChoices = {
  sections: [
    { path: "news", title: "News", depth: 0, subtreeIds: [1, 2, 3] },
    { path: "news/news_odkb", title: "CSTO news", depth: 1, subtreeIds: [2] },
  ],
  people: [{ id: 7, slug: "stanislav-zas", name: "Stanislav Zas" }],
};

function read(query: Record<string, string>, timeZone = "UTC") {
  return readSearchParams((name) => query[name], choices, timeZone);
}

describe("reading the search parameters", () => {
  it("turns valid filters into the service's filters and keeps them for the links", () => {
    const params = read({
      q: "mission",
      section: "news",
      kind: "statement",
      from: "2022-09-01",
      to: "2022-09-30",
      person: "stanislav-zas",
      order: "date",
      page: "2",
    });
    expect(params.problems).toEqual([]);
    expect(params.filters).toEqual({
      sectionIds: [1, 2, 3],
      kind: "statement",
      from: "2022-09-01T00:00:00.000Z",
      // "to" includes its whole day.
      to: "2022-10-01T00:00:00.000Z",
      personId: 7,
    });
    expect(params.page).toBe(2);
    expect(searchUrl("en", params.state, params.page)).toBe(
      "/en/search?q=mission&section=news&kind=statement&from=2022-09-01&to=2022-09-30&person=stanislav-zas&order=date&page=2",
    );
  });

  it("reads the dates as days on the site's clocks", () => {
    const params = read({ from: "2023-03-28", to: "2023-03-28" }, "Europe/Moscow");
    expect(params.filters.from).toBe("2023-03-27T21:00:00.000Z");
    expect(params.filters.to).toBe("2023-03-28T21:00:00.000Z");
  });

  it("takes a year as the whole year, unless dates are given", () => {
    const year = read({ year: "2023" });
    expect(year.state).toMatchObject({ from: "2023-01-01", to: "2023-12-31" });
    expect(year.filters.to).toBe("2024-01-01T00:00:00.000Z");
    expect(read({ year: "2023", from: "2023-05-01" }).state).toMatchObject({
      from: "2023-05-01",
      to: undefined,
    });
  });

  it("drops each bad value with a reason, and keeps the good ones", () => {
    const params = read({
      q: "mission",
      section: "nowhere",
      kind: "gossip",
      from: "2023-02-30",
      to: "yesterday",
      person: "nobody",
      order: "random",
    });
    expect(params.problems.map((p) => [p.key, p.value])).toEqual([
      ["search.problem.section", "nowhere"],
      ["search.problem.kind", "gossip"],
      ["search.problem.from", "2023-02-30"],
      ["search.problem.to", "yesterday"],
      ["search.problem.person", "nobody"],
      ["search.problem.order", "random"],
    ]);
    expect(params.filters).toEqual({});
    expect(searchUrl("en", params.state)).toBe("/en/search?q=mission");
    expect(read({ year: "23" }).problems).toEqual([{ key: "search.problem.year", value: "23" }]);
  });

  it("uses neither date when the start is after the end", () => {
    const params = read({ from: "2023-05-01", to: "2023-04-01" });
    expect(params.problems).toEqual([{ key: "search.problem.dateOrder" }]);
    expect(params.filters).toEqual({});
  });

  it("treats empty fields, as a submitted form sends them, as not given", () => {
    const params = read({ q: "", section: "", kind: "", from: "", to: "", person: "", order: "relevance" });
    expect(params.problems).toEqual([]);
    expect(searchUrl("ru", params.state)).toBe("/ru/search");
  });

  it("flags a malformed page number and falls back to the first page", () => {
    for (const bad of ["abc", "0", "-1", "1.5", "9999999"]) {
      const params = read({ q: "x", page: bad });
      expect(params.malformedPage, bad).toBe(true);
      expect(params.page).toBe(1);
      expect(params.problems).toEqual([{ key: "search.problem.page", value: bad }]);
    }
  });

  it("echoes a very long query as the part that is searched, but gives the analyser all of it", () => {
    const long = "миссия ".repeat(2000);
    const params = read({ q: long });
    expect(params.state.q.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(params.state.q).toMatch(/^(миссия )+миссия$/);
    expect(params.rawQuery).toBe(long);
  });

  it("echoes a query as typed, spaces and case included, without control characters", () => {
    expect(read({ q: "  Миссия  «ОДКБ»\u0000 " }).state.q).toBe("  Миссия  «ОДКБ» ");
  });
});
