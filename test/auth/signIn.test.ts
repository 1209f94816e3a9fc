import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { passwordVerifier } from "../../src/auth/passwords.js";
import { DIALECTS } from "../helpers/stores.js";
import { CookieJar, createAdminSite, PASSWORD, type AdminSite } from "./support.js";

async function auditActions(
  site: AdminSite,
): Promise<{ action: string; actor_label: string; details: string }[]> {
  return site.store.db
    .selectFrom("audit_log")
    .select(["action", "actor_label", "details"])
    .orderBy("id")
    .execute();
}

describe.each(DIALECTS)("signing in on %s", (dialect) => {
  let site: AdminSite;
  beforeAll(async () => {
    site = await createAdminSite(dialect);
    await site.addUser("editor@example.org", "editor");
    await site.addUser("throttled@example.org", "editor");
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await site.destroy();
  });

  it("shows the login form with no-store and noindex, and sends /admin/ pages there", async () => {
    const jar = new CookieJar();
    const login = await site.get("/admin/login", jar);
    expect(login.status).toBe(200);
    expect(login.headers.get("cache-control")).toBe("no-store");
    expect(login.headers.get("x-robots-tag")).toContain("noindex");
    const html = await login.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<input type="hidden" name="_csrf" value="[^"]+"/);
    const ru = await site.get("/admin/login", new CookieJar(), { "Accept-Language": "ru" });
    expect(await ru.text()).toContain("Электронная почта");

    const users = await site.get("/admin/users?x=1", new CookieJar());
    expect(users.status).toBe(303);
    expect(users.headers.get("location")).toBe(`/admin/login?next=${encodeURIComponent("/admin/users?x=1")}`);
    const json = await site.get("/admin/users", new CookieJar(), { Accept: "application/json" });
    expect(json.status).toBe(401);
    expect(await json.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("signs in with an HttpOnly, SameSite=Lax cookie and rotates the session", async () => {
    const jar = new CookieJar();
    const first = await site.signIn(jar, "editor@example.org");
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/admin/");
    const cookie = jar.lastSetCookies.find((c) => c.startsWith("pressroom_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    const firstToken = jar.get("pressroom_session");
    expect(firstToken).toMatch(/^[\w-]{43}$/);
    expect((await site.get("/admin/account", jar)).status).toBe(200);

    // Signing in again from the same browser (with its session's token) replaces the session.
    const second = await site.post("/admin/login", jar, {
      _csrf: await site.csrf("/admin/account", jar),
      email: "editor@example.org",
      password: PASSWORD,
    });
    expect(second.status).toBe(303);
    const secondToken = jar.get("pressroom_session");
    expect(secondToken).not.toBe(firstToken);
    const stale = new CookieJar();
    stale.cookies.set("pressroom_session", firstToken ?? "");
    const staleResponse = await site.get("/admin/account", stale);
    expect(staleResponse.status).toBe(303);
    expect(staleResponse.headers.get("location")).toContain("/admin/login");
    expect((await site.get("/admin/account", jar)).status).toBe(200);

    // The database holds only the token's SHA-256.
    const ids = await site.store.db.selectFrom("sessions").select("id").execute();
    expect(ids.map((r) => r.id)).not.toContain(secondToken);
    expect(ids.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
  });

  it("marks the cookie Secure behind a trusted HTTPS proxy", async () => {
    const jar = new CookieJar();
    await site.signIn(jar, "editor@example.org", PASSWORD, { "X-Forwarded-Proto": "https" });
    expect(jar.lastSetCookies.find((c) => c.startsWith("pressroom_session="))).toMatch(/;\s*Secure/i);
  });

  it("answers a wrong password with 401 and a message, and audits the e-mail but not the password", async () => {
    const jar = new CookieJar();
    const response = await site.signIn(jar, "editor@example.org", "not the password at all", {
      "X-Forwarded-For": "198.51.100.7",
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("The e-mail or the password is not right.");
    expect(jar.get("pressroom_session")).toBeUndefined();
    const failed = (await auditActions(site)).filter((e) => e.action === "sign_in_failed");
    expect(failed.at(-1)?.actor_label).toBe("editor@example.org");
    expect(failed.at(-1)?.details).toContain("wrong_password");
    expect(JSON.stringify(await auditActions(site))).not.toContain("not the password at all");

    const unknown = await site.signIn(new CookieJar(), "nobody@example.org", "whatever password", {
      "X-Forwarded-For": "198.51.100.7",
    });
    expect(unknown.status).toBe(401);
  });

  it("refuses the 11th wrong password within a minute with 429, without checking it", async () => {
    const headers = { "X-Forwarded-For": "203.0.113.10" };
    const verify = vi.spyOn(passwordVerifier, "verify");
    try {
      const jar = new CookieJar();
      for (let i = 1; i <= 10; i++) {
        const r = await site.signIn(jar, "throttled@example.org", `wrong password ${i}`, headers);
        expect(r.status, `attempt ${i}`).toBe(401);
      }
      expect(verify).toHaveBeenCalledTimes(10);
      const eleventh = await site.signIn(jar, "throttled@example.org", PASSWORD, headers);
      expect(eleventh.status).toBe(429);
      expect(Number(eleventh.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await eleventh.text()).toMatch(/Too many attempts; try again in \d+ seconds\./);
      expect(verify).toHaveBeenCalledTimes(10);

      // From another address, the account's bucket still holds.
      const elsewhere = await site.signIn(new CookieJar(), "throttled@example.org", PASSWORD, {
        "X-Forwarded-For": "203.0.113.99",
      });
      expect(elsewhere.status).toBe(429);
      expect(verify).toHaveBeenCalledTimes(10);

      // A minute later the right password works and clears the account's bucket.
      site.clock.advance(61_000);
      const later = await site.signIn(new CookieJar(), "throttled@example.org", PASSWORD, headers);
      expect(later.status).toBe(303);
      const left = await site.store.db
        .selectFrom("sign_in_attempts")
        .select("bucket")
        .where("bucket", "=", "account:throttled@example.org")
        .execute();
      expect(left).toEqual([]);
    } finally {
      verify.mockRestore();
    }
  });

  it("throttles per address across accounts, in Russian too", async () => {
    const headers = { "X-Forwarded-For": "203.0.113.20", "Accept-Language": "ru" };
    for (let i = 1; i <= 10; i++) {
      const r = await site.signIn(new CookieJar(), `guess${i}@example.org`, "wrong password!", headers);
      expect(r.status).toBe(401);
    }
    const verify = vi.spyOn(passwordVerifier, "verify");
    try {
      const refused = await site.signIn(new CookieJar(), "editor@example.org", PASSWORD, headers);
      expect(refused.status).toBe(429);
      expect(await refused.text()).toMatch(/Слишком много попыток; повторите через \d+ с\./);
      expect(verify).not.toHaveBeenCalled();
    } finally {
      verify.mockRestore();
    }
    const other = await site.signIn(new CookieJar(), "editor@example.org", PASSWORD, {
      "X-Forwarded-For": "203.0.113.21",
    });
    expect(other.status).toBe(303);
  });

  it("refuses a sign-in without its CSRF token, and signs out only by POST with the token", async () => {
    const jar = new CookieJar();
    await site.get("/admin/login", jar);
    const missing = await site.post("/admin/login", jar, { email: "editor@example.org", password: PASSWORD });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain("The form has expired");
    const forged = await site.post("/admin/login", jar, {
      _csrf: "forged",
      email: "editor@example.org",
      password: PASSWORD,
    });
    expect(forged.status).toBe(403);
    expect(jar.get("pressroom_session")).toBeUndefined();

    await site.signIn(jar, "editor@example.org");
    const before = (await auditActions(site)).length;
    const noToken = await site.post("/admin/logout", jar, {});
    expect(noToken.status).toBe(403);
    expect((await auditActions(site)).length).toBe(before);
    const token = await site.csrf("/admin/account", jar);
    const out = await site.post("/admin/logout", jar, { _csrf: token });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toContain("/admin/login?signed_out=1");
    expect((await site.get("/admin/account", jar)).status).toBe(303);
    expect((await auditActions(site)).at(-1)?.action).toBe("sign_out");
  });

  it("accepts only same-site back-office addresses as where to go next", async () => {
    for (const [next, expected] of [
      ["/admin/users?page=2", "/admin/users?page=2"],
      ["https://evil.example/admin/", "/admin/"],
      ["//evil.example/admin/", "/admin/"],
      ["/\\evil.example", "/admin/"],
      ["/en/news/", "/admin/"],
    ] as const) {
      const jar = new CookieJar();
      const token = await site.csrf("/admin/login", jar);
      const r = await site.post("/admin/login", jar, {
        _csrf: token,
        email: "editor@example.org",
        password: PASSWORD,
        next,
      });
      expect(r.headers.get("location"), next).toBe(expected);
    }
  });

  it("answers an unknown back-office address with a 404 page that is not indexed", async () => {
    const r = await site.get("/admin/no-such-page", new CookieJar());
    expect(r.status).toBe(404);
    expect(r.headers.get("x-robots-tag")).toContain("noindex");
    expect(await r.text()).toContain("There is no back-office page at this address.");
    const root = await site.get("/admin/", new CookieJar());
    expect(root.status).toBe(303);
    expect(root.headers.get("location")).toBe("/admin/items");
  });
});
