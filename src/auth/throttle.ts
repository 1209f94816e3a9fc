import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";

/** At most this many failed sign-ins per account and per address within the window; the next is refused. */
export const MAX_FAILED_ATTEMPTS = 10;
/** The rolling window, in milliseconds. */
export const ATTEMPT_WINDOW_MS = 60_000;

export interface ThrottleLimits {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  maxFailures: MAX_FAILED_ATTEMPTS,
  windowMs: ATTEMPT_WINDOW_MS,
};

/** The bucket of one account (by normalised e-mail). */
export function accountBucket(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

/** The bucket of one client address. */
export function ipBucket(ip: string): string {
  return `ip:${ip}`;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether another attempt may be tried now. Counts failures in the database, so that every app node sees the
 * same buckets. When a bucket is full, says when its oldest counted failure leaves the window.
 */
export async function checkThrottle(
  db: Kysely<Database>,
  buckets: readonly string[],
  now: Date,
  limits: ThrottleLimits = DEFAULT_LIMITS,
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  let waitMs = 0;
  for (const bucket of buckets) {
    const rows = await db
      .selectFrom("sign_in_attempts")
      .select("attempted_at")
      .where("bucket", "=", bucket)
      .where("attempted_at", ">", since)
      .orderBy("attempted_at", "desc")
      .limit(limits.maxFailures)
      .execute();
    // The bucket is full when the max-th newest failure is still inside the window; it frees up when that
    // one leaves.
    const oldestCounted = rows.length >= limits.maxFailures ? rows[limits.maxFailures - 1] : undefined;
    if (oldestCounted) {
      const freeAt = Date.parse(oldestCounted.attempted_at) + limits.windowMs;
      waitMs = Math.max(waitMs, freeAt - now.getTime());
    }
  }
  if (waitMs <= 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Counts one failed attempt in each bucket, and forgets every failure that left the window. */
export async function recordFailure(
  db: Kysely<Database>,
  buckets: readonly string[],
  now: Date,
  limits: ThrottleLimits = DEFAULT_LIMITS,
): Promise<void> {
  const at = now.toISOString();
  const before = new Date(now.getTime() - limits.windowMs).toISOString();
  // Pruned on every failure, the table holds about one window's worth of attempts, even under attack.
  await db.deleteFrom("sign_in_attempts").where("attempted_at", "<=", before).execute();
  await db
    .insertInto("sign_in_attempts")
    .values(buckets.map((bucket) => ({ bucket, attempted_at: at })))
    .execute();
}

/** Forgets a bucket's failures: a successful sign-in clears its account's bucket. */
export async function clearBucket(db: Kysely<Database>, bucket: string): Promise<void> {
  await db.deleteFrom("sign_in_attempts").where("bucket", "=", bucket).execute();
}
