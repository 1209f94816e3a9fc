import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/audit/log.js";
import type { Actor } from "../../src/commands/editorial/context.js";
import { loadArticleForEditing } from "../../src/commands/editorial/read.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { transition } from "../../src/commands/editorial/transition.js";
import { runDueJobs } from "../../src/jobs/scheduler.js";
import { findPublishedBySlug, listPublished } from "../../src/store/publicArticles.js";
import { setSetting } from "../../src/store/settings.js";
import { makeNewsSections } from "../helpers/content.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import {
  auditActions,
  contextFor,
  expectAppError,
  FakeClock,
  HOUR,
  makeTeam,
  newDraft,
  snapshot,
  stateOf,
  walk,
  type Team,
} from "./helpers.js";

describe.each(DIALECTS)("editorial workflow on %s", (dialect) => {
  let t: TestStore;
  let team: Team;
  let clock: FakeClock;
  let section: number;
  const ctx = (actor: Actor) => contextFor(t.store, actor, clock);

  beforeEach(async () => {
    t = await createTestStore(dialect);
    team = await makeTeam(t.store);
    clock = new FakeClock("2030-03-01T09:00:00.000Z");
    section = (await makeNewsSections(t.store)).odkb;
  });
  afterEach(async () => {
    await t.destroy();
  });

  it("takes an item from two drafts to English now and Russian on schedule, each language alone", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newDraft(ctx(correspondent), section, "Joint exercise");
    for (const id of [item.en, item.ru]) {
      await walk(ctx, id, [
        [correspondent, "submit"],
        [editor, "approve"],
      ]);
    }
    clock.advance(HOUR);
    await transition(ctx(publisher), { translationId: item.en, action: "publish" });
    expect(await stateOf(t.store, item.ru)).toBe("approved");

    const enBefore = await t.store.db
      .selectFrom("article_translations")
      .selectAll()
      .where("id", "=", item.en)
      .executeTakeFirstOrThrow();
    const at = clock.later(2 * HOUR);
    const scheduled = await transition(ctx(publisher), { translationId: item.ru, action: "schedule", at });
    expect(scheduled).toMatchObject({ from: "approved", to: "scheduled", scheduledAt: at });

    // The English page is public and listed at its moment of publication; the Russian one is nowhere yet.
    const en = await findPublishedBySlug(t.store.db, "en", section, "joint-exercise");
    expect(en?.publishedAt).toBe("2030-03-01T10:00:00.000Z");
    expect(await listPublished(t.store.db, { lang: "ru", limit: 10, offset: 0 })).toEqual([]);

    clock.advance(HOUR);
    expect((await runDueJobs({ store: t.store }, clock.now())).published).toEqual([]);
    clock.advance(HOUR + 1000);
    const run = await runDueJobs({ store: t.store }, clock.now());
    expect(run.published).toEqual([{ translationId: item.ru, articleId: item.articleId, lang: "ru" }]);
    expect(await stateOf(t.store, item.ru)).toBe("published");
    const ru = await listPublished(t.store.db, { lang: "ru", limit: 10, offset: 0 });
    expect(ru.map((r) => r.title)).toEqual(["Joint exercise ру"]);
    // Both languages share the article's listing instant.
    expect(ru[0]?.publishedAt).toBe("2030-03-01T10:00:00.000Z");

    const enAfter = await t.store.db
      .selectFrom("article_translations")
      .selectAll()
      .where("id", "=", item.en)
      .executeTakeFirstOrThrow();
    expect(enAfter).toEqual(enBefore);

    const published = await auditActions(t.store, "published");
    expect(published.map((p) => [p.subjectId, p.actorLabel])).toEqual([
      [String(item.en), publisher.label],
      [String(item.ru), "system"],
    ]);
    expect(published[1]?.actorId).toBeNull();
    expect((await auditActions(t.store, "scheduled")).length).toBe(1);
    expect((await verifyAuditChain(t.store.db)).problem).toBeUndefined();
  });

  it("unpublishes one language without touching the other, and reopens it as a draft", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newDraft(ctx(correspondent), section, "Statement");
    for (const id of [item.en, item.ru]) {
      await walk(ctx, id, [
        [correspondent, "submit"],
        [editor, "approve"],
        [publisher, "publish"],
      ]);
    }
    await transition(ctx(publisher), { translationId: item.en, action: "unpublish" });
    expect(await stateOf(t.store, item.en)).toBe("unpublished");
    expect(await stateOf(t.store, item.ru)).toBe("published");
    await transition(ctx(publisher), { translationId: item.en, action: "reopen" });
    expect(await stateOf(t.store, item.en)).toBe("draft");
    expect(await stateOf(t.store, item.ru)).toBe("published");
  });

  it("keeps an explicit past publication date, and moves a future one to the moment of publication", async () => {
    const { correspondent, editor, publisher } = team;
    const past = await newDraft(ctx(correspondent), section, "Backdated", {
      publishedAt: "2030-02-01T08:00:00.000Z",
    });
    const future = await newDraft(ctx(correspondent), section, "Future dated", {
      publishedAt: "2031-01-01T00:00:00.000Z",
    });
    for (const id of [past.en, future.en]) {
      await walk(ctx, id, [
        [correspondent, "submit"],
        [editor, "approve"],
        [publisher, "publish"],
      ]);
    }
    const rows = await listPublished(t.store.db, { lang: "en", limit: 10, offset: 0 });
    expect(rows.map((r) => [r.title, r.publishedAt])).toEqual([
      ["Future dated", clock.iso()],
      ["Backdated", "2030-02-01T08:00:00.000Z"],
    ]);
  });

  it("refuses invalid transitions with a clear error, changing nothing", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newDraft(ctx(correspondent), section, "Not ready");
    const before = await snapshot(t.store);
    const error = await expectAppError(
      transition(ctx(publisher), { translationId: item.en, action: "publish" }),
      "invalid_transition",
    );
    expect(error.status).toBe(409);
    expect(error.message).toContain("draft");
    expect(error.details).toMatchObject({ state: "draft", action: "publish", allowed: ["submit"] });
    await expectAppError(
      transition(ctx(editor), { translationId: item.en, action: "approve" }),
      "invalid_transition",
    );
    await expectAppError(
      transition(ctx(publisher), { translationId: item.en, action: "unpublish" }),
      "invalid_transition",
    );
    await expectAppError(
      transition(ctx(publisher), { translationId: 999_999, action: "publish" }),
      "not_found",
    );
    expect(await snapshot(t.store)).toBe(before);

    await walk(ctx, item.en, [
      [correspondent, "submit"],
      [editor, "approve"],
    ]);
    const approved = await snapshot(t.store);
    // A schedule must lie in the future; a return needs a note.
    await expectAppError(
      transition(ctx(publisher), { translationId: item.en, action: "schedule", at: clock.later(-1) }),
      "validation_failed",
    );
    await expectAppError(
      transition(ctx(publisher), { translationId: item.en, action: "schedule" }),
      "validation_failed",
    );
    await expectAppError(
      transition(ctx(editor), { translationId: item.en, action: "return", note: "  " }),
      "validation_failed",
    );
    expect(await snapshot(t.store)).toBe(approved);
  });

  it("returns an item with a note the author sees", async () => {
    const { correspondent, editor } = team;
    const item = await newDraft(ctx(correspondent), section, "Needs work");
    await walk(ctx, item.en, [[correspondent, "submit"]]);
    await transition(ctx(editor), { translationId: item.en, action: "return", note: "Check the dates" });
    const view = await loadArticleForEditing(ctx(correspondent), item.articleId);
    const en = view.translations.find((tr) => tr.lang === "en");
    expect(en).toMatchObject({
      state: "draft",
      reviewNote: "Check the dates",
      editable: true,
      actions: ["submit"],
    });
  });

  it("does not let the author approve their own item while the setting is on (the default)", async () => {
    const { editor, otherEditor } = team;
    const item = await newDraft(ctx(editor), section, "Own item");
    await walk(ctx, item.en, [[editor, "submit"]]);
    await walk(ctx, item.ru, [[editor, "submit"]]);
    const before = await snapshot(t.store);
    const error = await expectAppError(
      transition(ctx(editor), { translationId: item.en, action: "approve" }),
      "forbidden",
    );
    expect(error.status).toBe(403);
    expect(error.details).toMatchObject({ reason: "author_may_not_approve" });
    expect(await snapshot(t.store)).toBe(before);
    await transition(ctx(otherEditor), { translationId: item.en, action: "approve" });

    // The setting, once off, lets the author approve.
    await setSetting(t.store.db, "authorMayNotApprove", false, clock.iso());
    await transition(ctx(editor), { translationId: item.ru, action: "approve" });
    expect(await stateOf(t.store, item.ru)).toBe("approved");
  });

  it("lets a context override the setting", async () => {
    const { editor } = team;
    const item = await newDraft(ctx(editor), section, "Override");
    await walk(ctx, item.en, [[editor, "submit"]]);
    await transition(contextFor(t.store, editor, clock, { authorMayNotApprove: false }), {
      translationId: item.en,
      action: "approve",
    });
    expect(await stateOf(t.store, item.en)).toBe("approved");
  });

  it("marks a translation out of date when the other language changed after it", async () => {
    const { correspondent } = team;
    const item = await newDraft(ctx(correspondent), section, "Two languages");
    let view = await loadArticleForEditing(ctx(correspondent), item.articleId);
    expect(view.translations.map((tr) => tr.outOfDate)).toEqual([false, false]);
    clock.advance(60_000);
    await saveTranslation(ctx(correspondent), {
      translationId: item.en,
      baseVersion: 1,
      bodyHtml: "<p>New facts.</p>",
    });
    view = await loadArticleForEditing(ctx(correspondent), item.articleId);
    expect(view.translations.map((tr) => [tr.lang, tr.outOfDate])).toEqual([
      ["en", false],
      ["ru", true],
    ]);
    clock.advance(60_000);
    await saveTranslation(ctx(correspondent), {
      translationId: item.ru,
      baseVersion: 1,
      bodyHtml: "<p>Новые факты.</p>",
    });
    // The rule knows only times: now the English is the older text.
    view = await loadArticleForEditing(ctx(correspondent), item.articleId);
    expect(view.translations.map((tr) => tr.outOfDate)).toEqual([true, false]);
  });
});
