import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import type { Actor } from "../../src/commands/editorial/context.js";
import { embargoArticle } from "../../src/commands/editorial/embargo.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { LANGUAGES, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { contextFor, FakeClock, HOUR, makeTeam, newDraft, walk, type Team } from "../editorial/helpers.js";
import {
  articleIdByTitle,
  demoArticle,
  field,
  getJson,
  list,
  pluck,
  sectionIdByPath,
  text,
} from "./support.js";

const BASE = "https://press.example.org";

describe.each(DIALECTS)("API article resource on %s", (dialect) => {
  let site: DemoSite;
  let team: Team;
  let sectionId: number;
  const clock = new FakeClock("2031-03-01T09:00:00.000Z");
  const store = () => site.testStore.store;
  const ctx = (actor: Actor) => contextFor(store(), actor, clock);

  /** A bilingual item walked to "approved" in both languages. */
  async function approvedItem(title: string) {
    const item = await newDraft(ctx(team.correspondent), sectionId, title);
    for (const lang of ["en", "ru"] as const) {
      await walk(ctx, item[lang], [
        [team.correspondent, "submit"],
        [team.editor, "approve"],
      ]);
    }
    return item;
  }

  beforeAll(async () => {
    // A configured public address (with a trailing slash, as operators write it) is the base of every URL.
    site = await createDemoSite(dialect, { publicUrl: `${BASE}/` }, { clock });
    team = await makeTeam(store());
    sectionId = await sectionIdByPath(store(), "news/news_odkb");
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("shows one article with its body, place, event dates, byline and translations", async () => {
    const mission = demoArticle("mission-arrives-in-armenia");
    const en = mission.translations.en;
    const ru = mission.translations.ru;
    const id = await articleIdByTitle(store(), en?.title ?? "");
    const { status, headers, body } = await getJson(site, `/api/v1/en/articles/${id}`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Object.keys(body ?? {})).toEqual([
      "id",
      "lang",
      "title",
      "lead",
      "url",
      "api_url",
      "section",
      "published_at",
      "updated_at",
      "kind",
      "signature",
      "translations",
      "place",
      "event_start",
      "event_end",
      "body_html",
      "images",
      "attachments",
      "corrections",
    ]);
    expect(body).toMatchObject({
      id,
      lang: "en",
      title: en?.title,
      lead: en?.lead,
      api_url: `${BASE}/api/v1/en/articles/${id}`,
      section: { path: "news/news_odkb", title: "CSTO news", url: `${BASE}/en/news/news_odkb/` },
      published_at: "2022-09-20T15:00:00.000Z",
      kind: "news",
      signature: "The CSTO Press Secretary Vladimir Zaynetdinov",
      place: "Republic of Armenia",
      event_start: "2022-09-20",
      event_end: "2022-09-20",
      images: [],
      attachments: [],
      corrections: [],
    });
    const html = text(field(body, "body_html"));
    expect(html).toContain(
      "<p>On 20 September 2022 a CSTO mission headed by Secretary General Stanislav Zas",
    );
    expect(html.match(/<p>/g)).toHaveLength(4);
    const url = text(field(body, "url"));
    expect(url.startsWith(`${BASE}/en/news/news_odkb/`)).toBe(true);
    expect((await site.request(url.slice(BASE.length))).status).toBe(200);
    const translations = list(field(body, "translations"));
    expect(translations).toEqual([
      {
        lang: "ru",
        title: ru?.title,
        url: expect.stringMatching(/^https:\/\/press\.example\.org\/ru\/news\/news_odkb\/[^/]+\/$/),
        api_url: `${BASE}/api/v1/ru/articles/${id}`,
      },
    ]);
    const russian = await getJson(site, `/api/v1/ru/articles/${id}`);
    expect(field(russian.body, "title")).toBe(ru?.title);
    expect(field(russian.body, "place")).toBe("Республика Армения");
    expect(field(russian.body, "url")).toBe(field(translations[0], "url"));
  });

  it("makes the body's site-relative links absolute, for pages far from the site", async () => {
    const { articleId } = await createArticle(
      { store: store(), languages: LANGUAGES },
      {
        sectionId,
        kind: "news",
        publishedAt: "2020-01-01T10:00:00.000Z",
        translations: [
          translation("en", "Links in a body", {
            bodyHtml:
              '<p>See <a href="/en/news/">all news</a> and <a href="https://example.org/x">this</a>.</p>',
          }),
        ],
      },
    );
    const { body } = await getJson(site, `/api/v1/en/articles/${articleId}`);
    expect(field(body, "body_html")).toBe(
      `<p>See <a href="${BASE}/en/news/">all news</a> and <a href="https://example.org/x" rel="noopener noreferrer">this</a>.</p>`,
    );
  });

  it("answers 404 as JSON for an unknown language, article, section or person", async () => {
    const cases: [string, RegExp][] = [
      ["/api/v1/de/articles", /"de" language/],
      ["/api/v1/de/sections", /"de" language/],
      ["/api/v1/en/articles/999999", /No article "999999"/],
      ["/api/v1/en/articles/99999999999999999999", /No article/],
      ["/api/v1/en/articles?section=news/nowhere", /No section has the path "news\/nowhere"/],
      ["/api/v1/en/search?q=mission&section=nowhere", /No section/],
      ["/api/v1/en/articles?person=nobody", /No person "nobody"/],
      ["/api/v1/ru/search?person=nobody", /No person/],
      ["/api/v1/en/people/nobody", /No person "nobody"/],
      ["/api/v1/en/articles?page=99", /Page 99 does not exist/],
      ["/api/v1/en/whatever", /No API endpoint/],
      ["/api/v1", /No API endpoint/],
    ];
    for (const [path, message] of cases) {
      const answer = await getJson(site, path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get("content-type"), path).toMatch(/^application\/json/);
      expect(field(answer.body, "error"), path).toEqual({ code: "not_found", message: expect.any(String) });
      expect(text(field(field(answer.body, "error"), "message")), path).toMatch(message);
    }
  });

  it("answers 400 naming the parameter for a malformed page, page size or id", async () => {
    const cases: [string, string, RegExp][] = [
      ["/api/v1/en/articles?page=0", "invalid_page", /"page"/],
      ["/api/v1/en/articles?page=abc", "invalid_page", /"page".*"abc"/],
      ["/api/v1/en/articles?page=", "invalid_page", /"page"/],
      ["/api/v1/en/articles?page=1.5", "invalid_page", /"page"/],
      ["/api/v1/en/articles?per_page=0", "bad_request", /"per_page".*from 1 to 100/],
      ["/api/v1/en/articles?per_page=101", "bad_request", /"per_page"/],
      ["/api/v1/en/articles?per_page=ten", "bad_request", /"per_page".*"ten"/],
      ["/api/v1/en/articles?per_page=-5", "bad_request", /"per_page"/],
      ["/api/v1/en/articles/abc", "bad_request", /article id.*"abc"/],
      ["/api/v1/en/articles/-1", "bad_request", /article id/],
    ];
    for (const [path, code, message] of cases) {
      const answer = await getJson(site, path);
      expect(answer.status, path).toBe(400);
      expect(field(field(answer.body, "error"), "code"), path).toBe(code);
      expect(text(field(field(answer.body, "error"), "message")), path).toMatch(message);
    }
    // A huge value is quoted shortened, never echoed whole.
    const long = await getJson(site, `/api/v1/en/articles?per_page=${"9".repeat(5000)}`);
    expect(long.status).toBe(400);
    expect(long.text.length).toBeLessThan(300);
  });

  it("sends CORS headers, answers preflight and refuses writing methods", async () => {
    for (let round = 0; round < 2; round += 1) {
      // The second request is answered from the page cache: the header must survive it.
      const res = await site.request("/api/v1/en/sections", {
        headers: { Origin: "https://partner.example" },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin"), `request ${round + 1}`).toBe("*");
    }
    const missing = await site.request("/api/v1/en/articles/999999");
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    // An error is never kept by a cache on the way: the item may be published a minute later.
    expect(missing.headers.get("cache-control")).toBe("no-store");

    const preflight = await site.request("/api/v1/en/articles?page=2", {
      method: "OPTIONS",
      headers: {
        Origin: "https://partner.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("if-none-match");
    expect(await preflight.text()).toBe("");

    const post = await getJson(site, "/api/v1/en/articles", { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(field(field(post.body, "error"), "code")).toBe("method_not_allowed");

    const head = await site.request("/api/v1/en/articles", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await head.text()).toBe("");
  });

  it("gives a strong ETag, 304 for a current copy, and a new ETag after an edit", async () => {
    const item = await approvedItem("Exercise schedule");
    await walk(ctx, item.en, [[team.publisher, "publish"]]);
    const path = `/api/v1/en/articles/${item.articleId}`;
    const first = await site.request(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get("surrogate-key")?.split(" ")).toEqual(
      expect.arrayContaining([`a${item.articleId}`, "l-en"]),
    );
    expect(await first.json()).toMatchObject({ title: "Exercise schedule", translations: [] });

    const current = await site.request(path, { headers: { "If-None-Match": etag } });
    expect(current.status).toBe(304);
    expect(current.headers.get("etag")).toBe(etag);
    expect(await current.text()).toBe("");

    // Publishing the other language changes this one's translations list.
    await walk(ctx, item.ru, [[team.publisher, "publish"]]);
    const translated = await getJson(site, path, { headers: { "If-None-Match": etag } });
    expect(translated.status).toBe(200);
    expect(pluck(field(translated.body, "translations"), "lang")).toEqual(["ru"]);
    const translatedEtag = translated.headers.get("etag") ?? "";
    expect(translatedEtag).not.toBe(etag);

    const row = await store()
      .db.selectFrom("article_translations")
      .select("version")
      .where("id", "=", item.en)
      .executeTakeFirstOrThrow();
    clock.advance(HOUR);
    await saveTranslation(ctx(team.publisher), {
      translationId: item.en,
      baseVersion: row.version,
      title: "Exercise schedule changed",
      correction: { note: "The dates were corrected." },
    });
    const edited = await getJson(site, path, { headers: { "If-None-Match": translatedEtag } });
    expect(edited.status).toBe(200);
    expect(edited.headers.get("etag")).not.toBe(translatedEtag);
    expect(field(edited.body, "title")).toBe("Exercise schedule changed");
    expect(field(edited.body, "corrections")).toEqual([
      { corrected_at: clock.iso(), note: "The dates were corrected." },
    ]);
    const listed = await getJson(site, "/api/v1/en/articles?per_page=1");
    expect(pluck(field(listed.body, "items"), "title")).toEqual(["Exercise schedule changed"]);
  });

  it("shows nothing of an embargoed item until it is released", async () => {
    const item = await approvedItem("Embargoed summit statement");
    await embargoArticle(ctx(team.publisher), { articleId: item.articleId, until: clock.later(HOUR) });
    for (const lang of ["en", "ru"]) {
      expect((await getJson(site, `/api/v1/${lang}/articles/${item.articleId}`)).status).toBe(404);
      const listed = await getJson(site, `/api/v1/${lang}/articles?per_page=100`);
      expect(pluck(field(listed.body, "items"), "id")).not.toContain(item.articleId);
    }
    const searched = await getJson(site, "/api/v1/en/search?q=summit");
    expect(searched.text).not.toContain("Embargoed summit statement");
  });

  it("returns markup in a title as a JSON string, exactly as written, never as a page", async () => {
    const title = `<script>alert("x")</script> Briefing & <b>Q&A</b>`;
    const item = await approvedItem(title);
    await walk(ctx, item.en, [[team.publisher, "publish"]]);
    const answer = await getJson(site, `/api/v1/en/articles/${item.articleId}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(field(answer.body, "title")).toBe(title);
    const listed = await getJson(site, "/api/v1/en/articles?per_page=1");
    expect(pluck(field(listed.body, "items"), "title")).toEqual([title]);
    expect(listed.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });
});
