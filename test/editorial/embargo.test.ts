import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { embargoArticle, liftEmbargo } from "../../src/commands/editorial/embargo.js";
import {
  createPreviewLink,
  listPreviewLinks,
  openPreview,
  revokePreviewLink,
} from "../../src/commands/editorial/previews.js";
import { transition } from "../../src/commands/editorial/transition.js";
import { runDueJobs } from "../../src/jobs/scheduler.js";
import {
  countPublished,
  findPublishedBySlug,
  listPublished,
  publishedSiblings,
} from "../../src/store/publicArticles.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  auditActions,
  contextFor,
  expectAppError,
  FakeClock,
  HOUR,
  makeTeam,
  MINUTE,
  newDraft,
  snapshot,
  stateOf,
  walk,
  type Team,
} from "./helpers.js";

describe.each(DIALECTS)("embargo and preview links on %s", (dialect) => {
  let site: DemoSite;
  let team: Team;
  let section: number;
  const clock = new FakeClock("2030-07-01T09:00:00.000Z");
  const store = () => site.testStore.store;
  const ctx = (actor: Actor) => contextFor(store(), actor, clock);

  beforeAll(async () => {
    site = await createDemoSite(dialect);
    team = await makeTeam(store());
    const row = await store()
      .db.selectFrom("section_translations")
      .select("section_id")
      .where("lang", "=", "en")
      .where("path", "=", "news/news_odkb")
      .executeTakeFirstOrThrow();
    section = row.section_id;
  });
  afterAll(async () => {
    await site.destroy();
  });

  async function slugs(articleId: number): Promise<Record<string, string>> {
    const rows = await store()
      .db.selectFrom("article_translations")
      .select(["lang", "slug"])
      .where("article_id", "=", articleId)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.lang, r.slug]));
  }

  /** Every public page that could show an item: home, lists (with their sidebars), and the item's own pages. */
  async function publicPages(slug: Record<string, string>): Promise<{ html: string; statuses: number[] }> {
    let html = "";
    for (const path of [
      "/en/",
      "/ru/",
      "/en/news/",
      "/ru/news/",
      "/en/news/news_odkb/",
      "/ru/news/news_odkb/",
    ]) {
      const res = await site.request(path);
      expect(res.status, path).toBe(200);
      html += await res.text();
    }
    const statuses: number[] = [];
    for (const lang of ["en", "ru"]) {
      const res = await site.request(`/${lang}/news/news_odkb/${slug[lang] ?? "missing"}/`);
      statuses.push(res.status);
      html += await res.text();
    }
    return { html, statuses };
  }

  async function approvedItem(title: string, languages: ("en" | "ru")[]) {
    const { correspondent, editor } = team;
    const item = await newDraft(ctx(correspondent), section, title);
    for (const lang of languages) {
      await walk(ctx, item[lang], [
        [correspondent, "submit"],
        [editor, "approve"],
      ]);
    }
    return item;
  }

  it("keeps an embargoed item off every public surface, previews it by link, and releases it everywhere", async () => {
    const { publisher } = team;
    const counts = { en: await countPublished(store().db, "en"), ru: await countPublished(store().db, "ru") };
    const item = await approvedItem("Embargoed summit", ["en", "ru"]);
    const slug = await slugs(item.articleId);
    const until = clock.later(2 * HOUR);
    const embargo = await embargoArticle(ctx(publisher), { articleId: item.articleId, until });
    expect(embargo.translationIds).toEqual([item.en, item.ru].sort((a, b) => a - b));
    expect([await stateOf(store(), item.en), await stateOf(store(), item.ru)]).toEqual([
      "embargoed",
      "embargoed",
    ]);

    const before = await publicPages(slug);
    expect(before.statuses).toEqual([404, 404]);
    expect(before.html).not.toContain("Embargoed summit");
    expect(await countPublished(store().db, "en")).toBe(counts.en);
    expect(await countPublished(store().db, "ru")).toBe(counts.ru);
    expect(await findPublishedBySlug(store().db, "en", section, slug["en"] ?? "")).toBeUndefined();
    expect(await publishedSiblings(store().db, item.articleId)).toEqual([]);
    const sidebar = await listPublished(store().db, { lang: "en", limit: 5, offset: 0 });
    expect(sidebar.map((r) => r.articleId)).not.toContain(item.articleId);
    // Publishing one language early is refused while the embargo holds.
    await expectAppError(
      transition(ctx(publisher), { translationId: item.en, action: "publish" }),
      "invalid_transition",
    );

    // A preview link shows the text to an accredited journalist, and every opening is on record.
    const link = await createPreviewLink(ctx(publisher), {
      articleId: item.articleId,
      label: "Agency",
      expiresAt: clock.later(HOUR),
    });
    expect(link.token.length).toBeGreaterThanOrEqual(43);
    const stored = await store()
      .db.selectFrom("preview_links")
      .select("token_hash")
      .where("id", "=", link.linkId)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(link.token);
    const preview = await openPreview(
      { store: store(), clock },
      { token: link.token, ip: "203.0.113.7", userAgent: "Reader/1" },
    );
    expect(preview.translations.map((tr) => [tr.lang, tr.title, tr.state])).toEqual([
      ["en", "Embargoed summit", "embargoed"],
      ["ru", "Embargoed summit ру", "embargoed"],
    ]);
    expect(preview.article.embargoUntil).toBe(until);
    const views = await store()
      .db.selectFrom("preview_views")
      .selectAll()
      .where("link_id", "=", link.linkId)
      .execute();
    expect(views.map((v) => [v.ip, v.user_agent, v.viewed_at])).toEqual([
      ["203.0.113.7", "Reader/1", clock.iso()],
    ]);
    const viewed = await auditActions(store(), "preview_viewed");
    expect(viewed.at(-1)?.subjectId).toBe(String(link.linkId));
    expect((await listPreviewLinks(ctx(publisher), item.articleId))[0]).toMatchObject({
      views: 1,
      label: "Agency",
    });

    const wrong = await expectAppError(
      openPreview({ store: store(), clock }, { token: "not-a-token" }),
      "not_found",
    );
    expect(wrong.details).toEqual({ reason: "unknown" });
    const other = await createPreviewLink(ctx(publisher), {
      articleId: item.articleId,
      label: "Paper",
      expiresAt: clock.later(3 * HOUR),
    });
    await revokePreviewLink(ctx(publisher), { linkId: other.linkId });
    const revoked = await expectAppError(
      openPreview({ store: store(), clock }, { token: other.token }),
      "not_found",
    );
    expect(revoked.details).toEqual({ reason: "revoked" });
    clock.advance(HOUR);
    const expired = await expectAppError(
      openPreview({ store: store(), clock }, { token: link.token }),
      "not_found",
    );
    expect(expired.details).toEqual({ reason: "expired" });
    expect(
      await store()
        .db.selectFrom("preview_views")
        .selectAll()
        .where("link_id", "in", [link.linkId, other.linkId])
        .execute(),
    ).toHaveLength(1);

    // Release: the job runner publishes every embargoed language once the time has come.
    expect((await runDueJobs({ store: store() }, clock.now())).released).toEqual([]);
    clock.advance(HOUR + MINUTE);
    const run = await runDueJobs({ store: store() }, clock.now());
    expect(run.released.map((r) => [r.articleId, r.published.map((p) => p.lang)])).toEqual([
      [item.articleId, ["en", "ru"]],
    ]);
    const after = await publicPages(slug);
    expect(after.statuses).toEqual([200, 200]);
    expect(after.html).toContain("Embargoed summit");
    expect(after.html).toContain("Embargoed summit ру");
    expect(await countPublished(store().db, "en")).toBe(counts.en + 1);
    // Listed at the release time.
    expect((await listPublished(store().db, { lang: "en", limit: 1, offset: 0 }))[0]).toMatchObject({
      articleId: item.articleId,
      publishedAt: until,
    });
    expect((await auditActions(store(), "embargo_released")).map((a) => a.actorLabel)).toEqual(["system"]);
    expect((await runDueJobs({ store: store() }, clock.later(MINUTE))).released).toEqual([]);
  });

  it("releases only the languages that were ready, and the others stay where they were", async () => {
    const { editor, publisher, correspondent } = team;
    const item = await approvedItem("Half ready", ["en"]);
    await embargoArticle(ctx(publisher), { articleId: item.articleId, until: clock.later(HOUR) });
    expect(await stateOf(store(), item.ru)).toBe("draft");
    // The Russian, approved meanwhile, cannot go out ahead of the embargo.
    await walk(ctx, item.ru, [
      [correspondent, "submit"],
      [editor, "approve"],
    ]);
    await expectAppError(
      transition(ctx(publisher), { translationId: item.ru, action: "publish" }),
      "invalid_transition",
    );
    await expectAppError(
      transition(ctx(publisher), { translationId: item.ru, action: "schedule", at: clock.later(2 * HOUR) }),
      "invalid_transition",
    );
    clock.advance(HOUR);
    await runDueJobs({ store: store() }, clock.now());
    expect([await stateOf(store(), item.en), await stateOf(store(), item.ru)]).toEqual([
      "published",
      "approved",
    ]);
    // Once released there is no embargo left to lift: refused, and the record of its end stays.
    const afterRelease = await snapshot(store());
    await expectAppError(liftEmbargo(ctx(publisher), { articleId: item.articleId }), "invalid_transition");
    expect(await snapshot(store())).toBe(afterRelease);
  });

  it("lifts an embargo back to approved, and refuses to embargo what is already public", async () => {
    const { publisher } = team;
    const item = await approvedItem("Lifted", ["en", "ru"]);
    await embargoArticle(ctx(publisher), { articleId: item.articleId, until: clock.later(HOUR) });
    await liftEmbargo(ctx(publisher), { articleId: item.articleId });
    expect([await stateOf(store(), item.en), await stateOf(store(), item.ru)]).toEqual([
      "approved",
      "approved",
    ]);
    await transition(ctx(publisher), { translationId: item.en, action: "publish" });

    const before = await snapshot(store());
    const error = await expectAppError(
      embargoArticle(ctx(publisher), { articleId: item.articleId, until: clock.later(HOUR) }),
      "invalid_transition",
    );
    expect(error.message).toContain("already public in en");
    await expectAppError(
      embargoArticle(ctx(publisher), { articleId: item.articleId, until: clock.later(-MINUTE) }),
      "validation_failed",
    );
    expect(await snapshot(store())).toBe(before);
  });

  it("shows one published language alone: the other is absent from lists, pages and the language switch", async () => {
    const { publisher } = team;
    const item = await approvedItem("English only", ["en", "ru"]);
    await transition(ctx(publisher), { translationId: item.en, action: "publish" });
    const slug = await slugs(item.articleId);
    const { html, statuses } = await publicPages(slug);
    expect(statuses).toEqual([200, 404]);
    expect(html).toContain("English only");
    expect(html).not.toContain("English only ру");
    const en = await (await site.request(`/en/news/news_odkb/${slug["en"] ?? ""}/`)).text();
    expect(en).not.toContain(`/ru/news/news_odkb/${slug["ru"] ?? ""}/`);
    expect(en).not.toMatch(/hreflang="ru"/);
  });
});
