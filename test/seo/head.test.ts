import { Hono } from "hono";
import { contextStorage } from "hono/context-storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { createApp } from "../../src/http/app.js";
import { feedLinks } from "../../src/http/site/seo/feedLinks.js";
import { LANGUAGES, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { attachImage } from "./fixtures.js";
import { parseHead, type Head } from "./support.js";

const BASE = "https://press.example.org";
const MISSION_EN = "CSTO mission led by Secretary General Stanislav Zas arrives in Armenia";
const BREAKOUT = "Statement </script><script>alert(1)</script> & <b>notes</b>";

/** Feed addresses offered for a scope's address (ending in "/"). */
function feedHrefs(scope: string): string[] {
  return [`${scope}feed.xml`, `${scope}atom.xml`, `${scope}feed.json`];
}

function jsonLdOf(head: Head): Record<string, unknown> {
  expect(head.jsonLd).toHaveLength(1);
  return JSON.parse(head.jsonLd[0] ?? "") as Record<string, unknown>;
}

describe.each(DIALECTS)("what the head tells search engines and link previews, on %s", (dialect) => {
  let site: DemoSite;
  /** The signed mission article in both languages, an unsigned item with an image, the tricky title. */
  const paths = { missionEn: "", missionRu: "", pictured: "", breakout: "" };
  let imageKey = "";

  async function headAt(path: string): Promise<{ head: Head; html: string }> {
    const res = await site.request(path);
    expect(res.status, path).toBe(200);
    const html = await res.text();
    return { head: parseHead(html), html };
  }

  async function pathOfTitle(title: string): Promise<string> {
    const tree = await site.deps.sections.get();
    const row = await site.testStore.store.db
      .selectFrom("article_translations")
      .select(["lang", "section_id", "slug"])
      .where("title", "=", title)
      .executeTakeFirstOrThrow();
    const section = tree.get(row.section_id)?.translations[row.lang]?.path ?? "";
    return `/${row.lang}/${section}/${row.slug}/`;
  }

  beforeAll(async () => {
    site = await createDemoSite(dialect, { publicUrl: BASE });
    const { store } = site.testStore;
    const tree = await site.deps.sections.get();
    const sectionId = tree.findByPath("en", "news/news_odkb")?.id ?? -1;
    const ctx = { store, languages: LANGUAGES };
    paths.missionEn = await pathOfTitle(MISSION_EN);
    const mission = await store.db
      .selectFrom("article_translations")
      .select("article_id")
      .where("title", "=", MISSION_EN)
      .executeTakeFirstOrThrow();
    const missionRu = await store.db
      .selectFrom("article_translations")
      .select("title")
      .where("article_id", "=", mission.article_id)
      .where("lang", "=", "ru")
      .executeTakeFirstOrThrow();
    paths.missionRu = await pathOfTitle(missionRu.title);

    const pictured = await createArticle(ctx, {
      sectionId,
      kind: "news",
      publishedAt: "2024-03-01T09:00:00.000Z",
      translations: [translation("en", "Exercise Interaction ends"), translation("ru", "Учение завершено")],
    });
    paths.pictured = `/en/news/news_odkb/${pictured.slugs["en"] ?? ""}/`;
    imageKey = await attachImage(site, pictured.articleId);

    const breakout = await createArticle(ctx, {
      sectionId,
      kind: "news",
      publishedAt: "2024-03-02T09:00:00.000Z",
      translations: [translation("en", BREAKOUT, { slug: "statement-breakout" })],
    });
    paths.breakout = `/en/news/news_odkb/${breakout.slugs["en"] ?? ""}/`;
  });

  afterAll(async () => {
    await site.destroy();
  });

  it("gives the home page an absolute canonical, both languages plus x-default, and website card tags", async () => {
    const { head } = await headAt("/ru/");
    expect(head.links("canonical")).toEqual([{ rel: "canonical", href: `${BASE}/ru/` }]);
    const hreflang = head.links("alternate").filter((l) => l["hreflang"] !== undefined);
    expect(hreflang.map((l) => [l["hreflang"], l["href"]])).toEqual([
      ["en", `${BASE}/en/`],
      ["ru", `${BASE}/ru/`],
      ["x-default", `${BASE}/`],
    ]);
    expect(head.meta("og:type")).toEqual(["website"]);
    expect(head.meta("og:url")).toEqual([`${BASE}/ru/`]);
    expect(head.meta("og:title")).toEqual(["Пресс-центр"]);
    expect(head.meta("og:site_name")).toEqual(["Пресс-центр"]);
    expect(head.meta("og:locale")).toEqual(["ru_RU"]);
    expect(head.meta("og:locale:alternate")).toEqual(["en_US"]);
    expect(head.meta("og:description")).toEqual(head.meta("description"));
    expect(head.meta("og:image")).toEqual([]);
    expect(head.meta("twitter:card")).toEqual(["summary"]);
    expect(head.jsonLd).toEqual([]);
  });

  it("describes a section page, and lists no hreflang on its later pages, which have no counterpart", async () => {
    const { head } = await headAt("/en/news/");
    expect(head.links("canonical")[0]?.["href"]).toBe(`${BASE}/en/news/`);
    const hreflang = head.links("alternate").filter((l) => l["hreflang"] !== undefined);
    expect(hreflang.map((l) => l["href"])).toEqual([`${BASE}/en/news/`, `${BASE}/ru/news/`]);
    expect(head.meta("description")).toEqual(["All items of the section “News”, newest first."]);
    expect(head.meta("twitter:description")).toEqual(head.meta("description"));
    const ru = (await headAt("/ru/news/")).head;
    expect(ru.meta("description")).toEqual(["Все материалы раздела «Новости», сначала новые."]);
    const second = (await headAt("/en/news/?page=2")).head;
    expect(second.links("canonical")[0]?.["href"]).toBe(`${BASE}/en/news/?page=2`);
    expect(second.links("alternate").filter((l) => l["hreflang"] !== undefined)).toEqual([]);
  });

  it("links an article's translations to each other both ways", async () => {
    const en = (await headAt(paths.missionEn)).head;
    const ru = (await headAt(paths.missionRu)).head;
    const pairs = (head: Head) =>
      head
        .links("alternate")
        .filter((l) => l["hreflang"] !== undefined)
        .map((l) => [l["hreflang"], l["href"]]);
    const expected = [
      ["en", `${BASE}${paths.missionEn}`],
      ["ru", `${BASE}${paths.missionRu}`],
    ];
    expect(pairs(en)).toEqual(expected);
    expect(pairs(ru)).toEqual(expected);
    expect(en.links("canonical")[0]?.["href"]).toBe(`${BASE}${paths.missionEn}`);
    expect(ru.links("canonical")[0]?.["href"]).toBe(`${BASE}${paths.missionRu}`);
  });

  it("marks an article up for previews and as a NewsArticle signed by its author", async () => {
    const { head } = await headAt(paths.missionEn);
    const url = `${BASE}${paths.missionEn}`;
    const lead =
      "Its members will look into the situation in the region, the Armenia–Azerbaijan border included, and work out proposals for further joint steps.";
    expect(head.meta("og:type")).toEqual(["article"]);
    expect(head.meta("og:title")).toEqual([MISSION_EN]);
    expect(head.meta("og:description")).toEqual([lead]);
    expect(head.meta("og:url")).toEqual([url]);
    expect(head.meta("og:site_name")).toEqual(["Press Centre"]);
    expect(head.meta("og:locale")).toEqual(["en_US"]);
    expect(head.meta("og:locale:alternate")).toEqual(["ru_RU"]);
    expect(head.meta("article:published_time")).toEqual(["2022-09-20T15:00:00Z"]);
    expect(head.meta("twitter:card")).toEqual(["summary"]);
    expect(head.meta("twitter:title")).toEqual([MISSION_EN]);
    const data = jsonLdOf(head);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: MISSION_EN,
      description: lead,
      datePublished: "2022-09-20T15:00:00Z",
      inLanguage: "en",
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      author: { "@type": "Person", name: "Vladimir Zaynetdinov" },
      publisher: {
        "@type": "Organization",
        name: "Collective Security Treaty Organization",
        url: `${BASE}/en/`,
      },
    });
    expect(String(data["dateModified"]) >= String(data["datePublished"])).toBe(true);
    expect(data["image"]).toBeUndefined();
    const ru = jsonLdOf((await headAt(paths.missionRu)).head);
    expect(ru).toMatchObject({
      inLanguage: "ru",
      author: { "@type": "Person", name: "Владимир Зайнетдинов" },
    });
  });

  it("shows an article's image in previews, with a large card, and credits the organisation when unsigned", async () => {
    const { head } = await headAt(paths.pictured);
    const image = `${BASE}/media/${imageKey}`;
    expect(head.meta("og:image")).toEqual([image]);
    expect(head.meta("og:image:width")).toEqual(["960"]);
    expect(head.meta("og:image:height")).toEqual(["640"]);
    expect(head.meta("og:image:alt")).toEqual(["Officers at the range"]);
    expect(head.meta("twitter:card")).toEqual(["summary_large_image"]);
    expect(head.meta("twitter:image")).toEqual([image]);
    const data = jsonLdOf(head);
    expect(data["image"]).toEqual([image]);
    expect(data["author"]).toEqual({
      "@type": "Organization",
      name: "Collective Security Treaty Organization",
      url: `${BASE}/en/`,
    });
  });

  it("keeps a title with </script> inside the JSON-LD, as data", async () => {
    const { head, html } = await headAt(paths.breakout);
    const headHtml = html.slice(0, html.indexOf("</head>"));
    expect(headHtml).not.toContain("<script>alert(1)");
    expect(headHtml).toContain("\\u003c/script\\u003e");
    // Exactly the site's script and the data block: nothing else became a script element.
    expect(headHtml.match(/<script\b/g)).toHaveLength(2);
    expect(jsonLdOf(head)["headline"]).toBe(BREAKOUT);
    expect(head.meta("og:title")).toEqual([BREAKOUT]);
  });

  it("offers the language feed on every page, and the section feed on section and article pages", async () => {
    const types = ["application/rss+xml", "application/atom+xml", "application/feed+json"];
    const feeds = (head: Head) => head.links("alternate").filter((l) => types.includes(l["type"] ?? ""));
    const home = feeds((await headAt("/ru/")).head);
    expect(home.map((l) => l["href"])).toEqual(feedHrefs("/ru/"));
    expect(home.map((l) => l["type"])).toEqual(types);
    expect(home[0]?.["title"]).toBe("Пресс-центр (RSS)");
    const section = feeds((await headAt("/ru/news/news_odkb/")).head);
    expect(section.map((l) => l["href"])).toEqual([
      ...feedHrefs("/ru/"),
      ...feedHrefs("/ru/news/news_odkb/"),
    ]);
    expect(section[3]?.["title"]).toBe("Пресс-центр — Новости ОДКБ (RSS)");
    const article = feeds((await headAt(paths.missionRu)).head);
    expect(article.map((l) => l["href"])).toEqual(section.map((l) => l["href"]));
    for (const link of section) {
      const res = await site.request(link["href"] ?? "");
      expect(res.status, link["href"]).toBe(200);
      expect(res.headers.get("content-type"), link["href"]).toContain(link["type"]);
    }
    const missing = await site.request("/ru/no-such-page/");
    expect(feeds(parseHead(await missing.text())).map((l) => l["href"])).toEqual(feedHrefs("/ru/"));
  });

  it("builds a person page's feed addresses under the person's address", () => {
    const links = feedLinks("en", "Press Centre", {
      kind: "person",
      slug: "stanislav-zas",
      name: "Stanislav Zas",
    });
    expect(links.slice(3).map((l) => [l.href, l.title])).toEqual([
      ["/en/people/stanislav-zas/feed.xml", "Press Centre — Stanislav Zas (RSS)"],
      ["/en/people/stanislav-zas/atom.xml", "Press Centre — Stanislav Zas (Atom)"],
      ["/en/people/stanislav-zas/feed.json", "Press Centre — Stanislav Zas (JSON Feed)"],
    ]);
  });

  it("makes addresses absolute from the request when no public URL is configured", async () => {
    const config = { ...site.deps.config, publicUrl: undefined };
    // What src/http/app.ts does once it keeps each request in Hono's context storage.
    const app = new Hono();
    app.use(contextStorage());
    app.route("/", createApp({ ...site.deps, config }));
    const res = await app.request(`http://press.test:8080${paths.missionEn}`);
    const head = parseHead(await res.text());
    const url = `http://press.test:8080${paths.missionEn}`;
    expect(head.links("canonical")[0]?.["href"]).toBe(url);
    expect(head.meta("og:url")).toEqual([url]);
    expect(jsonLdOf(head)["mainEntityOfPage"]).toEqual({ "@type": "WebPage", "@id": url });
  });
});
