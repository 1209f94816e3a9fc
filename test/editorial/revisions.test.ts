import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import {
  diffRevisions,
  getRevision,
  listRevisions,
  restoreRevision,
} from "../../src/commands/editorial/revisions.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { validateHtml } from "../helpers/vnu.js";
import {
  auditActions,
  contextFor,
  expectAppError,
  FakeClock,
  makeTeam,
  MINUTE,
  newDraft,
  snapshot,
  walk,
  type Team,
} from "./helpers.js";

describe.each(DIALECTS)("revisions and corrections on %s", (dialect) => {
  let site: DemoSite;
  let team: Team;
  let section: number;
  const clock = new FakeClock("2030-08-01T09:00:00.000Z");
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

  it("keeps every save, shows a word diff between two revisions, and restores an old one", async () => {
    const { correspondent, editor } = team;
    const item = await newDraft(ctx(correspondent), section, "Mission report");
    await saveTranslation(ctx(correspondent), {
      translationId: item.en,
      baseVersion: 1,
      bodyHtml: "<p>The mission met the minister in Yerevan.</p><p>Talks went on.</p>",
    });
    clock.advance(MINUTE);
    await saveTranslation(ctx(editor), {
      translationId: item.en,
      baseVersion: 2,
      title: "Mission report from Armenia",
      bodyHtml: "<p>The mission met the prime minister in Yerevan.</p><p>Talks went on.</p>",
    });
    const revisions = await listRevisions(ctx(correspondent), item.en);
    expect(revisions.map((r) => [r.version, r.authorName])).toEqual([
      [3, "editor"],
      [2, "corr"],
      [1, "corr"],
    ]);
    const [v3, v2, v1] = revisions;
    if (!v1 || !v2 || !v3) throw new Error("three revisions expected");

    const diff = await diffRevisions(ctx(editor), { from: v2.id, to: v3.id });
    expect(diff.body.ops).toEqual([
      { type: "equal", text: "The mission met the " },
      { type: "insert", text: "prime " },
      { type: "equal", text: "minister in Yerevan.\nTalks went on." },
    ]);
    expect(diff.title.ops.filter((op) => op.type !== "equal")).toEqual([
      { type: "insert", text: " from Armenia" },
    ]);
    expect([diff.title.inserted, diff.title.deleted, diff.body.inserted]).toEqual([2, 0, 1]);
    const back = await diffRevisions(ctx(editor), { from: v3.id, to: v1.id });
    expect(back.body.deleted).toBeGreaterThan(0);
    expect((await getRevision(ctx(editor), v1.id)).bodyHtml).toBe("<p>The Mission report body text.</p>");

    const before = await snapshot(store());
    await expectAppError(restoreRevision(ctx(editor), { revisionId: v1.id, baseVersion: 2 }), "conflict");
    expect(await snapshot(store())).toBe(before);

    const restored = await restoreRevision(ctx(editor), { revisionId: v1.id, baseVersion: 3 });
    expect(restored).toMatchObject({ changed: true, version: 4 });
    const row = await store()
      .db.selectFrom("article_translations")
      .selectAll()
      .where("id", "=", item.en)
      .executeTakeFirstOrThrow();
    expect([row.title, row.body_html]).toEqual(["Mission report", "<p>The Mission report body text.</p>"]);
    expect((await listRevisions(ctx(editor), item.en)).map((r) => r.version)).toEqual([4, 3, 2, 1]);
    const audit = await auditActions(store(), "revision_restored");
    expect(JSON.parse(audit.at(-1)?.details ?? "{}")).toMatchObject({
      restoredRevisionId: v1.id,
      version: 4,
    });
  });

  it("shows corrections on the public page, newest first, in the reader's language, as valid HTML", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newDraft(ctx(correspondent), section, "Corrected item");
    for (const id of [item.en, item.ru]) {
      await walk(ctx, id, [
        [correspondent, "submit"],
        [editor, "approve"],
        [publisher, "publish"],
      ]);
    }
    const slugs = await store()
      .db.selectFrom("article_translations")
      .select(["lang", "slug"])
      .where("article_id", "=", item.articleId)
      .orderBy("lang")
      .execute();
    const enPath = `/en/news/news_odkb/${slugs[0]?.slug ?? ""}/`;
    const ruPath = `/ru/news/news_odkb/${slugs[1]?.slug ?? ""}/`;
    expect(await (await site.request(enPath)).text()).not.toContain("Corrected on");

    clock.advance(24 * 60 * MINUTE);
    await saveTranslation(ctx(publisher), {
      translationId: item.en,
      baseVersion: 1,
      bodyHtml: "<p>The right figure is 12.</p>",
      correction: { note: "An earlier version gave the wrong figure." },
    });
    clock.advance(24 * 60 * MINUTE);
    await saveTranslation(ctx(publisher), {
      translationId: item.en,
      baseVersion: 2,
      title: "Corrected item, twice",
      correction: { note: "The title <was> unclear." },
    });
    await saveTranslation(ctx(publisher), {
      translationId: item.ru,
      baseVersion: 1,
      lead: "Исправленная вводка",
      correction: { note: "Уточнена вводка." },
    });

    const en = await (await site.request(enPath)).text();
    const first = en.indexOf(
      'Corrected on <time datetime="2030-08-03">3 August 2030</time>: The title &lt;was&gt; unclear.',
    );
    const second = en.indexOf(
      'Corrected on <time datetime="2030-08-02">2 August 2030</time>: An earlier version gave the wrong figure.',
    );
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(en).toContain("The right figure is 12.");
    const ru = await (await site.request(ruPath)).text();
    expect(ru).toContain('Исправлено <time datetime="2030-08-03">3 августа 2030 г.</time>: Уточнена вводка.');
    expect(ru).not.toContain("wrong figure");

    const reports = await validateHtml([
      { name: "en", html: en },
      { name: "ru", html: ru },
    ]);
    for (const [name, report] of reports) expect(report.errors, name).toEqual([]);
  });
});
