import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPreviewLink, embargoArticle, saveTranslation } from "../../src/commands/editorial/index.js";
import type { AdminSite } from "../auth/support.js";
import { CookieJar } from "../auth/support.js";
import { snapshot } from "../editorial/helpers.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  approve,
  createItemsSite,
  makeTeam,
  newItem,
  postAs,
  signedInMember,
  type Member,
} from "./actionsSupport.js";

const HOUR = 3_600_000;

/** The roles that act here, and a correspondent who is not the author of the draft below. */
type Who = "correspondent" | "editor" | "publisher" | "administrator" | "stranger";

/**
 * Every state-changing route of the workflow, embargo, preview-link, revision and delete routers, tried by each
 * role that may not use it and by a visitor without a session: 403, or a redirect to sign in, and no change.
 */
describe.each(DIALECTS)("who may not change items, route by route, on %s", (dialect) => {
  let admin: AdminSite;
  let members: Record<Who, Member>;
  let routes: { path: string; fields: Record<string, string>; refused: Who[] }[];

  beforeAll(async () => {
    admin = await createItemsSite(dialect);
    const team = await makeTeam(admin);
    members = {
      ...team,
      administrator: await signedInMember(admin, "root", "administrator"),
      stranger: await signedInMember(admin, "stranger", "correspondent"),
    };
    const ctx = {
      store: admin.store,
      actor: team.publisher.actor,
      languages: ["en", "ru"],
      clock: admin.clock,
    };
    // Under embargo, with a link and a second version: every route below would succeed for a publisher.
    const held = await newItem(admin, team, "Held item");
    await approve(admin, team, held.en);
    await embargoArticle(ctx, {
      articleId: held.articleId,
      until: new Date(admin.clock.now().getTime() + HOUR).toISOString(),
    });
    const link = await createPreviewLink(ctx, {
      articleId: held.articleId,
      label: "Agency",
      expiresAt: new Date(admin.clock.now().getTime() + HOUR).toISOString(),
    });
    const draft = await newItem(admin, team, "Someone's draft");
    await saveTranslation(
      { ...ctx, actor: team.correspondent.actor },
      { translationId: draft.en, baseVersion: 1, bodyHtml: "<p>Second.</p>" },
    );
    const id = held.articleId;
    routes = [
      {
        path: `/admin/items/${id}/embargo`,
        fields: { until: "2026-11-29T10:00" },
        refused: ["correspondent", "editor"],
      },
      { path: `/admin/items/${id}/embargo/lift`, fields: {}, refused: ["correspondent", "editor"] },
      { path: `/admin/items/${id}/embargo/release`, fields: {}, refused: ["correspondent", "editor"] },
      {
        path: `/admin/items/${id}/previews`,
        fields: { label: "X", hours: "2" },
        refused: ["correspondent", "editor"],
      },
      {
        path: `/admin/items/${id}/previews/${link.linkId}/revoke`,
        fields: {},
        refused: ["correspondent", "editor"],
      },
      { path: `/admin/items/${id}/delete`, fields: { confirm: "yes" }, refused: ["correspondent", "editor"] },
      {
        path: `/admin/items/${draft.articleId}/translations/en/transition`,
        fields: { action: "submit" },
        // Only the author, or an editor and up, may submit a draft.
        refused: ["stranger"],
      },
      {
        path: `/admin/items/${draft.articleId}/translations/en/revisions/1/restore`,
        fields: { baseVersion: "2" },
        refused: ["stranger"],
      },
    ];
  });
  afterAll(async () => {
    await admin?.destroy();
  });

  it("refuses every role without the right with 403, and changes nothing", async () => {
    const before = await snapshot(admin.store);
    for (const route of routes) {
      for (const role of route.refused) {
        const res = await postAs(admin, members[role], route.path, route.fields);
        expect(res.status, `${role} → ${route.path}`).toBe(403);
      }
    }
    expect(await snapshot(admin.store)).toBe(before);
  });

  it("sends a visitor without a session to sign in, or refuses one without a token, and changes nothing", async () => {
    const before = await snapshot(admin.store);
    for (const route of routes) {
      const visitor = new CookieJar();
      const token = await admin.csrf("/admin/login", visitor);
      const res = await admin.post(route.path, visitor, { ...route.fields, _csrf: token });
      expect(res.status, route.path).toBe(303);
      expect(res.headers.get("location"), route.path).toBe("/admin/login");
      const bare = await admin.post(route.path, new CookieJar(), route.fields);
      expect(bare.status, route.path).toBe(403);
      const json = await admin.post(route.path, new CookieJar(), route.fields, {
        Accept: "application/json",
      });
      expect([401, 403], route.path).toContain(json.status);
    }
    expect(await snapshot(admin.store)).toBe(before);
  });

  it("lets those with the right through on the same routes", async () => {
    // Lifting ends the embargo that releasing needs, so the item is put under embargo again in between.
    for (const index of [0, 3, 4, 1, 0, 2, 5]) {
      const route = routes[index];
      if (!route) throw new Error(`no route ${index}`);
      const res = await postAs(admin, members.publisher, route.path, route.fields);
      expect(res.status, route.path).toBe(route.path.endsWith("/previews") ? 200 : 303);
    }
    // The author restores first: once submitted, the draft is no longer theirs to change.
    for (const route of routes.slice(6).reverse()) {
      expect((await postAs(admin, members.correspondent, route.path, route.fields)).status, route.path).toBe(
        303,
      );
    }
  });

  it("refuses a signed-in publisher's request without the CSRF token", async () => {
    const before = await snapshot(admin.store);
    for (const route of routes) {
      const res = await postAs(admin, members.publisher, route.path, { ...route.fields, _csrf: "" });
      expect(res.status, route.path).toBe(403);
    }
    expect(await snapshot(admin.store)).toBe(before);
  });
});
