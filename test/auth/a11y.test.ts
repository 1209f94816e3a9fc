import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";
import { PASSWORD } from "./support.js";

/** Back-office pages an administrator sees, by name and address. */
const SIGNED_IN_PAGES = [
  ["users", "/admin/users"],
  ["account", "/admin/account"],
  ["audit log", "/admin/audit"],
  ["TOTP setup", "/admin/account/totp"],
  ["forbidden-free 404", "/admin/no-such-page"],
] as const;

let site: ListeningSite;
let browser: Browser;
let context: BrowserContext;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${site.baseUrl}/admin/login`);
  await page.fill("#email", email);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL(/\/admin\/(?!login)/), page.click("button[type=submit]")]);
}

beforeAll(async () => {
  site = await startDemoServer("sqlite", { overrides: { totpRequiredRoles: [] } });
  const ctx = { store: site.server.deps.store };
  for (const [email, role] of [
    ["admin@example.org", "administrator"],
    ["editor@example.org", "editor"],
    ["writer@example.org", "correspondent"],
  ] as const) {
    await addUser(ctx, CLI_ACTOR, {
      email,
      displayName: email.split("@")[0] ?? email,
      role,
      password: PASSWORD,
    });
  }
  browser = await launchBrowser();
  // axe is injected as an inline script, which the Content-Security-Policy rightly forbids.
  context = await browser.newContext({ bypassCSP: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.destroy();
});

describe("the back office in Chromium", () => {
  it("has an accessible login page in both languages, with a failed attempt's message", async () => {
    const page = await context.newPage();
    try {
      for (const lang of ["en", "ru"]) {
        await page.goto(`${site.baseUrl}/admin/login?lang=${lang}`);
        expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        expect(formatViolations(await runAxe(page)), `login (${lang})`).toBe("");
      }
      await page.goto(`${site.baseUrl}/admin/login`);
      // The e-mail field has the focus from the start. Chromium applies autofocus at its next rendering
      // opportunity, which on a busy machine comes after the load event: wait for it rather than race it.
      await page.waitForFunction(
        "document.activeElement && document.activeElement.id === 'email'",
        undefined,
        {
          timeout: 5000,
        },
      );
      expect(await page.evaluate<unknown>("document.activeElement.id")).toBe("email");
      await page.fill("#email", "admin@example.org");
      await page.fill("#password", "a wrong password");
      await Promise.all([page.waitForLoadState("load"), page.press("#password", "Enter")]);
      expect(await page.locator("[role=alert]").innerText()).toContain(
        "The e-mail or the password is not right.",
      );
      expect(formatViolations(await runAxe(page)), "login with an error").toBe("");
    } finally {
      await page.close();
    }
  });

  it("has accessible users, account, audit and setup pages for an administrator", async () => {
    const page = await context.newPage();
    try {
      await signIn(page, "admin@example.org");
      for (const [name, path] of SIGNED_IN_PAGES) {
        await page.goto(`${site.baseUrl}${path}`);
        expect(formatViolations(await runAxe(page)), name).toBe("");
      }
      // Keyboard alone: the first Tab reaches the skip link, which leads to the content.
      await page.goto(`${site.baseUrl}/admin/users`);
      await page.keyboard.press("Tab");
      expect(await page.evaluate<unknown>("document.activeElement.className")).toBe("skip-link");
      await page.keyboard.press("Enter");
      expect(await page.evaluate<unknown>("document.activeElement.id")).toBe("content");
      // Then change the editor's role.
      const select = page.locator("select[name=role]").nth(1);
      await select.focus();
      await select.selectOption("publisher");
      await page.keyboard.press("Tab");
      await Promise.all([page.waitForURL(/notice=role/), page.keyboard.press("Enter")]);
      expect(await page.locator("[role=status]").first().innerText()).toContain("The role was changed.");
    } finally {
      await page.close();
    }
  });

  it("serves back-office pages that the W3C checker finds valid", { timeout: 120_000 }, async () => {
    const cookies = await context.cookies(site.baseUrl);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const anonymous = [
      ["login (en)", "/admin/login"],
      ["login (ru)", "/admin/login?lang=ru"],
    ] as const;
    const documents = await Promise.all(
      [
        ...anonymous.map(([n, p]) => [n, p, ""] as const),
        ...SIGNED_IN_PAGES.map(([n, p]) => [n, p, cookie] as const),
      ].map(async ([name, path, cookieHeader]) => {
        const response = await fetch(`${site.baseUrl}${path}`, { headers: { Cookie: cookieHeader } });
        expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
        return { name: `${name} (${path})`, html: await response.text() };
      }),
    );
    expect(documents.find((d) => d.name.startsWith("users"))?.html).toContain('action="/admin/logout"');
    const reports = await validateHtml(documents);
    expect(formatVnuErrors(reports), "vnu errors").toBe("");
  });
});
