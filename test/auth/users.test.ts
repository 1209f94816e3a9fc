import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/audit/log.js";
import { findUserByEmail } from "../../src/store/users.js";
import { DIALECTS } from "../helpers/stores.js";
import { CookieJar, createAdminSite, PASSWORD, type AdminSite } from "./support.js";

describe.each(DIALECTS)("users, roles and the audit log on %s", (dialect) => {
  let site: AdminSite;
  const admin = new CookieJar();
  const editor = new CookieJar();
  let editorId = 0;
  const auditCount = async () => (await site.store.db.selectFrom("audit_log").select("id").execute()).length;
  const roleOf = async (email: string) => (await findUserByEmail(site.store.db, email))?.role;

  beforeAll(async () => {
    site = await createAdminSite(dialect);
    await site.addUser("admin@example.org", "administrator");
    editorId = await site.addUser("editor@example.org", "editor");
    await site.addUser("writer@example.org", "correspondent");
    await site.signIn(admin, "admin@example.org");
    await site.signIn(editor, "editor@example.org");
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("shows administrators the users page, forbids it to an editor and sends strangers to sign in", async () => {
    const page = await site.get("/admin/users", admin);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("editor@example.org");
    expect(html).toContain('aria-current="page"');

    const forbidden = await site.get("/admin/users", editor);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain("Your role does not allow this.");
    const json = await site.get("/admin/audit", editor, { Accept: "application/json" });
    expect(json.status).toBe(403);
    expect(await json.json()).toMatchObject({ error: { code: "forbidden" } });

    const stranger = await site.get("/admin/users", new CookieJar());
    expect(stranger.status).toBe(303);
    expect(stranger.headers.get("location")).toBe("/admin/login?next=%2Fadmin%2Fusers");
    // The editor's navigation has no Users or Audit log entries.
    const account = await (await site.get("/admin/account", editor)).text();
    expect(account).not.toContain('href="/admin/users"');
    expect(account).toContain('href="/admin/items"');
  });

  it("refuses state changes from the wrong role, without a session, or without the CSRF token", async () => {
    const before = await auditCount();
    const editorToken = await site.csrf("/admin/account", editor);
    const byEditor = await site.post(`/admin/users/${editorId}/role`, editor, {
      _csrf: editorToken,
      role: "administrator",
    });
    expect(byEditor.status).toBe(403);
    const anonymous = await site.post(`/admin/users/${editorId}/role`, new CookieJar(), {
      role: "administrator",
    });
    expect(anonymous.status).toBe(403);
    const noToken = await site.post(`/admin/users/${editorId}/role`, admin, { role: "publisher" });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain("Nothing was changed.");
    const wrongToken = await site.post(
      `/admin/users/${editorId}/role`,
      admin,
      { role: "publisher" },
      { "X-CSRF-Token": editorToken },
    );
    expect(wrongToken.status).toBe(403);
    const json = await site.post(
      `/admin/users/${editorId}/disable`,
      admin,
      {},
      { Accept: "application/json" },
    );
    expect(await json.json()).toMatchObject({ error: { code: "forbidden", details: { reason: "csrf" } } });
    expect(await roleOf("editor@example.org")).toBe("editor");
    expect(await auditCount()).toBe(before);
  });

  it("changes a role, audited with who did it", async () => {
    const token = await site.csrf("/admin/users", admin);
    const r = await site.post(`/admin/users/${editorId}/role`, admin, { _csrf: token, role: "publisher" });
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("/admin/users?notice=role");
    expect(await roleOf("editor@example.org")).toBe("publisher");
    const entry = await site.store.db
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: "role_changed",
      actor_label: "admin@example.org",
      subject_id: String(editorId),
    });
    expect(JSON.parse(entry.details)).toMatchObject({ from: "editor", to: "publisher" });
    // The header token works as well as the form field.
    const back = await site.post(
      `/admin/users/${editorId}/role`,
      admin,
      { role: "editor" },
      { "X-CSRF-Token": token },
    );
    expect(back.status).toBe(303);
    expect(await roleOf("editor@example.org")).toBe("editor");
  });

  it("creates users from the form and explains what is wrong", async () => {
    const token = await site.csrf("/admin/users", admin);
    const short = await site.post("/admin/users", admin, {
      _csrf: token,
      name: "New Person",
      email: "new@example.org",
      role: "editor",
      lang: "ru",
      password: "short",
    });
    expect(short.status).toBe(422);
    const html = await short.text();
    expect(html).toContain("The password must be at least 12 characters long.");
    expect(html).toContain('value="new@example.org"');
    const created = await site.post("/admin/users", admin, {
      _csrf: token,
      name: "New Person",
      email: "new@example.org",
      role: "editor",
      lang: "ru",
      password: PASSWORD,
    });
    expect(created.status).toBe(303);
    expect(await findUserByEmail(site.store.db, "new@example.org")).toMatchObject({
      role: "editor",
      uiLanguage: "ru",
    });
    const again = await site.post("/admin/users", admin, {
      _csrf: token,
      name: "Twin",
      email: "NEW@example.org",
      role: "editor",
      lang: "en",
      password: PASSWORD,
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Someone already has this e-mail address.");
    // The new user's pages are in Russian.
    const jar = new CookieJar();
    await site.signIn(jar, "new@example.org");
    expect(await (await site.get("/admin/account", jar)).text()).toContain("Учётная запись");
  });

  it("stops a disabled user's live session at once, and lets them back when enabled", async () => {
    const writer = new CookieJar();
    await site.signIn(writer, "writer@example.org");
    expect((await site.get("/admin/account", writer)).status).toBe(200);
    const writerId = (await findUserByEmail(site.store.db, "writer@example.org"))?.id ?? 0;

    // Even if the sessions were left behind, a disabled account's session does not work.
    await site.store.db
      .updateTable("users")
      .set({ disabled_at: site.clock.now().toISOString() })
      .where("id", "=", writerId)
      .execute();
    expect((await site.get("/admin/account", writer)).status).toBe(303);
    await site.store.db.updateTable("users").set({ disabled_at: null }).where("id", "=", writerId).execute();

    await site.signIn(writer, "writer@example.org");
    const token = await site.csrf("/admin/users", admin);
    const disabled = await site.post(`/admin/users/${writerId}/disable`, admin, { _csrf: token });
    expect(disabled.status).toBe(303);
    const dead = await site.get("/admin/account", writer);
    expect(dead.status).toBe(303);
    expect(dead.headers.get("location")).toContain("/admin/login");
    expect((await site.signIn(new CookieJar(), "writer@example.org")).status).toBe(401);
    const lastFailure = await site.store.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "sign_in_failed")
      .orderBy("id", "desc")
      .executeTakeFirst();
    expect(lastFailure?.details).toContain("account_disabled");

    await site.post(`/admin/users/${writerId}/enable`, admin, { _csrf: token });
    expect((await site.signIn(new CookieJar(), "writer@example.org")).status).toBe(303);
  });

  it("changes the user's own password and language from the account page", async () => {
    const jar = new CookieJar();
    await site.signIn(jar, "writer@example.org");
    const other = new CookieJar();
    await site.signIn(other, "writer@example.org");
    const token = await site.csrf("/admin/account", jar);
    const wrong = await site.post("/admin/account/password", jar, {
      _csrf: token,
      current: "not my password",
      password: "a brand new password",
      repeat: "a brand new password",
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("The current password is not right.");
    const changed = await site.post("/admin/account/password", jar, {
      _csrf: token,
      current: PASSWORD,
      password: "a brand new password",
      repeat: "a brand new password",
    });
    expect(changed.status).toBe(303);
    expect((await site.get("/admin/account", jar)).status).toBe(200);
    expect((await site.get("/admin/account", other)).status).toBe(303);
    expect((await site.signIn(new CookieJar(), "writer@example.org", "a brand new password")).status).toBe(
      303,
    );

    await site.post("/admin/account/language", jar, { _csrf: token, lang: "ru" });
    const ru = await (await site.get("/admin/account?notice=language", jar)).text();
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain("Язык интерфейса изменён.");
  });

  it("lists and filters the audit log for administrators, newest first", async () => {
    const all = await (await site.get("/admin/audit", admin)).text();
    const ids = [...all.matchAll(/<tr><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(ids.length).toBeGreaterThan(5);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const roles = await (await site.get("/admin/audit?action=role_changed", admin)).text();
    expect(roles).toContain("2 entries");
    const byActor = await (await site.get("/admin/audit?actor=WRITER%40", admin)).text();
    expect(byActor).toContain("writer@example.org");
    expect(byActor).not.toContain('<td class="break">admin@example.org</td>');
    const today = site.clock.now().toISOString().slice(0, 10);
    expect(await (await site.get(`/admin/audit?from=${today}&to=${today}`, admin)).text()).toContain(
      "<table",
    );
    expect(await (await site.get("/admin/audit?from=2000-01-01&to=2000-01-02", admin)).text()).toContain(
      "No entries match.",
    );
    expect((await site.get("/admin/audit?from=yesterday", admin)).status).toBe(400);
    expect((await site.get("/admin/audit?page=0", admin)).status).toBe(400);
    expect((await verifyAuditChain(site.store.db)).problem).toBeUndefined();
  });
});
