import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { clientIpOf } from "../admin/auth/request.js";

/** Headers a reverse proxy adds: a request carrying them came from elsewhere, whatever the socket says. */
const PROXY_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

export type MetricsAccess = "allowed" | "token_required" | "forbidden";

/**
 * Who may read /metrics. With a token configured: whoever sends `Authorization: Bearer <token>`. Without one:
 * only a client on this machine talking to the process directly (a loopback socket and no proxy headers), so
 * that a site behind nginx on the same host does not publish its metrics through the proxy.
 */
export function metricsAccess(c: Context, token: string | undefined): MetricsAccess {
  if (token !== undefined) {
    const offered = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
    return offered !== undefined && sameSecret(offered, token) ? "allowed" : "token_required";
  }
  const proxied = PROXY_HEADERS.some((name) => c.req.header(name) !== undefined);
  // The socket's own address: X-Forwarded-For is not believed here, whatever trustProxy says.
  return !proxied && isLoopback(clientIpOf(c, { trustProxy: false })) ? "allowed" : "forbidden";
}

/** Compares hashes in constant time, so neither the token's bytes nor its length leak through timing. */
function sameSecret(offered: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(offered), digest(expected));
}

export function isLoopback(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return v4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
