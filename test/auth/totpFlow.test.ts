import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base32Decode, totpCode } from "../../src/auth/totp.js";
import { DIALECTS } from "../helpers/stores.js";
import { CookieJar, createAdminSite, csrfOf, type AdminSite } from "./support.js";

function secretOf(html: string): string {
  const match = /<code class="secret">([A-Z2-7 ]+)<\/code>/.exec(html);
  if (!match?.[1]) throw new Error("no TOTP secret on the page");
  return match[1].replace(/ /g, "");
}

describe.each(DIALECTS)("two-step sign-in on %s", (dialect) => {
  let site: AdminSite;
  const codeNow = (secret: string) => totpCode(base32Decode(secret) ?? Buffer.alloc(0), site.clock.now());
  const lastAudit = async () =>
    (
      await site.store.db
        .selectFrom("audit_log")
        .selectAll()
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst()
    )?.action;

  beforeAll(async () => {
    site = await createAdminSite(dialect, { totpRequiredRoles: ["administrator", "publisher"] });
    await site.addUser("secretary@example.org", "publisher");
    await site.addUser("writer@example.org", "correspondent");
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("sends a role that requires TOTP to set it up first, then signs in with a code, never the same twice", async () => {
    const jar = new CookieJar();
    expect((await site.signIn(jar, "secretary@example.org")).status).toBe(303);
    const account = await site.get("/admin/account", jar);
    expect(account.status).toBe(303);
    expect(account.headers.get("location")).toBe("/admin/account/totp");
    const json = await site.get("/admin/items", jar, { Accept: "application/json" });
    expect(json.status).toBe(403);
    const setupPage = await site.get("/admin/account/totp", jar);
    expect(setupPage.status).toBe(200);
    const html = await setupPage.text();
    expect(html).toContain("Your role requires two-step sign-in.");
    expect(html).toContain("otpauth://totp/");
    const secret = secretOf(html);
    // Reloading shows the same secret until it is confirmed.
    expect(secretOf(await (await site.get("/admin/account/totp", jar)).text())).toBe(secret);
    const blocked = await site.post("/admin/account/language", jar, { _csrf: csrfOf(html), lang: "ru" });
    expect(blocked.status).toBe(403);

    const wrong = await site.post("/admin/account/totp/enable", jar, { _csrf: csrfOf(html), code: "000000" });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("The code is not right.");

    const before = jar.get("pressroom_session");
    const usedCode = codeNow(secret);
    const enabled = await site.post("/admin/account/totp/enable", jar, {
      _csrf: csrfOf(html),
      code: usedCode,
    });
    expect(enabled.status).toBe(303);
    expect(enabled.headers.get("location")).toBe("/admin/account?notice=totpEnabled");
    expect(jar.get("pressroom_session")).not.toBe(before);
    expect(await lastAudit()).toBe("second_factor_enabled");
    const page = await (await site.get("/admin/account?notice=totpEnabled", jar)).text();
    expect(page).toContain("Two-step sign-in is on.");
    expect(page).toContain("Your role requires two-step sign-in, so it cannot be turned off.");

    // Sign out and in again: the password alone gives only a pending session.
    await site.post("/admin/logout", jar, { _csrf: csrfOf(page) });
    const signIn = await site.signIn(jar, "secretary@example.org");
    expect(signIn.headers.get("location")).toBe("/admin/login/code?lang=en");
    const pendingToken = jar.get("pressroom_session");
    expect((await site.get("/admin/account", jar)).status).toBe(303);
    const codeForm = await (await site.get("/admin/login/code", jar)).text();
    expect(codeForm).toContain('autocomplete="one-time-code"');

    // The code that enabled TOTP was used in this step: it is refused.
    const reused = await site.post("/admin/login/code", jar, { _csrf: csrfOf(codeForm), code: usedCode });
    expect(reused.status).toBe(401);
    expect(await reused.text()).toContain("already used");
    expect(await lastAudit()).toBe("sign_in_failed");

    site.clock.advance(30_000);
    const fresh = codeNow(secret);
    const done = await site.post("/admin/login/code", jar, { _csrf: csrfOf(codeForm), code: fresh });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/admin/");
    expect(jar.get("pressroom_session")).not.toBe(pendingToken);
    expect((await site.get("/admin/account", jar)).status).toBe(200);
    const signInEntry = await site.store.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "sign_in")
      .orderBy("id", "desc")
      .executeTakeFirst();
    expect(signInEntry?.details).toContain("password+totp");

    // The same code again, from another sign-in in the same 30 s: refused.
    const other = new CookieJar();
    await site.signIn(other, "secretary@example.org");
    const otherForm = await (await site.get("/admin/login/code", other)).text();
    const replay = await site.post("/admin/login/code", other, { _csrf: csrfOf(otherForm), code: fresh });
    expect(replay.status).toBe(401);
  });

  it("lets a correspondent turn TOTP on and off with a code", async () => {
    const jar = new CookieJar();
    await site.signIn(jar, "writer@example.org");
    const account = await (await site.get("/admin/account", jar)).text();
    expect(account).toContain("Off. Signing in needs only your password.");
    const setup = await (await site.get("/admin/account/totp", jar)).text();
    const secret = secretOf(setup);
    await site.post("/admin/account/totp/enable", jar, { _csrf: csrfOf(setup), code: codeNow(secret) });
    const on = await (await site.get("/admin/account", jar)).text();
    expect(on).toContain("Turn off two-step sign-in");
    site.clock.advance(30_000);
    const off = await site.post("/admin/account/totp/disable", jar, {
      _csrf: csrfOf(on),
      code: codeNow(secret),
    });
    expect(off.status).toBe(303);
    expect(await lastAudit()).toBe("second_factor_disabled");
    const user = await site.store.db
      .selectFrom("users")
      .select(["totp_secret", "totp_enabled_at"])
      .where("email", "=", "writer@example.org")
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ totp_secret: null, totp_enabled_at: null });
  });
});
