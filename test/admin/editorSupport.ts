import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import {
  actorOf,
  createDraft,
  transition,
  type DraftInput,
  type EditorialContext,
} from "../../src/commands/editorial/index.js";
import type { Role } from "../../src/domain/roles.js";
import type { TranslationAction } from "../../src/domain/workflow.js";
import { findUserByEmail } from "../../src/store/users.js";
import { CookieJar, csrfOf, type AdminSite } from "../auth/support.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Builds public/admin.js when it is missing or older than its sources (as `npm run build` does, and `npm ci`
 * through "prepare"). Call it before a site is created: the site reads its assets once, at start.
 */
export function ensureClientBundle(): void {
  const bundle = `${root}public/admin.js`;
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const sources = `${root}src/admin-client`;
  const newest = Math.max(...readdirSync(sources).map((file) => statSync(`${sources}/${file}`).mtimeMs));
  if (built < newest)
    execFileSync(process.execPath, ["scripts/build-client.mjs"], { cwd: root, stdio: "inherit" });
}

/** A member of the press office signed in through the login form, with their own cookies. */
export interface Member {
  id: number;
  email: string;
  role: Role;
  jar: CookieJar;
  ctx: EditorialContext;
}

export async function signedIn(site: AdminSite, email: string, role: Role): Promise<Member> {
  await site.addUser(email, role);
  const jar = new CookieJar();
  const response = await site.signIn(jar, email);
  expect(response.status, `sign-in of ${email}`).toBe(303);
  const user = await findUserByEmail(site.store.db, email);
  if (!user) throw new Error(`no user ${email}`);
  return {
    id: user.id,
    email,
    role,
    jar,
    ctx: {
      store: site.store,
      actor: actorOf(user),
      languages: site.site.deps.config.languages,
      clock: site.clock,
    },
  };
}

/** A section of the demo site by its English path. */
export async function sectionId(site: AdminSite, path: string): Promise<number> {
  const tree = await site.site.deps.sections.get();
  const section = tree.findByPath("en", path);
  if (!section) throw new Error(`no section ${path}`);
  return section.id;
}

/** A draft written by the member, with the given titles (and bodies). */
export async function draftBy(
  member: Member,
  input: Partial<DraftInput> & { sectionId: number; titles: Record<string, string> },
): Promise<{ articleId: number; translationIds: Record<string, number> }> {
  const { titles, ...rest } = input;
  return createDraft(member.ctx, {
    kind: "news",
    ...rest,
    translations: Object.entries(titles).map(([lang, title]) => ({
      lang,
      title,
      bodyHtml: `<p>${title}</p>`,
    })),
  });
}

export async function move(member: Member, translationId: number, action: TranslationAction): Promise<void> {
  await transition(member.ctx, { translationId, action });
}

/** The page's CSRF token, as its forms carry it. */
export async function pageToken(site: AdminSite, member: Member, path: string): Promise<string> {
  const response = await site.get(path, member.jar);
  expect(response.status, path).toBe(200);
  return csrfOf(await response.text());
}

/** A form post as the member's browser sends it; `peopleIds` may repeat. */
export function postForm(
  site: AdminSite,
  member: Member,
  path: string,
  fields: Record<string, string | string[]>,
): Promise<Response> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return site.site.request(path, {
    method: "POST",
    headers: {
      Cookie: member.jar.header(),
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Forwarded-For": "192.0.2.1",
    },
    body: body.toString(),
    redirect: "manual",
  });
}

/** A JSON save, as the autosave script sends it. */
export function postJson(
  site: AdminSite,
  member: Member,
  path: string,
  token: string,
  body: Record<string, unknown>,
): Promise<Response> {
  return site.site.request(path, {
    method: "POST",
    headers: {
      Cookie: member.jar.header(),
      "Content-Type": "application/json",
      Accept: "application/json",
      "X-CSRF-Token": token,
      "X-Forwarded-For": "192.0.2.1",
    },
    body: JSON.stringify(body),
    redirect: "manual",
  });
}

/** Every field of a language's form as the browser sends it, from the page as shown. */
export function formOf(html: string, lang: string): Record<string, string> {
  const form = html.split(`id="form-${lang}"`)[1]?.split("</form>")[0] ?? "";
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
    if (m[1] && !/type="checkbox"/.test(m[0])) fields[m[1]] = decode(m[2] ?? "");
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
    if (m[1]) fields[m[1]] = decode(m[2] ?? "");
  }
  return fields;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
