import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { createSection } from "../../src/commands/createSection.js";
import { AppError } from "../../src/lib/errors.js";
import {
  countPublished,
  findPublishedBySlug,
  listPublished,
  publishedSiblings,
} from "../../src/store/publicArticles.js";
import { loadSections } from "../../src/store/sections.js";
import { contentCounts, LANGUAGES, makeArticle, makeNewsSections, translation } from "../helpers/content.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";

describe.each(DIALECTS)("content model on %s", (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore(dialect);
  });
  afterEach(async () => {
    await t.destroy();
  });
  const ctx = () => ({ store: t.store, languages: LANGUAGES });

  it("builds section paths from the parent's path in each language", async () => {
    const { odkb } = await makeNewsSections(t.store);
    const sections = await loadSections(t.store.db);
    const child = sections.find((s) => s.id === odkb);
    expect(child?.translations["en"]).toEqual({
      slug: "news_odkb",
      path: "news/news_odkb",
      title: "CSTO news",
    });
    expect(child?.translations["ru"]?.title).toBe("Новости ОДКБ");
  });

  it("refuses a section path that is taken, and writes nothing", async () => {
    const { news } = await makeNewsSections(t.store);
    const before = await contentCounts(t.store);
    const attempt = createSection(ctx(), {
      parentId: news,
      translations: { en: { slug: "other", title: "Other" }, ru: { slug: "news_odkb", title: "Дубль" } },
    });
    await expect(attempt).rejects.toMatchObject({ code: "slug_taken", status: 409 });
    expect(await contentCounts(t.store)).toEqual(before);
  });

  it("sanitizes body HTML on the server, whatever the caller sent", async () => {
    const { odkb } = await makeNewsSections(t.store);
    const { slugs } = await createArticle(ctx(), {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2023-03-28T12:00:00.000Z",
      translations: [
        translation("en", "Unsafe body", {
          bodyHtml:
            '<p onclick="steal()">Hello <script>alert(1)</script><a href="javascript:alert(2)">x</a> ' +
            '<a href="https://example.org/">out</a><iframe src="https://evil.example"></iframe></p><style>p{}</style>',
        }),
      ],
    });
    const saved = await findPublishedBySlug(t.store.db, "en", odkb, slugs["en"] ?? "");
    expect(saved?.bodyHtml).toBe(
      '<p>Hello <a>x</a> <a href="https://example.org/" rel="noopener noreferrer">out</a></p>',
    );
  });

  it("suggests transliterated slugs, makes them unique, and keeps given ones as they are", async () => {
    const { odkb } = await makeNewsSections(t.store);
    const first = await makeArticle(t.store, odkb, "2023-03-28T12:00:00.000Z", {
      ru: "Миссия ОДКБ прибыла в Армению",
    });
    expect(first.slugs["ru"]).toBe("missiya-odkb-pribyla-v-armeniyu");
    const second = await makeArticle(t.store, odkb, "2023-03-29T12:00:00.000Z", {
      ru: "Миссия ОДКБ прибыла в Армению",
    });
    expect(second.slugs["ru"]).toBe("missiya-odkb-pribyla-v-armeniyu-2");
    const odd = await createArticle(ctx(), {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2019-01-01T12:00:00.000Z",
      translations: [translation("en", "Old", { slug: "Old_Slug.2019" })],
    });
    expect(odd.slugs["en"]).toBe("Old_Slug.2019");
  });

  it("answers a slug collision with a clear error and writes nothing", async () => {
    const { odkb } = await makeNewsSections(t.store);
    await makeArticle(t.store, odkb, "2023-03-28T12:00:00.000Z", { en: "Meeting" });
    const before = await contentCounts(t.store);
    const attempt = createArticle(ctx(), {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2023-03-30T12:00:00.000Z",
      translations: [
        translation("ru", "Совещание", { slug: "sovetschanie" }),
        translation("en", "Meeting", { slug: "meeting" }),
      ],
    });
    await expect(attempt).rejects.toMatchObject({
      code: "slug_taken",
      details: { lang: "en", slug: "meeting" },
    });
    expect(await contentCounts(t.store)).toEqual(before);
  });

  it("lists every problem of an invalid article at once, and writes nothing", async () => {
    const { odkb } = await makeNewsSections(t.store);
    const before = await contentCounts(t.store);
    const error: unknown = await createArticle(ctx(), {
      sectionId: odkb,
      kind: "gossip",
      publishedAt: "yesterday",
      eventStart: "2023-02-30",
      translations: [translation("de", "Titel"), translation("en", "  ", { slug: "bad slug/with slash" })],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const problems = error instanceof AppError ? error.details?.["problems"] : undefined;
    expect(problems).toEqual(
      expect.arrayContaining([
        'unknown kind "gossip"',
        'publication time "yesterday" is not an ISO date-time',
        'event start "2023-02-30" is not a date',
        'language "de" is not configured',
        "the en title is empty",
        'the en slug "bad slug/with slash" is not valid',
      ]),
    );
    expect(await contentCounts(t.store)).toEqual(before);
  });

  it("lists published items of a subtree newest first, pages without repeats, and skips drafts", async () => {
    const { news, odkb } = await makeNewsSections(t.store);
    for (let i = 1; i <= 12; i++) {
      // Two items share each timestamp: the id breaks the tie so that paging is stable.
      await makeArticle(
        t.store,
        i % 2 ? news : odkb,
        `2023-03-${String(10 + Math.ceil(i / 2)).padStart(2, "0")}T09:00:00.000Z`,
        {
          en: `Item ${i}`,
        },
      );
    }
    await createArticle(ctx(), {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2024-01-01T00:00:00.000Z",
      translations: [translation("en", "Draft", { state: "draft" })],
    });
    const all = [news, odkb];
    expect(await countPublished(t.store.db, "en", all)).toBe(12);
    expect(await countPublished(t.store.db, "en", [odkb])).toBe(6);
    expect(await countPublished(t.store.db, "ru", all)).toBe(0);
    const page1 = await listPublished(t.store.db, { lang: "en", sectionIds: all, limit: 5, offset: 0 });
    const page2 = await listPublished(t.store.db, { lang: "en", sectionIds: all, limit: 5, offset: 5 });
    const page3 = await listPublished(t.store.db, { lang: "en", sectionIds: all, limit: 5, offset: 10 });
    const titles = [...page1, ...page2, ...page3].map((r) => r.title);
    expect(titles).toEqual([
      "Item 12",
      "Item 11",
      "Item 10",
      "Item 9",
      "Item 8",
      "Item 7",
      "Item 6",
      "Item 5",
      "Item 4",
      "Item 3",
      "Item 2",
      "Item 1",
    ]);
    expect(titles).not.toContain("Draft");
  });

  it("finds the published translations of an article for the language switch", async () => {
    const { odkb } = await makeNewsSections(t.store);
    const both = await makeArticle(t.store, odkb, "2023-03-28T12:00:00.000Z", { en: "Both", ru: "Оба" });
    const onlyEn = await createArticle(ctx(), {
      sectionId: odkb,
      kind: "news",
      publishedAt: "2023-03-28T13:00:00.000Z",
      translations: [translation("en", "English only"), translation("ru", "Черновик", { state: "draft" })],
    });
    expect((await publishedSiblings(t.store.db, both.articleId)).map((s) => s.lang)).toEqual(["en", "ru"]);
    expect((await publishedSiblings(t.store.db, onlyEn.articleId)).map((s) => s.lang)).toEqual(["en"]);
    expect(await findPublishedBySlug(t.store.db, "ru", odkb, onlyEn.slugs["ru"] ?? "")).toBeUndefined();
  });
});
