import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { Config } from "../../../config/schema.js";
import { negotiateLanguage } from "../../../domain/languages.js";
import { ADMIN_LANGUAGES } from "../../../i18n/admin.js";
import { SESSION_COOKIE } from "../../../auth/sessions.js";
import type { AdminEnv } from "../context.js";

/**
 * The client's address. X-Forwarded-For is believed only when config.trustProxy says a proxy sets it; then its
 * last entry is the one that proxy saw (earlier entries are whatever the client claimed).
 */
export function clientIpOf(c: Context, config: Pick<Config, "trustProxy">): string {
  if (config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for");
    const last = forwarded
      ?.split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .at(-1);
    if (last) return last.slice(0, 64);
  }
  return socketAddress(c.env) ?? "unknown";
}

/** The remote address from @hono/node-server's bindings; absent for in-process requests (tests). */
function socketAddress(env: unknown): string | undefined {
  const incoming = field(env, "incoming");
  const socket = field(incoming, "socket");
  const address = field(socket, "remoteAddress");
  return typeof address === "string" ? address : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value ? Reflect.get(value, key) : undefined;
}

/** Whether the browser reached us over HTTPS, directly or through a trusted proxy. */
export function isHttps(c: Context, config: Pick<Config, "trustProxy">): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  if (!config.trustProxy) return false;
  return c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Whether cookies set on this response get the Secure attribute. */
export function secureCookie(c: Context, config: Pick<Config, "trustProxy" | "secureCookies">): boolean {
  if (config.secureCookies === "always") return true;
  if (config.secureCookies === "never") return false;
  return isHttps(c, config);
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure per config, kept for `sessionDays`. */
export function setSessionCookie(c: Context, config: Config, token: string, pending: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: secureCookie(c, config),
    // A pending session (TOTP owed) lives in the browser only until it closes.
    ...(pending ? {} : { maxAge: config.sessionDays * 86_400 }),
  });
}

export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: "/",
    secure: secureCookie(c, config),
    httpOnly: true,
    sameSite: "Lax",
  });
}

/** Whether the caller wants JSON (a script's fetch) rather than a page. */
export function wantsJson(c: Context): boolean {
  const accept = c.req.header("accept") ?? "";
  if (accept.includes("application/json") && !accept.includes("text/html")) return true;
  return (c.req.header("content-type") ?? "").startsWith("application/json");
}

/**
 * A `next` address to return to after signing in, accepted only when it is a path of this site under /admin;
 * anything else (another host, "//evil", "/\evil", a non-admin page) gives undefined.
 */
export function safeNext(next: string | undefined): string | undefined {
  if (!next || !next.startsWith("/") || next.startsWith("//") || /[\\\s]/.test(next)) return undefined;
  try {
    const base = "http://pressroom.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return undefined;
    if (url.pathname !== "/admin" && !url.pathname.startsWith("/admin/")) return undefined;
    if (url.pathname.startsWith("/admin/login") || url.pathname === "/admin/logout") return undefined;
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

/**
 * The back office's language: the signed-in user's choice, else `?lang=`, else the browser's preference among
 * the languages the back office speaks.
 */
export function adminLanguageOf(c: Context<AdminEnv>, config: Pick<Config, "defaultLanguage">): string {
  const user = c.get("user");
  if (user && ADMIN_LANGUAGES.includes(user.uiLanguage)) return user.uiLanguage;
  const asked = c.req.query("lang");
  if (asked && ADMIN_LANGUAGES.includes(asked)) return asked;
  const fallback = ADMIN_LANGUAGES.includes(config.defaultLanguage) ? config.defaultLanguage : "en";
  return negotiateLanguage(c.req.header("accept-language"), ADMIN_LANGUAGES, fallback);
}

/** One text field of a submitted form (urlencoded or multipart); undefined when absent or a file. */
export async function formField(c: Context, name: string): Promise<string | undefined> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") return undefined;
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === "string" ? value : undefined;
}

/** Every text field of a submitted form, by name (the first value when a name repeats). */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") return {};
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === "string") fields[key] = value;
  return fields;
}
