import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { embargoArticle } from "../../src/commands/editorial/embargo.js";
import { createPreviewLink } from "../../src/commands/editorial/previews.js";
import { transition } from "../../src/commands/editorial/transition.js";
import { ROLES, type Role } from "../../src/domain/roles.js";
import type { TranslationAction } from "../../src/domain/workflow.js";
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
  type Member,
  type Team,
} from "./helpers.js";
import { CASES, type Fixtures } from "./permissionCases.js";

describe.each(DIALECTS)("permissions of every editorial command on %s", (dialect) => {
  let t: TestStore;
  let team: Team;
  let fixtures: Fixtures;
  const clock = new FakeClock("2030-05-01T09:00:00.000Z");
  const members = (): Record<Role, Member> => ({
    correspondent: team.correspondent,
    editor: team.editor,
    publisher: team.publisher,
    administrator: team.administrator,
  });

  beforeAll(async () => {
    t = await createTestStore(dialect);
    team = await makeTeam(t.store);
    const section = (await makeNewsSections(t.store)).odkb;
    let n = 0;
    fixtures = {
      section,
      clock,
      async item(state, author) {
        const item = await newDraft(contextFor(t.store, author, clock), section, `Item ${++n}`);
        const a = contextFor(t.store, team.administrator, clock, { authorMayNotApprove: false });
        const go = async (action: TranslationAction, extra: { at?: string } = {}) => {
          for (const id of [item.en, item.ru])
            await transition(a, { translationId: id, action, note: "ok", ...extra });
        };
        if (state !== "draft") await go("submit");
        if (["approved", "scheduled", "embargoed", "published", "unpublished"].includes(state))
          await go("approve");
        if (state === "scheduled") await go("schedule", { at: clock.later(HOUR) });
        if (state === "published" || state === "unpublished") await go("publish");
        if (state === "unpublished") await go("unpublish");
        if (state === "embargoed") {
          await embargoArticle(a, { articleId: item.articleId, until: clock.later(HOUR) });
          await createPreviewLink(a, {
            articleId: item.articleId,
            label: "Prepared",
            expiresAt: clock.later(HOUR),
          });
        }
        return item;
      },
    };
  });
  afterAll(async () => {
    await t.destroy();
  });

  for (const c of CASES) {
    for (const role of ROLES) {
      const allowed = ROLES.indexOf(role) >= ROLES.indexOf(c.least);
      it(`${c.name}: ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        const actor: Actor = members()[role];
        const author = c.own ? members()[role] : team.otherCorrespondent;
        const item = await fixtures.item(c.state, author);
        await c.prepare?.(contextFor(t.store, "system", clock), item);
        const ctx = contextFor(t.store, actor, clock);
        if (allowed) {
          await c.run(ctx, item, fixtures);
          return;
        }
        const before = await snapshot(t.store);
        const error = await expectAppError(c.run(ctx, item, fixtures), "forbidden");
        expect(error.status).toBe(403);
        expect(await snapshot(t.store)).toBe(before);
      });
    }
  }
});
