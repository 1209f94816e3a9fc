import { PAGE_CACHE_CONTROL } from "../../src/http/cache/middleware.js";
import { announceContentChange } from "../../src/store/contentChanges.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentCounts } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";

/** The first article link of a list page. */
function firstArticleHref(html: string, lang: string): string {
  const match = new RegExp(`<h[23]><a href="(/${lang}/news/[^"]+/[^"]+/)">`).exec(html);
  if (!match?.[1]) throw new Error("no article link on the page");
  return match[1];
}

describe.each(DIALECTS)("public site on %s", (dialect) => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await createDemoSite(dialect);
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("sends / to the reader's best language", async () => {
    const ru = await site.request("/", { headers: { "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.8" } });
    expect(ru.status).toBe(302);
    expect(ru.headers.get("location")).toBe("/ru/");
    expect(ru.headers.get("vary")).toContain("Accept-Language");
    const de = await site.request("/", { headers: { "Accept-Language": "de-DE, en;q=0.5" } });
    expect(de.headers.get("location")).toBe("/en/");
    const none = await site.request("/");
    expect(none.headers.get("location")).toBe("/en/");
  });

  it("shows the home page with the latest news and the sections", async () => {
    const res = await site.request("/ru/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("Последние новости");
    expect(html).toContain('href="/ru/news/news_odkb/"');
    expect(html).toMatch(/<time class="date" datetime="\d{4}-\d{2}-\d{2}">\d{2}\.\d{2}\.\d{4}<\/time>/);
  });

  it("lists all news newest first with paging, and accepts the old ?PAGEN_1=", async () => {
    const page1 = await (await site.request("/en/news/")).text();
    const dates = [...page1.matchAll(/<main[\s\S]*?<\/main>/g)][0]?.[0].match(/datetime="([\d-]+)"/g) ?? [];
    expect(dates.length).toBe(10);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(page1).toContain('href="/en/news/?page=2"');
    const page2 = await site.request("/en/news/?page=2");
    const old = await site.request("/en/news/?PAGEN_1=2");
    expect(page2.status).toBe(200);
    const page2Html = await page2.text();
    expect(await old.text()).toBe(page2Html);
    expect(firstArticleHref(page2Html, "en")).not.toBe(firstArticleHref(page1, "en"));
  });

  it("answers 400 for a malformed page number and 404 past the last page", async () => {
    for (const bad of ["0", "-1", "abc", "1.5", "2x", "9999999", ""]) {
      const res = await site.request(`/en/news/?page=${encodeURIComponent(bad)}`);
      expect(res.status, `?page=${bad}`).toBe(400);
      expect(await res.text()).toContain("The page number must be a whole number from 1 up.");
    }
    const ru = await site.request("/ru/news/?PAGEN_1=abc");
    expect(ru.status).toBe(400);
    expect(await ru.text()).toContain("Номер страницы должен быть целым числом");
    expect((await site.request("/en/news/?page=99")).status).toBe(404);
  });

  it("answers 404 in the reader's language for an unknown language, section or article", async () => {
    const unknownLang = await site.request("/de/news/");
    expect(unknownLang.status).toBe(404);
    const missing = await site.request("/ru/news/news_odkb/no-such-item/");
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain("Страница не найдена");
    expect(html).toContain('<html lang="ru">');
    expect((await site.request("/en/nowhere/at/all/")).status).toBe(404);
    const json = await site.request("/en/nowhere/", { headers: { Accept: "application/json" } });
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("adds the trailing slash that old addresses carry", async () => {
    const res = await site.request("/en/news/news_odkb?page=2");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/en/news/news_odkb/?page=2");
    expect((await site.request("/en")).headers.get("location")).toBe("/en/");
  });

  it("shows an article with its signature, sidebar, the three links back and the language switch", async () => {
    const list = await (await site.request("/en/news/news_odkb/")).text();
    const href = firstArticleHref(list, "en");
    const res = await site.request(href);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Go back");
    expect(html).toContain('<a href="/en/news/news_odkb/">Back to the section</a>');
    expect(html).toContain('<a href="/en/news/">Back to the all news</a>');
    const sidebar = /<aside[\s\S]*?<\/aside>/.exec(html)?.[0] ?? "";
    expect(sidebar.match(/<li>/g)?.length).toBe(5);
    const switchTo = /<a href="(\/ru\/news\/news_odkb\/[^"]+\/)" hreflang="ru"/.exec(html)?.[1];
    expect(switchTo).toBeDefined();
    const ru = await (await site.request(switchTo ?? "")).text();
    expect(ru).toContain("Вернуться в раздел");
    expect(ru).toContain("Вернуться ко всем новостям");
    expect(ru).toContain(`href="${href}" hreflang="en"`);
  });

  it("points Go back at the section for every reader, so that one cached page serves all", async () => {
    const list = await (await site.request("/en/news/?page=2")).text();
    const href = firstArticleHref(list, "en");
    const page = async (referer?: string) =>
      (await site.request(href, referer ? { headers: { Referer: referer } } : {})).text();
    const section = href.split("/").slice(0, -2).join("/") + "/";
    const plain = await page();
    // site.js turns the link into a step back in history when the reader came from this site.
    expect(/<a href="([^"]*)" data-go-back/.exec(plain)?.[1]).toBe(section);
    expect(await page("http://localhost/en/news/?page=2")).toBe(plain);
    expect(await page("http://localhost/en/news/?page=2&q=%22%3E%3Cscript%3E")).toBe(plain);
  });

  it("hides the switch to a translation that is not published", async () => {
    const { store } = site.testStore;
    const row = await store.db
      .selectFrom("article_translations")
      .select(["article_id", "slug"])
      .where("lang", "=", "en")
      .where("state", "=", "published")
      .orderBy("published_at", "desc")
      .executeTakeFirstOrThrow();
    const section = await store.db
      .selectFrom("article_translations")
      .innerJoin("section_translations", (j) =>
        j
          .onRef("section_translations.section_id", "=", "article_translations.section_id")
          .on("section_translations.lang", "=", "en"),
      )
      .select("section_translations.path")
      .where("article_translations.article_id", "=", row.article_id)
      .executeTakeFirstOrThrow();
    const href = `/en/${section.path}/${row.slug}/`;
    expect(await (await site.request(href)).text()).toContain('hreflang="ru" lang="ru" rel="alternate"');
    await store.db
      .updateTable("article_translations")
      .set({ state: "draft" })
      .where("article_id", "=", row.article_id)
      .where("lang", "=", "ru")
      .execute();
    // Written straight to the database, past the commands that announce changes: announce it as they would.
    announceContentChange({ articleIds: [row.article_id], listLangs: ["ru"] });
    try {
      const html = await (await site.request(href)).text();
      expect(html).not.toContain('hreflang="ru" lang="ru" rel="alternate"');
      expect(html).not.toContain('rel="alternate" hreflang="ru"');
    } finally {
      await store.db
        .updateTable("article_translations")
        .set({ state: "published" })
        .where("article_id", "=", row.article_id)
        .execute();
      announceContentChange({ articleIds: [row.article_id], listLangs: ["ru"] });
    }
  });

  it("serves fingerprinted assets as immutable and keeps pages light", async () => {
    const pageResponse = await site.request("/en/news/");
    // Pages are revalidated on every visit, so that a publication shows on the reader's next request.
    expect(pageResponse.headers.get("cache-control")).toBe(PAGE_CACHE_CONTROL);
    const html = await pageResponse.text();
    const css = /href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(html)?.[1] ?? "";
    const res = await site.request(css);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect((await site.request("/assets/site.000000000000.css")).status).toBe(404);
    expect(Buffer.byteLength(html)).toBeLessThan(50 * 1024);
  });

  it("redirects the old site's addresses, which had no language prefix, permanently", async () => {
    const ruList = await (await site.request("/ru/news/news_odkb/")).text();
    const ruHref = firstArticleHref(ruList, "ru");
    const oldRu = await site.request(ruHref.slice(3));
    expect(oldRu.status).toBe(301);
    expect(oldRu.headers.get("location")).toBe(ruHref);
    const enList = await (await site.request("/en/news/news_odkb/")).text();
    const enHref = firstArticleHref(enList, "en");
    expect((await site.request(enHref.slice(3))).headers.get("location")).toBe(enHref);

    const section = await site.request("/news/?PAGEN_1=2", { headers: { "Accept-Language": "ru" } });
    expect(section.status).toBe(301);
    expect(section.headers.get("location")).toBe("/ru/news/?PAGEN_1=2");
    expect((await site.request("/news/news_odkb")).headers.get("location")).toBe("/en/news/news_odkb/");
    expect((await site.request("/news/news_odkb/no-such-item/")).status).toBe(404);
    expect((await site.request("/bitrix/admin/")).status).toBe(404);
  });

  it("reading pages writes nothing", async () => {
    const before = await contentCounts(site.testStore.store);
    await site.request("/en/news/?page=2");
    await site.request("/en/nope/");
    expect(await contentCounts(site.testStore.store)).toEqual(before);
  });
});
