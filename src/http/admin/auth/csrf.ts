import { createHmac } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { randomToken } from "../../../auth/sessions.js";
import type { Store } from "../../../store/database.js";
import { sharedSecret } from "../../../store/settings.js";
import type { AdminDeps } from "../context.js";
import { secureCookie } from "./request.js";

/**
 * Before there is a session, forms (the sign-in form) are protected by a signed double-submit cookie: the cookie
 * holds a random nonce, the form holds HMAC(server secret, nonce). A forger can neither read the cookie nor, for
 * want of the secret, make a matching token for a nonce it planted (for instance from a sibling subdomain). The
 * secret lives in the database, so every app node shares it.
 */
export const LOGIN_CSRF_COOKIE = "pressroom_login_csrf";

const secrets = new WeakMap<Store, Promise<Buffer>>();

function loginSecret(deps: AdminDeps): Promise<Buffer> {
  let secret = secrets.get(deps.store);
  if (!secret) {
    secret = sharedSecret(deps.store.db, "loginCsrf", deps.clock.now().toISOString());
    // A failed read (database down) is not cached: the next request tries again.
    secret.catch(() => secrets.delete(deps.store));
    secrets.set(deps.store, secret);
  }
  return secret;
}

/**
 * The pre-session CSRF token for this browser. When it has no nonce cookie yet and `issue` is set (a GET that
 * may show a form), a new nonce is set; otherwise there is no token and any unsafe request will be refused.
 */
export async function loginCsrfToken(
  deps: AdminDeps,
  c: Context,
  issue: boolean,
): Promise<string | undefined> {
  let nonce = getCookie(c, LOGIN_CSRF_COOKIE);
  if (!nonce || nonce.length < 32) {
    if (!issue) return undefined;
    nonce = randomToken();
    setCookie(c, LOGIN_CSRF_COOKIE, nonce, {
      httpOnly: true,
      sameSite: "Lax",
      path: "/admin",
      secure: secureCookie(c, deps.config),
    });
  }
  return createHmac("sha256", await loginSecret(deps))
    .update(`login-csrf:${nonce}`)
    .digest("base64url");
}

/** Forgets the nonce once a session exists: from then on the session's own token protects forms. */
export function clearLoginCsrf(deps: AdminDeps, c: Context): void {
  if (getCookie(c, LOGIN_CSRF_COOKIE) === undefined) return;
  deleteCookie(c, LOGIN_CSRF_COOKIE, { path: "/admin", secure: secureCookie(c, deps.config) });
}
