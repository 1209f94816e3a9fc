import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { embargoArticle } from "../../src/commands/editorial/embargo.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { addSection, updateSection } from "../../src/commands/sections.js";
import { runDueJobs } from "../../src/jobs/scheduler.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { contextFor, FakeClock, HOUR, makeTeam, newDraft, walk, type Team } from "../editorial/helpers.js";

/**
 * The page cache is on (as in production) and every page below is requested before each change, so that a
 * missed invalidation would serve the old page. The very next request after the command returns must show it.
 */
describe.each(DIALECTS)("page cache invalidation on %s", (dialect) => {
  let site: DemoSite;
  let team: Team;
  let sectionId: number;
  const clock = new FakeClock("2031-03-01T09:00:00.000Z");
  const store = () => site.testStore.store;
  const ctx = (actor: Actor) => contextFor(store(), actor, clock);

  /** Pages where a published item in `lang` shows: lists, sidebar (on another article), feeds. */
  const surfaces = (lang: "en" | "ru", otherArticle: string) => [
    `/${lang}/news/news_odkb/`,
    `/${lang}/news/`,
    otherArticle,
    `/${lang}/feed.xml`,
    `/${lang}/news/news_odkb/atom.xml`,
    `/${lang}/feed.json`,
  ];
  const text = async (path: string) => {
    const res = await site.request(path);
    return { status: res.status, body: await res.text(), etag: res.headers.get("etag") };
  };
  async function warm(paths: string[]): Promise<void> {
    for (const path of paths) {
      await site.request(path);
      // A second request is served from the cache: the same validator.
      expect((await text(path)).etag, path).toBe((await text(path)).etag);
    }
  }
  let otherEn = "";
  let otherRu = "";

  beforeAll(async () => {
    site = await createDemoSite(dialect, {}, { clock });
    team = await makeTeam(store());
    const row = await store()
      .db.selectFrom("section_translations")
      .select("section_id")
      .where("path", "=", "news/news_odkb")
      .executeTakeFirstOrThrow();
    sectionId = row.section_id;
    const home = (await text("/en/news/")).body;
    otherEn = /href="(\/en\/news\/[^"]+\/[^"]+\/)"/.exec(home)?.[1] ?? "";
    otherRu = /href="(\/ru\/news\/[^"]+\/[^"]+\/)"/.exec((await text("/ru/news/")).body)?.[1] ?? "";
    expect(otherEn).not.toBe("");
    expect(otherRu).not.toBe("");
  });
  afterAll(async () => {
    await site.destroy();
  });

  async function readyItem(title: string) {
    const item = await newDraft(ctx(team.correspondent), sectionId, title);
    for (const lang of ["en", "ru"] as const) {
      await walk(ctx, item[lang], [
        [team.correspondent, "submit"],
        [team.editor, "approve"],
      ]);
    }
    return item;
  }
  async function pathOf(translationId: number): Promise<string> {
    const row = await store()
      .db.selectFrom("article_translations")
      .select(["lang", "slug"])
      .where("id", "=", translationId)
      .executeTakeFirstOrThrow();
    return `/${row.lang}/news/news_odkb/${row.slug}/`;
  }

  it("shows a publication, then its withdrawal, on the very next request everywhere", async () => {
    const item = await readyItem("Cache publish check");
    await warm([...surfaces("en", otherEn), otherRu]);
    await walk(ctx, item.en, [[team.publisher, "publish"]]);
    const enPath = await pathOf(item.en);
    expect((await text(enPath)).status).toBe(200);
    for (const path of surfaces("en", otherEn)) {
      expect((await text(path)).body, path).toContain("Cache publish check");
    }
    // The Russian translation is not public yet, so the English page offers no switch to it...
    expect((await text(enPath)).body).not.toContain('hreflang="ru" lang="ru"');
    await warm([enPath]);
    await walk(ctx, item.ru, [[team.publisher, "publish"]]);
    // ...and offers it on the very next request once it is.
    const ruPath = await pathOf(item.ru);
    expect((await text(enPath)).body).toContain(`href="${ruPath}"`);

    await warm([...surfaces("en", otherEn), enPath, ruPath]);
    await walk(ctx, item.en, [[team.publisher, "unpublish"]]);
    expect((await text(enPath)).status).toBe(404);
    for (const path of surfaces("en", otherEn)) {
      expect((await text(path)).body, path).not.toContain("Cache publish check");
    }
    // The Russian page no longer offers the withdrawn English translation.
    expect((await text(ruPath)).body).not.toContain(`href="${enPath}"`);
  });

  it("shows an edit of published text at once on the article, lists, sidebar and feeds", async () => {
    const item = await readyItem("Cache edit before");
    await walk(ctx, item.en, [[team.publisher, "publish"]]);
    const enPath = await pathOf(item.en);
    await warm([enPath, ...surfaces("en", otherEn)]);
    const row = await store()
      .db.selectFrom("article_translations")
      .select("version")
      .where("id", "=", item.en)
      .executeTakeFirstOrThrow();
    await saveTranslation(ctx(team.publisher), {
      translationId: item.en,
      baseVersion: row.version,
      title: "Cache edit after",
      correction: { note: "The title was corrected." },
    });
    for (const path of [enPath, ...surfaces("en", otherEn)]) {
      const body = (await text(path)).body;
      expect(body, path).toContain("Cache edit after");
      // The old title is gone (the unchanged lead and body still say "Cache edit before lead/body").
      expect(body, path).not.toMatch(/Cache edit before(?! lead| body)/);
    }
  });

  it("shows an embargoed item the moment the scheduler releases it", async () => {
    const item = await readyItem("Cache embargo release");
    await embargoArticle(ctx(team.publisher), { articleId: item.articleId, until: clock.later(HOUR) });
    await warm(surfaces("en", otherEn));
    for (const path of surfaces("en", otherEn)) {
      expect((await text(path)).body, path).not.toContain("Cache embargo release");
    }
    clock.advance(HOUR + 1000);
    await runDueJobs({ store: store() }, clock.now());
    for (const path of surfaces("en", otherEn)) {
      expect((await text(path)).body, path).toContain("Cache embargo release");
    }
    expect((await text(await pathOf(item.ru))).status).toBe(200);
  });

  it("shows a section's new title and a new section's slug on every page's navigation", async () => {
    const pages = ["/en/", "/en/news/", otherEn, "/ru/"];
    await warm(pages);
    const created = await addSection({ store: store(), languages: ["en", "ru"], clock }, team.administrator, {
      parentId: null,
      position: 90,
      translations: {
        en: { slug: "briefings", title: "Briefings" },
        ru: { slug: "brifingi", title: "Брифинги" },
      },
    });
    for (const path of pages.filter((p) => p.startsWith("/en/"))) {
      expect((await text(path)).body, path).toContain('href="/en/briefings/"');
    }
    expect((await text("/ru/")).body).toContain('href="/ru/brifingi/"');

    await warm(pages);
    await updateSection({ store: store(), languages: ["en", "ru"], clock }, team.administrator, {
      sectionId: created,
      position: 90,
      translations: {
        en: { slug: "press-briefings", title: "Press briefings" },
        ru: { slug: "brifingi", title: "Пресс-брифинги" },
      },
    });
    for (const path of pages.filter((p) => p.startsWith("/en/"))) {
      const body = (await text(path)).body;
      expect(body, path).toContain('href="/en/press-briefings/"');
      expect(body, path).toContain("Press briefings");
    }
    expect((await text("/ru/")).body).toContain("Пресс-брифинги");
  });
});
