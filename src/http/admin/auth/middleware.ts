import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { resumeSession, sameSecret, SESSION_COOKIE, type LiveSession } from "../../../auth/sessions.js";
import { can, type Permission } from "../../../domain/roles.js";
import { AppError } from "../../../lib/errors.js";
import type { UserRecord } from "../../../store/users.js";
import type { AdminDeps, AdminEnv, AdminUser } from "../context.js";
import { loginCsrfToken } from "./csrf.js";
import { clearSessionCookie, clientIpOf, formField, setSessionCookie, wantsJson } from "./request.js";

export { csrfField, CsrfField } from "../views/forms.js";
export { wantsJson } from "./request.js";

/**
 * The live session of each request (also a pending one, whose user is not signed in yet), for the auth routes;
 * other handlers use c.var.user. Kept beside the context so that every router shares the AdminEnv type.
 */
const liveSessions = new WeakMap<Request, LiveSession>();

export function liveSessionOf(c: Context): LiveSession | undefined {
  return liveSessions.get(c.req.raw);
}

/** Where a user who must set up TOTP is sent, and the only addresses they may use until it is done. */
export const TOTP_SETUP_PATH = "/admin/account/totp";
const ALLOWED_DURING_SETUP = new Set([TOTP_SETUP_PATH, `${TOTP_SETUP_PATH}/enable`, "/admin/logout"]);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function toAdminUser(user: UserRecord): AdminUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    uiLanguage: user.uiLanguage,
    totpEnabled: user.totpEnabledAt !== null,
  };
}

/**
 * Reads the session cookie and sets c.var.user (only for a fully signed-in, enabled user), c.var.csrfToken (the
 * session's token, or before sign-in a signed double-submit token) and c.var.clientIp. A user whose role
 * requires TOTP and who has not set it up is sent to set it up before anything else. Mounted once for all of
 * /admin by adminRoutes().
 */
export function sessionMiddleware(deps: AdminDeps): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    c.set("clientIp", clientIpOf(c, deps.config));
    c.set("user", undefined);
    const token = getCookie(c, SESSION_COOKIE);
    const live = token
      ? await resumeSession(deps.store.db, token, deps.clock.now(), deps.config.sessionDays)
      : undefined;
    if (token && !live) clearSessionCookie(c, deps.config);
    if (token && live) {
      liveSessions.set(c.req.raw, live);
      c.set("csrfToken", live.session.csrfToken);
      if (!live.session.secondFactorPending) c.set("user", toAdminUser(live.user));
      if (live.touched) setSessionCookie(c, deps.config, token, false);
    } else {
      c.set("csrfToken", await loginCsrfToken(deps, c, c.req.method === "GET"));
    }

    const user = c.get("user");
    if (
      user &&
      !user.totpEnabled &&
      deps.config.totpRequiredRoles.includes(user.role) &&
      !ALLOWED_DURING_SETUP.has(c.req.path)
    ) {
      if (wantsJson(c) || c.req.method !== "GET") {
        throw new AppError("forbidden", "Set up two-step sign-in first", {
          reason: "second_factor_setup_required",
        });
      }
      return c.redirect(TOTP_SETUP_PATH, 303);
    }
    await next();
  };
}

/**
 * Refuses unsafe requests (POST, PUT, PATCH, DELETE) that do not carry the CSRF token, in the form field
 * "_csrf" or the X-CSRF-Token header, with 403 "forbidden" (details.reason "csrf"). Compared in constant
 * time. Mounted once for all of /admin by adminRoutes(), after sessionMiddleware.
 */
export function csrfProtection(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const expected = c.get("csrfToken");
    const submitted = c.req.header("x-csrf-token") ?? (await formToken(c));
    if (expected === undefined || submitted === undefined || !sameSecret(expected, submitted)) {
      throw new AppError("forbidden", "The request's CSRF token is missing or wrong", { reason: "csrf" });
    }
    await next();
  };
}

/** Largest form body read just to find its "_csrf" field; bigger uploads must send the X-CSRF-Token header. */
const MAX_FORM_BYTES_FOR_TOKEN = 64 * 1024 * 1024;

async function formToken(c: Context): Promise<string | undefined> {
  const length = Number(c.req.header("content-length") ?? "0");
  if (!Number.isFinite(length) || length > MAX_FORM_BYTES_FOR_TOKEN) return undefined;
  return formField(c, "_csrf");
}

/**
 * Lets only signed-in users through. A page request without a session is redirected (303) to
 * /admin/login?next=…; a script's request (JSON) gets 401 "unauthorized".
 */
export function requireSignedIn(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    if (c.get("user")) return next();
    return notSignedIn(c);
  };
}

/** Lets through only signed-in users whose role has the permission; others get 403 "forbidden". */
export function requirePermission(permission: Permission): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const user = c.get("user");
    if (!user) return notSignedIn(c);
    if (!can(user.role, permission)) {
      throw new AppError("forbidden", `Your role may not do this (${permission})`, { permission });
    }
    await next();
  };
}

function notSignedIn(c: Context<AdminEnv>): Response {
  if (wantsJson(c)) throw new AppError("unauthorized", "Sign in first");
  const url = new URL(c.req.url);
  const back = c.req.method === "GET" ? `${url.pathname}${url.search}` : undefined;
  return c.redirect(back ? `/admin/login?next=${encodeURIComponent(back)}` : "/admin/login", 303);
}

/** Back-office answers are private and never indexed, whatever their status. */
export function adminHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
    c.res.headers.set("X-Robots-Tag", "noindex, nofollow");
  };
}
