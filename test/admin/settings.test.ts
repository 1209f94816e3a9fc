import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transition } from "../../src/commands/editorial/index.js";
import { getSetting } from "../../src/store/settings.js";
import { createAdminSite, type AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  audited,
  makeTeam,
  newItem,
  postAs,
  signedInMember,
  stateOf,
  walk,
  type Member,
  type Team,
} from "./actionsSupport.js";

describe.each(DIALECTS)("the administrator's settings on %s", (dialect) => {
  let admin: AdminSite;
  let root: Member;
  let team: Team;

  beforeAll(async () => {
    admin = await createAdminSite(dialect);
    root = await signedInMember(admin, "root", "administrator");
    team = await makeTeam(admin);
  });
  afterAll(() => admin?.destroy());

  /** An item the editor wrote and submitted: the editor is its author. */
  async function ownItemInReview(title: string): Promise<number> {
    const item = await newItem(admin, { ...team, correspondent: team.editor }, title);
    await walk(admin, item.en, [[team.editor, "submit"]]);
    return item.en;
  }

  const approveAsAuthor = (translationId: number) =>
    transition(
      { store: admin.store, actor: team.editor.actor, languages: ["en", "ru"], clock: admin.clock },
      { translationId, action: "approve", note: "mine" },
    );

  it("shows the setting, on by default, with the navigation entry", async () => {
    const res = await admin.get("/admin/settings", root.jar);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("An author may not approve their own item");
    expect(html).toMatch(/<input[^>]*id="author-may-not-approve"[^>]*checked/);
    expect(html).toContain('href="/admin/settings" aria-current="page"');
  });

  it("lets an author approve their own item once it is turned off, and audits each change", async () => {
    const first = await ownItemInReview("Own item one");
    await expect(approveAsAuthor(first)).rejects.toThrow();
    expect(await stateOf(admin.store, first)).toBe("in_review");

    // Unchecked: the browser sends no field at all.
    const off = await postAs(admin, root, "/admin/settings", {});
    expect(off.status).toBe(303);
    expect(off.headers.get("location")).toBe("/admin/settings?notice=saved");
    expect(await getSetting(admin.store.db, "authorMayNotApprove")).toBe(false);
    expect((await audited(admin.store, "settings_changed")).at(-1)).toEqual({
      actorId: root.id,
      subjectId: "authorMayNotApprove",
      details: { authorMayNotApprove: { old: true, new: false } },
    });
    const page = await (await admin.get("/admin/settings?notice=saved", root.jar)).text();
    expect(page).toContain("The settings were saved.");
    expect(page).not.toMatch(/<input[^>]*id="author-may-not-approve"[^>]*checked/);

    await approveAsAuthor(first);
    expect(await stateOf(admin.store, first)).toBe("approved");

    // Saving the same value again records nothing.
    const same = await postAs(admin, root, "/admin/settings", {});
    expect(same.headers.get("location")).toBe("/admin/settings?notice=unchanged");
    expect(await audited(admin.store, "settings_changed")).toHaveLength(1);

    const on = await postAs(admin, root, "/admin/settings", { authorMayNotApprove: "on" });
    expect(on.status).toBe(303);
    expect((await audited(admin.store, "settings_changed")).at(-1)?.details).toEqual({
      authorMayNotApprove: { old: false, new: true },
    });
    const second = await ownItemInReview("Own item two");
    await expect(approveAsAuthor(second)).rejects.toThrow();
    expect(await stateOf(admin.store, second)).toBe("in_review");
  });

  it("refuses every other role with 403, and changes nothing", async () => {
    const before = await getSetting(admin.store.db, "authorMayNotApprove");
    const entries = (await audited(admin.store, "settings_changed")).length;
    for (const member of [team.correspondent, team.editor, team.publisher]) {
      expect((await admin.get("/admin/settings", member.jar)).status).toBe(403);
      expect((await postAs(admin, member, "/admin/settings", {})).status).toBe(403);
      const items = await (await admin.get("/admin/items", member.jar)).text();
      expect(items).not.toContain('href="/admin/settings"');
    }
    expect(await getSetting(admin.store.db, "authorMayNotApprove")).toBe(before);
    expect(await audited(admin.store, "settings_changed")).toHaveLength(entries);
  });
});
