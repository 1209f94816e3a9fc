import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { insertPerson } from "../../src/store/people.js";
import { LANGUAGES, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";

/** The text of the main content, tags removed, spaces squeezed. */
function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Titles of the publications listed on a person's page, in order. */
function publicationTitles(html: string): string[] {
  const section = /<section class="person-publications"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  return [...section.matchAll(/<h3><a href="[^"]+">([^<]+)<\/a><\/h3>/g)].map((m) => m[1] ?? "");
}

describe.each(DIALECTS)("people pages on %s", (dialect) => {
  let site: DemoSite;

  beforeAll(async () => {
    site = await createDemoSite(dialect, { pageSize: 2 });
    const { store } = site.testStore;
    const ctx = { store, languages: LANGUAGES };
    const tree = await site.deps.sections.get();
    const odkb = tree.findByPath("en", "news/news_odkb")?.id ?? -1;
    const statements = tree.findByPath("en", "documents/statements")?.id ?? -1;
    const irina = await insertPerson(
      store.db,
      {
        slug: "irina-petrova",
        names: { en: "Irina Petrova", ru: "Ирина Петрова" },
        aliases: ["Petrova", "Петрова"],
        posts: [
          {
            startedOn: "2019-03-01",
            endedOn: "2022-08-31",
            titles: { en: "Deputy Press Secretary", ru: "Заместитель пресс-секретаря" },
          },
          {
            startedOn: "2022-09-01",
            titles: { en: "Head of the Information Department", ru: "Начальник информационного отдела" },
          },
        ],
      },
      "2025-01-01T00:00:00.000Z",
    );
    await insertPerson(
      store.db,
      { slug: "english-only", names: { en: "Only <b>English</b>" }, aliases: [], posts: [] },
      "2025-01-01T00:00:00.000Z",
    );
    const currentPost = irina.postIds[1];
    // Named only by an alias, in each language's text.
    await createArticle(ctx, {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2025-03-01T10:00:00.000Z",
      translations: [
        translation("en", "Briefing on the exercise", { bodyHtml: "<p>Petrova answered the questions.</p>" }),
        translation("ru", "Брифинг об учениях", { bodyHtml: "<p>На вопросы ответила Петрова.</p>" }),
      ],
    });
    // Tagged with her, her name nowhere in the text.
    await createArticle(ctx, {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2025-02-01T10:00:00.000Z",
      peopleIds: [irina.id],
      translations: [
        translation("en", "Press accreditation opens"),
        translation("ru", "Открыта аккредитация"),
      ],
    });
    // Signed by her.
    await createArticle(ctx, {
      sectionId: statements,
      kind: "statement",
      publishedAt: "2025-01-10T10:00:00.000Z",
      translations: [
        translation("en", "Statement on the schedule", {
          signature: { personId: irina.id, postId: currentPost },
        }),
        translation("ru", "Заявление о расписании", {
          signature: { personId: irina.id, postId: currentPost },
        }),
      ],
    });
    // Neither: unrelated, and a draft that names her.
    await createArticle(ctx, {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2025-03-05T10:00:00.000Z",
      translations: [translation("en", "Unrelated item", { bodyHtml: "<p>Nobody is named here.</p>" })],
    });
    await createArticle(ctx, {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2025-03-06T10:00:00.000Z",
      translations: [
        translation("en", "Draft about Petrova", { bodyHtml: "<p>Petrova will speak.</p>", state: "draft" }),
      ],
    });
  });

  afterAll(async () => {
    await site.destroy();
  });

  it("shows a person's posts over time, the current one first, with dates in words", async () => {
    const res = await site.request("/en/people/irina-petrova/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>Irina Petrova</h1>");
    const text = mainText(html);
    expect(text).toContain(
      "Posts Head of the Information Department (since 1 September 2022) Deputy Press Secretary (1 March 2019 – 31 August 2022)",
    );
    const ru = mainText(await (await site.request("/ru/people/irina-petrova/")).text());
    expect(ru).toContain("Ирина Петрова");
    expect(ru).toContain("Начальник информационного отдела (с 1 сентября 2022 г.)");
    expect(ru).toContain("Заместитель пресс-секретаря (1 марта 2019 г. – 31 августа 2022 г.)");
  });

  it("lists what names the person by an alias, is tagged with them or signed by them, newest first", async () => {
    const page1 = await (await site.request("/en/people/irina-petrova/")).text();
    expect(publicationTitles(page1)).toEqual(["Briefing on the exercise", "Press accreditation opens"]);
    expect(page1).toContain('href="/en/people/irina-petrova/?page=2" rel="next"');
    const page2 = await (await site.request("/en/people/irina-petrova/?page=2")).text();
    expect(publicationTitles(page2)).toEqual(["Statement on the schedule"]);
    expect(page2).toContain("<title>Irina Petrova — Page 2 of 2");
    const ru = await (await site.request("/ru/people/irina-petrova/")).text();
    expect(publicationTitles(ru)).toEqual(["Брифинг об учениях", "Открыта аккредитация"]);
    for (const html of [page1, page2]) {
      // The sidebar lists the latest news whoever they name; the person's list must not.
      expect(mainText(html)).not.toContain("Unrelated item");
      expect(html).not.toContain("Draft about Petrova");
    }
  });

  it("lists people alphabetically with their current post only", async () => {
    const res = await site.request("/en/people/");
    expect(res.status).toBe(200);
    const html = await res.text();
    const names = [...html.matchAll(/<h2><a href="\/en\/people\/[^"]+\/">([^<]+)<\/a><\/h2>/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual([
      "Anatoly Sidorov",
      "Irina Petrova",
      "Only &lt;b&gt;English&lt;/b&gt;",
      "Stanislav Zas",
      "Valentina Kazakova",
      "Vladimir Zaynetdinov",
    ]);
    const irina = /<li><h2><a href="\/en\/people\/irina-petrova\/">[\s\S]*?<\/li>/.exec(html)?.[0] ?? "";
    expect(irina).toContain("Head of the Information Department");
    expect(irina).not.toContain("Deputy Press Secretary");
    const ru = await (await site.request("/ru/people/")).text();
    expect(ru).toContain("<h1>Персоны</h1>");
    const ruNames = [...ru.matchAll(/<h2><a href="\/ru\/people\/[^"]+\/">([^<]+)<\/a><\/h2>/g)].map(
      (m) => m[1],
    );
    expect(ruNames).toEqual([
      "Анатолий Сидоров",
      "Валентина Казакова",
      "Владимир Зайнетдинов",
      "Ирина Петрова",
      "Станислав Зась",
    ]);
  });

  it("says so when nothing names a person, and escapes what it shows", async () => {
    const res = await site.request("/en/people/english-only/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>Only &lt;b&gt;English&lt;/b&gt;</h1>");
    expect(html).toContain("There are no publications about this person yet.");
    // There is no Russian name, so no Russian page and no switch to one.
    expect(html).not.toContain('hreflang="ru"');
    expect((await site.request("/ru/people/english-only/")).status).toBe(404);
  });

  it("answers 404 for an unknown person or page, 400 for a malformed page number", async () => {
    for (const path of [
      "/en/people/nobody/",
      "/ru/people/nobody/",
      "/en/people/%3Cscript%3E/",
      "/de/people/irina-petrova/",
      "/en/people/irina-petrova/?page=3",
    ]) {
      const res = await site.request(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain(path.startsWith("/ru/") ? "Страница не найдена" : "Page not found");
      expect(html, path).not.toContain("<script>");
    }
    const bad = await site.request("/en/people/irina-petrova/?page=x");
    expect(bad.status).toBe(400);
  });

  it("adds the trailing slash", async () => {
    const index = await site.request("/ru/people");
    expect(index.status).toBe(301);
    expect(index.headers.get("location")).toBe("/ru/people/");
    const person = await site.request("/en/people/irina-petrova?page=2");
    expect(person.headers.get("location")).toBe("/en/people/irina-petrova/?page=2");
  });

  it("offers the person's page in the other language", async () => {
    const html = await (await site.request("/en/people/irina-petrova/?page=2")).text();
    expect(html).toContain('href="/ru/people/irina-petrova/" hreflang="ru"');
    expect(html).toContain('<link rel="canonical" href="http://localhost/en/people/irina-petrova/?page=2"');
  });
});
