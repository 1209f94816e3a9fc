import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoSite, type DemoSite } from "../../helpers/site.js";
import { DIALECTS } from "../../helpers/stores.js";
import { countOf, hitsOf, messagesOf, searchPath } from "./support.js";

describe.each(DIALECTS)("the search page given bad input on %s", (dialect) => {
  let site: DemoSite;
  const get = async (path: string) => {
    const res = await site.request(path);
    return { res, html: await res.text() };
  };

  beforeAll(async () => {
    site = await createDemoSite(dialect);
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("explains each refused filter on the page and still searches with the rest", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ section: "nowhere" }, "There is no section “nowhere”, so all sections were searched."],
      [{ kind: "gossip" }, "“gossip” is not a kind of item, so items of every kind were searched."],
      [{ from: "2023-13-45" }, "“2023-13-45” is not a date like 2023-03-28, so no start date was used."],
      [{ to: "31.12.2023" }, "“31.12.2023” is not a date like 2023-03-28, so no end date was used."],
      [{ year: "twenty" }, "“twenty” is not a year like 2023, so items of every year were searched."],
      [
        { from: "2023-05-01", to: "2023-04-01" },
        "The start date is after the end date, so neither date was used.",
      ],
      [{ person: "nobody" }, "There is no person “nobody” in the list, so items about anyone were searched."],
      [{ order: "random" }, "“random” is not a way to order results, so the most relevant come first."],
    ];
    for (const [params, message] of cases) {
      const { res, html } = await get(searchPath("en", { q: "mission", ...params }));
      const label = JSON.stringify(params);
      expect(res.status, label).toBe(200);
      expect(messagesOf(html), label).toEqual([message]);
      expect(hitsOf(html).length, label).toBeGreaterThan(0);
      // A refused value is never put back into the form.
      for (const value of Object.values(params)) expect(html, label).not.toContain(`value="${value}"`);
    }
  });

  it("answers 400 for a malformed page number, on the search page with the first page of results", async () => {
    for (const bad of ["abc", "0", "-1", "2.5", ""]) {
      const { res, html } = await get(`/ru/search?q=${encodeURIComponent("миссия")}&page=${bad}`);
      // An empty page number is malformed too, as on a section's page.
      expect(res.status, bad).toBe(400);
      expect(messagesOf(html)).toEqual([
        `«${bad}» — не номер страницы, поэтому показана первая страница результатов.`,
      ]);
      expect(hitsOf(html).length).toBeGreaterThan(0);
      expect(html).toContain('<input type="search" id="search-q" name="q" value="миссия"');
    }
  });

  it("shows the first page, with a note, when the page number is past the end", async () => {
    const { res, html } = await get(searchPath("en", { q: "mission", page: "99" }));
    expect(res.status).toBe(200);
    expect(messagesOf(html)).toEqual(["There is no page 99 of these results, so the first page is shown."]);
    expect(hitsOf(html).length).toBeGreaterThan(0);
  });

  it("shows a script typed as the query as text", async () => {
    const attack = "<script>alert(1)</script>";
    const { res, html } = await get(
      searchPath("en", { q: attack, section: `"><img src=x onerror=alert(1)>` }),
    );
    expect(res.status).toBe(200);
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain("<title>Search: &lt;script&gt;alert(1)&lt;/script&gt; — Press Centre</title>");
  });

  it("uses the start of a very long query and says so", async () => {
    const long = "mission ".repeat(1300);
    const { res, html } = await get(searchPath("en", { q: long }));
    expect(res.status).toBe(200);
    expect(messagesOf(html).some((m) => m.includes("only its first 500 characters were used"))).toBe(true);
    const value = /<input type="search" id="search-q" name="q" value="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(value.length).toBeLessThanOrEqual(500);
    expect(html.length).toBeLessThan(60_000);
  });

  it("explains how an odd query was read", async () => {
    const quote = await get(searchPath("en", { q: '"mission Armenia' }));
    expect(messagesOf(quote.html)).toContain(
      "The quote was not closed, so the words were searched for separately.",
    );
    expect(hitsOf(quote.html).length).toBeGreaterThan(0);

    const onlyMinus = await get(searchPath("ru", { q: "-миссия" }));
    expect(onlyMinus.res.status).toBe(200);
    expect(messagesOf(onlyMinus.html)).toContain(
      "Добавьте хотя бы одно слово для поиска: слова с минусом только исключают материалы.",
    );
    expect(countOf(onlyMinus.html)).toBeUndefined();

    const signs = await get(searchPath("en", { q: "?!… ---" }));
    expect(signs.res.status).toBe(200);
    expect(countOf(signs.html)).toBeUndefined();
  });

  it("copes with broken percent-encoding and control characters", async () => {
    for (const path of [
      "/en/search?q=%E0%A4%A",
      "/en/search?q=%FF%FE",
      "/en/search?q=a%00b%1Fc",
      "/en/search?q=%",
    ]) {
      const { res, html } = await get(path);
      expect(res.status, path).toBe(200);
      expect(html.includes("\u0000") || html.includes("\u001F"), path).toBe(false);
    }
  });

  it("sends a trailing slash to the search page, and an unknown language to not found", async () => {
    const slash = await site.request("/en/search/?q=mission");
    expect(slash.status).toBe(301);
    expect(slash.headers.get("location")).toBe("/en/search?q=mission");
    expect((await site.request("/de/search?q=mission")).status).toBe(404);
  });
});
