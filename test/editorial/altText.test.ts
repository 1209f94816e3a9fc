import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { transition } from "../../src/commands/editorial/transition.js";
import { makeNewsSections } from "../helpers/content.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import {
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

describe.each(DIALECTS)("alt text before publication on %s", (dialect) => {
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

  it("publishes a language only when every image of the item has alt text in it", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newDraft(ctx(correspondent), section, "With a photo");
    const media = await t.store.db
      .insertInto("media")
      .values({
        kind: "image",
        original_name: "photo.jpg",
        content_type: "image/jpeg",
        size: 1000,
        sha256: "a".repeat(64),
        storage_key: `${"a".repeat(64)}.jpg`,
        width: 800,
        height: 600,
        created_by: null,
        created_at: clock.now().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.store.db
      .insertInto("article_media")
      .values({ article_id: item.articleId, media_id: media.id, role: "image" })
      .execute();
    await t.store.db
      .insertInto("media_alt")
      .values({ media_id: media.id, lang: "en", alt: "Delegates at the table" })
      .execute();
    for (const id of [item.en, item.ru]) {
      await walk(ctx, id, [
        [correspondent, "submit"],
        [editor, "approve"],
      ]);
    }

    await transition(ctx(publisher), { translationId: item.en, action: "publish" });
    expect(await stateOf(t.store, item.en)).toBe("published");

    const before = await snapshot(t.store);
    const refused = await expectAppError(
      transition(ctx(publisher), { translationId: item.ru, action: "publish" }),
      "validation_failed",
    );
    expect(refused.message).toContain('alt text in "ru"');
    await expectAppError(
      transition(ctx(publisher), {
        translationId: item.ru,
        action: "schedule",
        at: new Date(clock.now().getTime() + HOUR).toISOString(),
      }),
      "validation_failed",
    );
    expect(await snapshot(t.store)).toBe(before);

    await t.store.db
      .insertInto("media_alt")
      .values({ media_id: media.id, lang: "ru", alt: "Делегаты за столом" })
      .execute();
    await transition(ctx(publisher), { translationId: item.ru, action: "publish" });
    expect(await stateOf(t.store, item.ru)).toBe("published");
  });
});
