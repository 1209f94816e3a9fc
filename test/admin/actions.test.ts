import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdminSite } from "../auth/support.js";
import { CookieJar } from "../auth/support.js";
import { snapshot } from "../editorial/helpers.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  approve,
  audited,
  createItemsSite,
  newItem,
  postAs,
  signedInMember,
  stateOf,
  walk,
  type Member,
  type Team,
  makeTeam,
} from "./actionsSupport.js";

const HOUR = 3_600_000;

describe.each(DIALECTS)("workflow actions over HTTP on %s", (dialect) => {
  let admin: AdminSite;
  let team: Team;

  beforeAll(async () => {
    // Moscow is UTC+3 all year: a datetime-local 15:30 there is 12:30 UTC.
    admin = await createItemsSite(dialect, { timezone: "Europe/Moscow" });
    team = await makeTeam(admin);
  });
  afterAll(async () => {
    await admin?.destroy();
  });

  const transitionPath = (articleId: number, lang: string) =>
    `/admin/items/${articleId}/translations/${lang}/transition`;
  const act = (member: Member, articleId: number, lang: string, fields: Record<string, string>) =>
    postAs(admin, member, transitionPath(articleId, lang), fields);

  it("takes a translation through every action with the right role, each audited and answered 303", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newItem(admin, team, "Walked item");
    const expectStep = async (
      member: Member,
      fields: Record<string, string>,
      state: string,
      audit: string,
    ): Promise<void> => {
      const before = (await audited(admin.store, audit)).length;
      const res = await act(member, item.articleId, "en", fields);
      expect(res.status, `${fields["action"]}: ${await res.clone().text()}`).toBe(303);
      expect(res.headers.get("location")).toBe(
        `/admin/items/${item.articleId}?notice=${fields["action"]}#workflow-${item.en}`,
      );
      expect(await stateOf(admin.store, item.en)).toBe(state);
      const entries = await audited(admin.store, audit);
      expect(entries).toHaveLength(before + 1);
      expect(entries.at(-1)).toMatchObject({ actorId: member.id, subjectId: String(item.en) });
    };

    await expectStep(correspondent, { action: "submit" }, "in_review", "submitted");
    await expectStep(editor, { action: "return", note: "Check the dates" }, "draft", "returned");
    expect((await audited(admin.store, "returned")).at(-1)?.details).toMatchObject({
      note: "Check the dates",
    });
    await expectStep(correspondent, { action: "submit" }, "in_review", "submitted");
    await expectStep(editor, { action: "approve", note: "" }, "approved", "approved");
    await expectStep(publisher, { action: "schedule", at: "2026-11-28T15:30" }, "scheduled", "scheduled");
    const row = await admin.store.db
      .selectFrom("article_translations")
      .select(["scheduled_at", "approved_by"])
      .where("id", "=", item.en)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ scheduled_at: "2026-11-28T12:30:00.000Z", approved_by: editor.id });
    await expectStep(publisher, { action: "unschedule" }, "approved", "unscheduled");
    await expectStep(publisher, { action: "publish" }, "published", "published");
    await expectStep(publisher, { action: "unpublish" }, "unpublished", "unpublished");
    await expectStep(publisher, { action: "reopen" }, "draft", "reopened");
    // The Russian never moved with the English.
    expect(await stateOf(admin.store, item.ru)).toBe("draft");
  });

  it("answers a script in JSON", async () => {
    const item = await newItem(admin, team, "Scripted item");
    const res = await postAs(
      admin,
      team.correspondent,
      transitionPath(item.articleId, "ru"),
      { action: "submit" },
      { Accept: "application/json" },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      transition: { translationId: item.ru, from: "draft", to: "in_review" },
    });
  });

  it("refuses a role that may not act with 403, a localized reason, and no change", async () => {
    const { correspondent, editor } = team;
    const item = await newItem(admin, team, "Not yours to approve");
    await walk(admin, item.en, [[correspondent, "submit"]]);
    const before = await snapshot(admin.store);
    const res = await act(correspondent, item.articleId, "en", { action: "approve" });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Your role does not allow this.");
    expect(await snapshot(admin.store)).toBe(before);

    await walk(admin, item.en, [[editor, "approve"]]);
    const approved = await snapshot(admin.store);
    const publish = await act(editor, item.articleId, "en", { action: "publish" });
    expect(publish.status).toBe(403);
    const json = await postAs(
      admin,
      editor,
      transitionPath(item.articleId, "en"),
      { action: "schedule", at: "2026-12-01T10:00" },
      { Accept: "application/json" },
    );
    expect(json.status).toBe(403);
    expect(await json.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await snapshot(admin.store)).toBe(approved);
  });

  it("says in the user's language why an author may not approve their own item", async () => {
    const russianEditor = await signedInMember(admin, "redaktor", "editor");
    await admin.store.db
      .updateTable("users")
      .set({ ui_language: "ru" })
      .where("id", "=", russianEditor.id)
      .execute();
    const ctxTeam = { ...team, correspondent: russianEditor };
    const item = await newItem(admin, ctxTeam, "Own item");
    await walk(admin, item.en, [[russianEditor, "submit"]]);
    const before = await snapshot(admin.store);
    const res = await act(russianEditor, item.articleId, "en", { action: "approve" });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('lang="ru"');
    expect(html).toContain("Автор не может одобрить свой материал");
    expect(await snapshot(admin.store)).toBe(before);
  });

  it("sends a visitor without a session to sign in, and changes nothing", async () => {
    const item = await newItem(admin, team, "Anonymous try");
    const before = await snapshot(admin.store);
    const visitor = new CookieJar();
    // With the sign-in form's own CSRF token, the request gets as far as the session check.
    const token = await admin.csrf("/admin/login", visitor);
    const res = await admin.post(transitionPath(item.articleId, "en"), visitor, {
      _csrf: token,
      action: "submit",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/login");
    // Without any token it is refused before that.
    const bare = await admin.post(transitionPath(item.articleId, "en"), new CookieJar(), {
      action: "submit",
    });
    expect(bare.status).toBe(403);
    expect(await snapshot(admin.store)).toBe(before);
  });

  it("refuses a request without the CSRF token with 403, and changes nothing", async () => {
    const item = await newItem(admin, team, "No token");
    const before = await snapshot(admin.store);
    const res = await act(team.correspondent, item.articleId, "en", { _csrf: "", action: "submit" });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("The form has expired");
    const wrong = await act(team.correspondent, item.articleId, "en", { _csrf: "forged", action: "submit" });
    expect(wrong.status).toBe(403);
    expect(await snapshot(admin.store)).toBe(before);
  });

  it("refuses a schedule in the past, or no time at all, with a clear message", async () => {
    const item = await newItem(admin, team, "Past schedule");
    await approve(admin, team, item.en);
    const before = await snapshot(admin.store);
    // 11:30 in Moscow is 08:30 UTC, half an hour before the test clock's 09:00 UTC.
    for (const at of ["2026-11-28T11:30", "", "tomorrow"]) {
      const res = await act(team.publisher, item.articleId, "en", { action: "schedule", at });
      expect(res.status, at).toBe(422);
      const html = await res.text();
      expect(html).toContain("Choose a publication time in the future.");
      expect(html).toContain(`href="/admin/items/${item.articleId}"`);
    }
    expect(await snapshot(admin.store)).toBe(before);
    admin.clock.advance(0);
    const ok = await act(team.publisher, item.articleId, "en", {
      action: "schedule",
      at: new Date(admin.clock.now().getTime() + 4 * HOUR).toISOString(),
    });
    expect(ok.status).toBe(303);
  });

  it("needs a note to return an item, and answers an impossible move with 409", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newItem(admin, team, "Needs a note");
    await walk(admin, item.en, [[correspondent, "submit"]]);
    const before = await snapshot(admin.store);
    const noNote = await act(editor, item.articleId, "en", { action: "return", note: "  " });
    expect(noNote.status).toBe(422);
    expect(await noNote.text()).toContain("Returning an item needs a note saying why.");
    const draft = await act(publisher, item.articleId, "ru", { action: "publish" });
    expect(draft.status).toBe(409);
    expect(await draft.text()).toContain("This is not possible now: the translation is Draft.");
    const unknown = await act(publisher, item.articleId, "en", { action: "explode" });
    expect(unknown.status).toBe(400);
    const missing = await act(publisher, item.articleId, "de", { action: "publish" });
    expect(missing.status).toBe(404);
    expect(await snapshot(admin.store)).toBe(before);
  });
});
