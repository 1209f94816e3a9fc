import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { countPublished } from "../../src/store/publicArticles.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { contextFor, FakeClock, makeTeam, newDraft, walk, type Team } from "../editorial/helpers.js";

/** List counts are kept between requests; every publication and withdrawal must show in the next count. */
describe.each(DIALECTS)("kept list counts on %s", (dialect) => {
  let site: DemoSite;
  let team: Team;
  const clock = new FakeClock("2031-06-01T09:00:00.000Z");
  const ctx = (actor: Actor) => contextFor(site.testStore.store, actor, clock);
  const db = () => site.testStore.store.db;

  beforeAll(async () => {
    site = await createDemoSite(dialect, {}, { clock });
    team = await makeTeam(site.testStore.store);
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("counts a publication and a withdrawal at once, per language", async () => {
    const section = await db()
      .selectFrom("section_translations")
      .select("section_id")
      .where("path", "=", "news/news_odkb")
      .executeTakeFirstOrThrow();
    const ids = [section.section_id];
    const before = { en: await countPublished(db(), "en", ids), ru: await countPublished(db(), "ru", ids) };
    const item = await newDraft(ctx(team.correspondent), section.section_id, "Counted item");
    await walk(ctx, item.en, [
      [team.correspondent, "submit"],
      [team.editor, "approve"],
      [team.publisher, "publish"],
    ]);
    expect(await countPublished(db(), "en", ids)).toBe(before.en + 1);
    expect(await countPublished(db(), "ru", ids)).toBe(before.ru);
    await walk(ctx, item.en, [[team.publisher, "unpublish"]]);
    expect(await countPublished(db(), "en", ids)).toBe(before.en);
  });
});
