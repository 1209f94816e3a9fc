import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { demoContent } from "../../src/demo/content.js";
import { LANGUAGES, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  allPages,
  demoArticle,
  demoTitles,
  field,
  getJson,
  list,
  pluck,
  sectionIdByPath,
  text,
} from "./support.js";

const NEWS_SUBTREE = ["news", "news_odkb", "speech"];
/** Named in its text only by an alias of Vladimir Zaynetdinov ("Zainetdinov", "Зайнетдинов"). */
const ALIAS_ONLY = { en: "Press secretary answers readers", ru: "Пресс-секретарь ответил читателям" };
/** Published in English only: its English entry offers no Russian translation. */
const ENGLISH_ONLY = "English-only notice on accreditation";
/** Drafts that name him: never listed, whatever filter is used. */
const DRAFT = { en: "Draft statement by Zainetdinov", ru: "Черновик заявления Зайнетдинова" };

describe.each(DIALECTS)("API lists on %s", (dialect) => {
  let site: DemoSite;
  let draftArticleId = 0;
  let englishOnlyId = 0;

  beforeAll(async () => {
    site = await createDemoSite(dialect);
    const { store } = site.testStore;
    const ctx = { store, languages: LANGUAGES };
    const odkb = await sectionIdByPath(store, "news/news_odkb");
    await createArticle(ctx, {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2025-03-01T10:00:00.000Z",
      translations: [
        translation("en", ALIAS_ONLY.en, { bodyHtml: "<p>Zainetdinov answered the readers’ questions.</p>" }),
        translation("ru", ALIAS_ONLY.ru, { bodyHtml: "<p>На вопросы читателей ответил Зайнетдинов.</p>" }),
      ],
    });
    englishOnlyId = (
      await createArticle(ctx, {
        sectionId: odkb,
        kind: "announcement",
        publishedAt: "2025-03-02T10:00:00.000Z",
        translations: [
          translation("en", ENGLISH_ONLY),
          translation("ru", "Черновик объявления", { state: "draft" }),
        ],
      })
    ).articleId;
    draftArticleId = (
      await createArticle(ctx, {
        sectionId: odkb,
        kind: "news",
        publishedAt: "2025-03-03T10:00:00.000Z",
        translations: [
          translation("en", DRAFT.en, { state: "draft", bodyHtml: "<p>Zainetdinov will speak.</p>" }),
          translation("ru", DRAFT.ru, { state: "draft", bodyHtml: "<p>Выступит Зайнетдинов.</p>" }),
        ],
      })
    ).articleId;
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("lists the languages with their home pages and API entry points", async () => {
    const { status, headers, body } = await getJson(site, "/api/v1/languages");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body).toEqual({
      items: [
        {
          code: "en",
          name: "English",
          default: true,
          url: "http://localhost/en/",
          links: {
            sections: "http://localhost/api/v1/en/sections",
            articles: "http://localhost/api/v1/en/articles",
            search: "http://localhost/api/v1/en/search",
            people: "http://localhost/api/v1/en/people",
          },
        },
        {
          code: "ru",
          name: "Русский",
          default: false,
          url: "http://localhost/ru/",
          links: {
            sections: "http://localhost/api/v1/ru/sections",
            articles: "http://localhost/api/v1/ru/articles",
            search: "http://localhost/api/v1/ru/search",
            people: "http://localhost/api/v1/ru/people",
          },
        },
      ],
    });
  });

  it("gives the section tree in each language, with titles, paths, parents and children", async () => {
    const ru = await getJson(site, "/api/v1/ru/sections");
    expect(ru.status).toBe(200);
    expect(field(ru.body, "lang")).toBe("ru");
    const roots = list(field(ru.body, "items"));
    const rootKeys = demoContent.sections.filter((s) => s.parentKey === undefined);
    expect(pluck(roots, "title")).toEqual(rootKeys.map((s) => s.translations.ru?.title));
    const news = roots[0];
    expect(news).toMatchObject({
      slug: "news",
      path: "news",
      title: "Новости",
      url: "http://localhost/ru/news/",
      articles_url: "http://localhost/api/v1/ru/articles?section=news",
      parent: null,
    });
    expect(list(field(news, "children"))).toEqual([
      expect.objectContaining({
        path: "news/news_odkb",
        title: "Новости ОДКБ",
        url: "http://localhost/ru/news/news_odkb/",
        parent: "news",
        children: [],
      }),
      expect.objectContaining({ path: "news/speech", title: "Выступления и интервью", parent: "news" }),
    ]);
    const en = await getJson(site, "/api/v1/en/sections");
    expect(pluck(field(en.body, "items"), "title")).toEqual(rootKeys.map((s) => s.translations.en?.title));
    // Every address given is one the site answers.
    const sectionUrl = text(field(news, "url"));
    expect((await site.request(new URL(sectionUrl).pathname)).status).toBe(200);
  });

  it("lists articles newest first with every field of an entry", async () => {
    const { status, body } = await getJson(site, "/api/v1/en/articles");
    expect(status).toBe(200);
    const items = list(field(body, "items"));
    expect(field(body, "page")).toBe(1);
    expect(field(body, "per_page")).toBe(10);
    const total = demoTitles("en").length + 2;
    expect(field(body, "total")).toBe(total);
    expect(field(body, "pages")).toBe(Math.ceil(total / 10));
    expect(pluck(items, "title")).toEqual([ENGLISH_ONLY, ALIAS_ONLY.en, ...demoTitles("en").slice(0, 8)]);
    const dates = pluck(items, "published_at").map(text);
    expect([...dates].sort().reverse()).toEqual(dates);

    const mission = demoArticle("mission-arrives-in-armenia");
    const all = await allPages(site, "/api/v1/en/articles?per_page=100");
    const entry = all.items.find((item) => field(item, "title") === mission.translations.en?.title);
    expect(Object.keys(entry ?? {})).toEqual([
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
    ]);
    const id = field(entry, "id");
    expect(entry).toMatchObject({
      lang: "en",
      lead: mission.translations.en?.lead,
      api_url: `http://localhost/api/v1/en/articles/${String(id)}`,
      section: { path: "news/news_odkb", title: "CSTO news", url: "http://localhost/en/news/news_odkb/" },
      published_at: mission.publishedAt,
      kind: "news",
      signature: "The CSTO Press Secretary Vladimir Zaynetdinov",
    });
    expect(text(field(entry, "updated_at"))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(text(field(entry, "url"))).toMatch(/^http:\/\/localhost\/en\/news\/news_odkb\/[^/]+\/$/);
    const translations = list(field(entry, "translations"));
    expect(translations).toHaveLength(1);
    expect(translations[0]).toMatchObject({
      lang: "ru",
      title: mission.translations.ru?.title,
      api_url: `http://localhost/api/v1/ru/articles/${String(id)}`,
    });
    // Both addresses lead to the item's pages.
    for (const url of [field(entry, "url"), field(translations[0], "url")]) {
      expect((await site.request(new URL(text(url)).pathname)).status, text(url)).toBe(200);
    }
  });

  it("pages with self, next and prev links that keep the filters, never repeating an item", async () => {
    const first = await getJson(site, "/api/v1/en/articles?section=news&per_page=4&utm_source=x");
    expect(field(first.body, "links")).toEqual({
      // The unknown parameter is ignored, and left out of the links.
      self: "http://localhost/api/v1/en/articles?section=news&per_page=4",
      next: "http://localhost/api/v1/en/articles?section=news&page=2&per_page=4",
      prev: null,
    });
    const { items, pages } = await allPages(site, "/api/v1/en/articles?section=news&per_page=4");
    const expected = [ENGLISH_ONLY, ALIAS_ONLY.en, ...demoTitles("en", NEWS_SUBTREE)];
    expect(pluck(items, "title")).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 4));
    const last = await getJson(site, `/api/v1/en/articles?section=news&per_page=4&page=${pages}`);
    expect(field(field(last.body, "links"), "next")).toBeNull();
    expect(field(last.body, "pages")).toBe(pages);
  });

  it("narrows to a section's subtree, with or without slashes around its path", async () => {
    const statements = await allPages(site, "/api/v1/ru/articles?section=documents");
    expect(pluck(statements.items, "title")).toEqual(demoTitles("ru", ["documents", "statements"]));
    const sub = await getJson(site, "/api/v1/ru/articles?section=%2Fnews%2Fspeech%2F");
    expect(pluck(field(sub.body, "items"), "title")).toEqual(demoTitles("ru", ["speech"]));
    expect(field(field(sub.body, "links"), "self")).toBe(
      "http://localhost/api/v1/ru/articles?section=news%2Fspeech",
    );
  });

  it("filters by person, an item naming them only by an alias included", async () => {
    const en = await allPages(site, "/api/v1/en/articles?person=vladimir-zaynetdinov");
    const signed = demoContent.articles
      .filter((a) => a.translations.en?.signature?.personKey === "vladimir-zaynetdinov")
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
      .map((a) => a.translations.en?.title);
    expect(signed.length).toBeGreaterThan(0);
    expect(pluck(en.items, "title")).toEqual([ALIAS_ONLY.en, ...signed]);
    const ru = await getJson(site, "/api/v1/ru/articles?person=vladimir-zaynetdinov&per_page=1");
    expect(pluck(field(ru.body, "items"), "title")).toEqual([ALIAS_ONLY.ru]);
    expect(field(ru.body, "total")).toBe(signed.length + 1);
    expect(field(field(ru.body, "links"), "next")).toBe(
      "http://localhost/api/v1/ru/articles?person=vladimir-zaynetdinov&page=2&per_page=1",
    );
    // Together with a section: only what is in both.
    const inStatements = await getJson(
      site,
      "/api/v1/en/articles?person=stanislav-zas&section=documents/statements",
    );
    expect(pluck(field(inStatements.body, "items"), "title")).toEqual([
      demoArticle("statement-mission-tasks").translations.en?.title,
    ]);
  });

  it("never shows an unpublished translation, in lists, translations or by id", async () => {
    for (const path of [
      "/api/v1/en/articles?per_page=100",
      "/api/v1/ru/articles?per_page=100",
      "/api/v1/en/articles?person=vladimir-zaynetdinov&per_page=100",
      "/api/v1/en/search?q=Zainetdinov",
    ]) {
      const answer = await getJson(site, path);
      expect(answer.status, path).toBe(200);
      expect(answer.text, path).not.toContain("Draft statement");
      expect(answer.text, path).not.toContain("Черновик");
    }
    for (const lang of ["en", "ru"]) {
      expect((await getJson(site, `/api/v1/${lang}/articles/${draftArticleId}`)).status).toBe(404);
    }
    expect((await getJson(site, `/api/v1/ru/articles/${englishOnlyId}`)).status).toBe(404);
    const english = await getJson(site, `/api/v1/en/articles/${englishOnlyId}`);
    expect(field(english.body, "title")).toBe(ENGLISH_ONLY);
    expect(field(english.body, "translations")).toEqual([]);
  });

  it("lists people by name with their posts, and shows one person", async () => {
    const ru = await getJson(site, "/api/v1/ru/people");
    expect(ru.status).toBe(200);
    expect(pluck(field(ru.body, "items"), "name")).toEqual([
      "Анатолий Сидоров",
      "Валентина Казакова",
      "Владимир Зайнетдинов",
      "Станислав Зась",
    ]);
    const kazakova = list(field(ru.body, "items"))[1];
    expect(kazakova).toEqual({
      slug: "valentina-kazakova",
      name: "Валентина Казакова",
      url: "http://localhost/ru/people/valentina-kazakova/",
      api_url: "http://localhost/api/v1/ru/people/valentina-kazakova",
      posts: demoContent.people
        .find((p) => p.slug === "valentina-kazakova")
        ?.posts.map((post) => ({ title: post.titles.ru, started_on: null, ended_on: null })),
    });

    const zas = await getJson(site, "/api/v1/en/people/stanislav-zas");
    expect(zas.status).toBe(200);
    expect(zas.body).toEqual({
      lang: "en",
      slug: "stanislav-zas",
      name: "Stanislav Zas",
      url: "http://localhost/en/people/stanislav-zas/",
      api_url: "http://localhost/api/v1/en/people/stanislav-zas",
      posts: [{ title: "CSTO Secretary General", started_on: null, ended_on: null }],
      articles_url: "http://localhost/api/v1/en/articles?person=stanislav-zas",
      translations: [
        {
          lang: "ru",
          name: "Станислав Зась",
          url: "http://localhost/ru/people/stanislav-zas/",
          api_url: "http://localhost/api/v1/ru/people/stanislav-zas",
        },
      ],
    });
    expect((await site.request("/en/people/stanislav-zas/")).status).toBe(200);
  });
});
