import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { buildChrome } from "../../src/http/site/presenters.js";
import { relatedNews } from "../../src/http/site/related.js";
import { ArticlePage, type ArticleModel } from "../../src/http/site/views/ArticlePage.js";
import type { ListItem } from "../../src/http/site/views/types.js";
import { insertPerson } from "../../src/store/people.js";
import { LANGUAGES, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";

async function renderArticle(site: DemoSite, lang: string, related: ListItem[] | undefined): Promise<string> {
  const tree = await site.deps.sections.get();
  const chrome = await buildChrome(site.deps, { lang, tree, translations: {}, withSidebar: false });
  const model: ArticleModel = {
    title: "Source",
    lead: "",
    date: "1 May 2025",
    isoDate: "2025-05-01",
    eventDates: undefined,
    place: undefined,
    bodyHtml: "<p>Text</p>",
    signature: undefined,
    crumbs: [],
    goBackHref: "/en/news/",
    sectionHref: "/en/news/",
    allNewsHref: "/en/news/",
    related,
  };
  return String(await ArticlePage({ chrome, model }).toString());
}

describe.each(DIALECTS)("related news on %s", (dialect) => {
  let site: DemoSite;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    site = await createDemoSite(dialect);
    const { store } = site.testStore;
    const ctx = { store, languages: LANGUAGES };
    const tree = await site.deps.sections.get();
    const odkb = tree.findByPath("en", "news/news_odkb")?.id ?? -1;
    const speech = tree.findByPath("en", "news/speech")?.id ?? -1;
    const person = await insertPerson(
      store.db,
      {
        slug: "marat-related",
        names: { en: "Marat Related", ru: "Марат Связанный" },
        aliases: [],
        posts: [],
      },
      "2025-01-01T00:00:00.000Z",
    );
    const make = async (
      key: string,
      sectionId: number,
      publishedAt: string,
      people: number[],
      translations: ReturnType<typeof translation>[],
    ) => {
      const created = await createArticle(ctx, {
        sectionId,
        kind: "news",
        publishedAt,
        peopleIds: people,
        translations,
      });
      for (const [lang, id] of Object.entries(created.translationIds)) ids[`${key}.${lang}`] = id;
    };
    await make(
      "source",
      odkb,
      "2025-05-01T10:00:00.000Z",
      [person.id],
      [
        translation("en", "Source item on border security"),
        translation("ru", "Исходный материал о безопасности границ"),
      ],
    );
    await make(
      "samePerson",
      speech,
      "2021-01-01T10:00:00.000Z",
      [person.id],
      [translation("en", "Interview given years ago"), translation("ru", "Давнее интервью")],
    );
    await make(
      "sameSection",
      odkb,
      "2025-04-20T10:00:00.000Z",
      [],
      [translation("en", "Another item of the section")],
    );
    await make(
      "draft",
      odkb,
      "2025-04-25T10:00:00.000Z",
      [person.id],
      [translation("en", "Unpublished draft on border security", { state: "draft" })],
    );
    await make(
      "russianOnly",
      odkb,
      "2025-04-26T10:00:00.000Z",
      [person.id],
      [translation("ru", "Только по-русски о безопасности границ")],
    );
  });

  afterAll(async () => {
    await site.destroy();
  });

  it("lists items sharing a person or the section, never the item itself, a draft or another language", async () => {
    const tree = await site.deps.sections.get();
    const items = await relatedNews(site.deps, tree, "en", ids["source.en"] ?? -1);
    const titles = items.map((i) => i.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThanOrEqual(5);
    expect(titles).toContain("Interview given years ago");
    expect(titles).toContain("Another item of the section");
    expect(titles).not.toContain("Source item on border security");
    expect(titles).not.toContain("Unpublished draft on border security");
    expect(titles).not.toContain("Только по-русски о безопасности границ");
    expect(items.every((i) => i.href.startsWith("/en/"))).toBe(true);
    const interview = items.find((i) => i.title === "Interview given years ago");
    expect(interview?.href).toBe("/en/news/speech/interview-given-years-ago/");
    expect(interview?.date).toBe("01.01.2021");

    const ru = await relatedNews(site.deps, tree, "ru", ids["source.ru"] ?? -1);
    expect(ru.map((i) => i.title)).toContain("Давнее интервью");
    expect(ru.map((i) => i.title)).toContain("Только по-русски о безопасности границ");
    expect(ru.map((i) => i.title)).not.toContain("Исходный материал о безопасности границ");
  });

  it("has nothing for an unpublished or unknown translation", async () => {
    const tree = await site.deps.sections.get();
    expect(await relatedNews(site.deps, tree, "en", ids["draft.en"] ?? -1)).toEqual([]);
    expect(await relatedNews(site.deps, tree, "en", 987654321)).toEqual([]);
  });

  it("shows the list under the article in the page's language, and nothing when it is empty", async () => {
    const item: ListItem = {
      title: "Related <one>",
      href: "/en/news/news_odkb/related-one/",
      lead: "Lead",
      date: "01.04.2025",
      isoDate: "2025-04-01",
    };
    const en = await renderArticle(site, "en", [item]);
    expect(en).toContain('<section class="related-news" aria-labelledby="related-title">');
    expect(en).toContain('<h2 id="related-title">Related news</h2>');
    expect(en).toContain('<h3><a href="/en/news/news_odkb/related-one/">Related &lt;one&gt;</a></h3>');
    // Below the ways back.
    expect(en.indexOf('class="related-news"')).toBeGreaterThan(en.indexOf('class="article-nav"'));
    expect(await renderArticle(site, "ru", [item])).toContain("Связанные новости");
    for (const none of [[], undefined]) {
      const html = await renderArticle(site, "en", none);
      expect(html).not.toContain("related-news");
      expect(html).not.toContain("Related news");
    }
  });
});
