import type { Context } from "hono";

/**
 * An incoming X-Request-Id is kept when it looks like an id a proxy or load balancer makes (a UUID, a hex or
 * base64url token): it then ties our log line to theirs. Anything else (spaces, quotes, control characters,
 * very long values) could forge or break log lines, so a fresh id replaces it.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

const idByRequest = new WeakMap<Request, string>();

/** The id to use for a request: the caller's when it is safe, else a new random UUID. */
export function acceptRequestId(incoming: string | undefined): string {
  return incoming !== undefined && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/** Gives the request its id, once, for the response header, the log line and error reports. */
export function assignRequestId(c: Context): string {
  const id = acceptRequestId(c.req.header("x-request-id"));
  idByRequest.set(c.req.raw, id);
  return id;
}

/** The id given to this request, or undefined outside the app's middleware (a handler tested alone). */
export function requestIdOf(c: Context): string | undefined {
  return idByRequest.get(c.req.raw);
}
