import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conflictDetailsOf } from "../../src/commands/editorial/conflict.js";
import type { Actor } from "../../src/commands/editorial/context.js";
import { createDraft } from "../../src/commands/editorial/createDraft.js";
import { listRevisions } from "../../src/commands/editorial/revisions.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { isAppError } from "../../src/lib/errors.js";
import { makeNewsSections } from "../helpers/content.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import {
  auditActions,
  contextFor,
  draftInput,
  expectAppError,
  FakeClock,
  makeTeam,
  newDraft,
  snapshot,
  walk,
  type Team,
} from "./helpers.js";

describe.each(DIALECTS)("saving translations on %s", (dialect) => {
  let t: TestStore;
  let team: Team;
  let clock: FakeClock;
  let sections: { news: number; odkb: number };
  const ctx = (actor: Actor) => contextFor(t.store, actor, clock);
  const row = (id: number) =>
    t.store.db.selectFrom("article_translations").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  beforeEach(async () => {
    t = await createTestStore(dialect);
    team = await makeTeam(t.store);
    clock = new FakeClock("2030-04-01T09:00:00.000Z");
    sections = await makeNewsSections(t.store);
  });
  afterEach(async () => {
    await t.destroy();
  });

  it("gives one of two concurrent saves the conflict, with both texts, and loses neither", async () => {
    const { correspondent, editor } = team;
    const item = await newDraft(ctx(correspondent), sections.odkb, "Talks");
    const mine = {
      translationId: item.en,
      baseVersion: 1,
      title: "Talks in Minsk",
      bodyHtml: "<p>Mine.</p>",
    };
    const theirs = {
      translationId: item.en,
      baseVersion: 1,
      title: "Talks in Astana",
      bodyHtml: "<p>Theirs.</p>",
    };
    const results = await Promise.allSettled([
      saveTranslation(ctx(correspondent), mine),
      saveTranslation(ctx(editor), theirs),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won.length).toBe(1);
    expect(lost.length).toBe(1);
    const error = lost[0];
    if (!isAppError(error)) throw error;
    expect(error.code).toBe("conflict");
    expect(error.status).toBe(409);
    const details = conflictDetailsOf(error);
    const winner = results[0]?.status === "fulfilled" ? mine : theirs;
    const loser = winner === mine ? theirs : mine;
    expect(details?.current).toMatchObject({ version: 2, title: winner.title, bodyHtml: winner.bodyHtml });
    expect(details?.current.updatedBy?.id).toBe(winner === mine ? correspondent.id : editor.id);
    expect(details?.submitted).toEqual({ title: loser.title, bodyHtml: loser.bodyHtml });

    const stored = await row(item.en);
    expect([stored.title, stored.body_html, stored.version]).toEqual([winner.title, winner.bodyHtml, 2]);
    const revisions = await listRevisions(ctx(editor), item.en);
    expect(revisions.map((r) => [r.version, r.title])).toEqual([
      [2, winner.title],
      [1, "Talks"],
    ]);
  });

  it("refuses a save based on an old version and writes nothing", async () => {
    const { correspondent } = team;
    const item = await newDraft(ctx(correspondent), sections.odkb, "Meeting");
    const first = await saveTranslation(ctx(correspondent), {
      translationId: item.en,
      baseVersion: 1,
      lead: "New lead",
    });
    expect(first).toMatchObject({ changed: true, version: 2 });
    const before = await snapshot(t.store);
    const error = await expectAppError(
      saveTranslation(ctx(correspondent), { translationId: item.en, baseVersion: 1, lead: "Stale lead" }),
      "conflict",
    );
    expect(conflictDetailsOf(error)?.current.lead).toBe("New lead");
    expect(await snapshot(t.store)).toBe(before);
  });

  it("bumps the version and records one revision per save, none for a save that changes nothing", async () => {
    const { correspondent } = team;
    const item = await newDraft(ctx(correspondent), sections.odkb, "Exercise");
    let version = 1;
    for (const title of ["Exercise one", "Exercise two", "Exercise three"]) {
      clock.advance(1000);
      const saved = await saveTranslation(ctx(correspondent), {
        translationId: item.en,
        baseVersion: version,
        title,
      });
      expect(saved.version).toBe(version + 1);
      expect(saved.contentChangedAt).toBe(clock.iso());
      version = saved.version;
    }
    const same = await saveTranslation(ctx(correspondent), {
      translationId: item.en,
      baseVersion: version,
      title: "Exercise three",
    });
    expect(same).toMatchObject({ changed: false, version, revisionId: undefined });
    const revisions = await listRevisions(ctx(correspondent), item.en);
    expect(revisions.map((r) => r.version)).toEqual([4, 3, 2, 1]);
    expect(revisions[0]).toMatchObject({ authorName: "corr", isCorrection: false });
  });

  it("sanitizes the body, checks slugs, and changes shared fields for every language", async () => {
    const { correspondent, editor } = team;
    await createDraft(ctx(correspondent), draftInput(sections.odkb, "Taken"));
    const item = await newDraft(ctx(correspondent), sections.odkb, "Summit");
    const saved = await saveTranslation(ctx(correspondent), {
      translationId: item.en,
      baseVersion: 1,
      bodyHtml: '<p onclick="x()">Hi<script>alert(1)</script></p>',
      slug: "summit-2030",
    });
    const stored = await row(item.en);
    expect([stored.body_html, stored.slug, saved.slug]).toEqual(["<p>Hi</p>", "summit-2030", "summit-2030"]);

    const before = await snapshot(t.store);
    const taken = await expectAppError(
      saveTranslation(ctx(correspondent), { translationId: item.en, baseVersion: 2, slug: "taken" }),
      "slug_taken",
    );
    expect(taken.details).toMatchObject({ lang: "en", slug: "taken" });
    await expectAppError(
      saveTranslation(ctx(correspondent), { translationId: item.en, baseVersion: 2, slug: "no slashes/" }),
      "validation_failed",
    );
    await expectAppError(
      saveTranslation(ctx(correspondent), { translationId: item.en, baseVersion: 2, title: "  " }),
      "validation_failed",
    );
    await expectAppError(
      saveTranslation(ctx(correspondent), {
        translationId: item.en,
        baseVersion: 2,
        article: { kind: "poem", eventStart: "2030-02-30" },
      }),
      "validation_failed",
    );
    expect(await snapshot(t.store)).toBe(before);

    await saveTranslation(ctx(editor), {
      translationId: item.en,
      baseVersion: 2,
      article: {
        sectionId: sections.news,
        kind: "statement",
        eventStart: "2030-04-02",
        eventEnd: "2030-04-03",
      },
    });
    const both = await t.store.db
      .selectFrom("article_translations")
      .select(["lang", "section_id"])
      .where("article_id", "=", item.articleId)
      .orderBy("lang")
      .execute();
    expect(both).toEqual([
      { lang: "en", section_id: sections.news },
      { lang: "ru", section_id: sections.news },
    ]);
    const article = await t.store.db
      .selectFrom("articles")
      .selectAll()
      .where("id", "=", item.articleId)
      .executeTakeFirstOrThrow();
    expect([article.kind, article.event_start, article.event_end]).toEqual([
      "statement",
      "2030-04-02",
      "2030-04-03",
    ]);
  });

  it("never changes published text without a record, and refuses it to those who may not correct", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newDraft(ctx(correspondent), sections.odkb, "Agreement");
    await walk(ctx, item.en, [
      [correspondent, "submit"],
      [editor, "approve"],
      [publisher, "publish"],
    ]);
    const before = await snapshot(t.store);
    const refused = await expectAppError(
      saveTranslation(ctx(editor), { translationId: item.en, baseVersion: 1, title: "Quietly changed" }),
      "forbidden",
    );
    expect(refused.details).toMatchObject({ permission: "article.correct" });
    await expectAppError(
      saveTranslation(ctx(correspondent), {
        translationId: item.en,
        baseVersion: 1,
        title: "Quietly changed",
      }),
      "forbidden",
    );
    // The address of public text stays.
    await expectAppError(
      saveTranslation(ctx(publisher), { translationId: item.en, baseVersion: 1, slug: "elsewhere" }),
      "validation_failed",
    );
    expect(await snapshot(t.store)).toBe(before);

    const edited = await saveTranslation(ctx(publisher), {
      translationId: item.en,
      baseVersion: 1,
      lead: "A better lead",
    });
    expect(edited.correctionId).toBeUndefined();
    const silent = await auditActions(t.store, "published_text_edited");
    expect(silent.map((a) => [a.subjectId, a.actorId])).toEqual([[String(item.en), publisher.id]]);

    const corrected = await saveTranslation(ctx(publisher), {
      translationId: item.en,
      baseVersion: 2,
      title: "Agreement signed in Minsk",
      correction: { note: "The city was wrong." },
    });
    expect(corrected.correctionId).toBeGreaterThan(0);
    const corrections = await t.store.db.selectFrom("corrections").selectAll().execute();
    expect(corrections.map((c) => [c.translation_id, c.revision_id, c.note, c.corrected_at])).toEqual([
      [item.en, corrected.revisionId, "The city was wrong.", clock.iso()],
    ]);
    expect((await auditActions(t.store, "corrected")).length).toBe(1);
    const revisions = await listRevisions(ctx(editor), item.en);
    expect(revisions[0]).toMatchObject({
      version: 3,
      isCorrection: true,
      correctionNote: "The city was wrong.",
    });

    // A correction note needs a change to correct, and only published text takes one.
    await expectAppError(
      saveTranslation(ctx(publisher), {
        translationId: item.en,
        baseVersion: 3,
        correction: { note: "Nothing" },
      }),
      "validation_failed",
    );
    await expectAppError(
      saveTranslation(ctx(correspondent), {
        translationId: item.ru,
        baseVersion: 1,
        title: "Х",
        correction: { note: "?" },
      }),
      "validation_failed",
    );
  });

  it("records the original text of an item that predates the workflow before its first change", async () => {
    const { publisher } = team;
    const { createArticle } = await import("../../src/commands/createArticle.js");
    const created = await createArticle(
      { store: t.store, languages: ["en", "ru"] },
      {
        sectionId: sections.odkb,
        kind: "news",
        publishedAt: "2023-03-28T09:00:00.000Z",
        translations: [{ lang: "en", title: "Imported", bodyHtml: "<p>Old text.</p>", state: "published" }],
      },
    );
    const id = created.translationIds["en"] ?? 0;
    await saveTranslation(ctx(publisher), {
      translationId: id,
      baseVersion: 1,
      bodyHtml: "<p>New text.</p>",
      correction: { note: "Updated" },
    });
    const revisions = await listRevisions(ctx(publisher), id);
    expect(revisions.map((r) => [r.version, r.isCorrection])).toEqual([
      [2, true],
      [1, false],
    ]);
  });
});
