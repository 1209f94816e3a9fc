import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import type { Config } from "../../src/config/schema.js";
import type { Role } from "../../src/domain/roles.js";
import type { Clock } from "../../src/lib/clock.js";
import type { Store } from "../../src/store/database.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import type { Dialect } from "../../src/store/dialect.js";

/** A clock that stands still until a test moves it. */
export class TestClock implements Clock {
  constructor(private at: Date = new Date("2026-11-28T09:00:00.000Z")) {}
  now(): Date {
    return new Date(this.at.getTime());
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

/** A browser's cookies for one site, kept from Set-Cookie headers and sent back on each request. */
export class CookieJar {
  readonly cookies = new Map<string, string>();
  /** The raw Set-Cookie headers of the last response. */
  lastSetCookies: string[] = [];

  take(response: Response): void {
    this.lastSetCookies = response.headers.getSetCookie();
    for (const header of this.lastSetCookies) {
      const [pair = ""] = header.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = /max-age=0/i.test(header) || /expires=Thu, 01 Jan 1970/i.test(header);
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** The value of the first hidden "_csrf" field of a page. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no _csrf field on the page");
  return match[1];
}

export const PASSWORD = "correct horse battery staple";

/** The demo site with back-office helpers: a browser per jar, sign-in, users. */
export class AdminSite {
  constructor(
    readonly site: DemoSite,
    readonly clock: TestClock,
  ) {}

  get store(): Store {
    return this.site.testStore.store;
  }

  async get(path: string, jar: CookieJar, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.site.request(path, {
      headers: { Cookie: jar.header(), "X-Forwarded-For": "192.0.2.1", ...headers },
      redirect: "manual",
    });
    jar.take(response);
    return response;
  }

  async post(
    path: string,
    jar: CookieJar,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const response = await this.site.request(path, {
      method: "POST",
      headers: {
        Cookie: jar.header(),
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Forwarded-For": "192.0.2.1",
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
    });
    jar.take(response);
    return response;
  }

  /** Loads a page and returns its CSRF token (what a browser's form would send). */
  async csrf(path: string, jar: CookieJar, headers: Record<string, string> = {}): Promise<string> {
    return csrfOf(await (await this.get(path, jar, headers)).text());
  }

  /** Signs in through the login form; returns the POST's response. */
  async signIn(
    jar: CookieJar,
    email: string,
    password = PASSWORD,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const token = await this.csrf("/admin/login", jar, headers);
    return this.post("/admin/login", jar, { _csrf: token, email, password }, headers);
  }

  async addUser(email: string, role: Role, password = PASSWORD): Promise<number> {
    return addUser({ store: this.store, clock: this.clock }, CLI_ACTOR, {
      email,
      displayName: email.split("@")[0] ?? email,
      role,
      password,
    });
  }

  destroy(): Promise<void> {
    return this.site.destroy();
  }
}

/** A demo site for back-office tests: proxies trusted (tests vary X-Forwarded-For), TOTP required of no role. */
export async function createAdminSite(dialect: Dialect, overrides: Partial<Config> = {}): Promise<AdminSite> {
  const clock = new TestClock();
  const site = await createDemoSite(
    dialect,
    { trustProxy: true, totpRequiredRoles: [], ...overrides },
    { clock },
  );
  return new AdminSite(site, clock);
}
