import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import {
  deleteSession,
  findSession,
  insertSession,
  touchSession,
  type SessionRecord,
} from "../store/sessions.js";
import { findUserById, type UserRecord } from "../store/users.js";

/** The session cookie's name. It carries a random token; the database keeps only its SHA-256. */
export const SESSION_COOKIE = "pressroom_session";
/** A half-signed-in session (password right, TOTP code owed) lasts this long. */
export const PENDING_SESSION_MS = 10 * 60_000;
/** last_seen_at is written at most this often, so that reading pages does not mean writing rows. */
export const TOUCH_INTERVAL_MS = 60_000;

/** A fresh random token of 32 bytes, base64url-encoded. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The session row id for a cookie token. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Compares two secrets in constant time (hashing first evens out their lengths). */
export function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export interface NewSession {
  /** The cookie's value; shown once, never stored. */
  token: string;
  record: SessionRecord;
}

/**
 * Starts a session for a user. Pending sessions (TOTP owed) are short; full ones last `sessionDays` since last
 * use. Call it in the transaction that also deletes the session it replaces.
 */
export async function startSession(
  db: Kysely<Database>,
  input: {
    userId: number;
    secondFactorPending: boolean;
    now: Date;
    sessionDays: number;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<NewSession> {
  const token = randomToken();
  const at = input.now.toISOString();
  const lifetime = input.secondFactorPending ? PENDING_SESSION_MS : input.sessionDays * 86_400_000;
  const record: SessionRecord = {
    id: sessionIdOf(token),
    userId: input.userId,
    csrfToken: randomToken(),
    secondFactorPending: input.secondFactorPending,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(input.now.getTime() + lifetime).toISOString(),
    ip: input.ip,
    userAgent: input.userAgent === null ? null : input.userAgent.slice(0, 500),
  };
  await insertSession(db, record);
  return { token, record };
}

export interface LiveSession {
  session: SessionRecord;
  user: UserRecord;
  /** Whether this request slid the expiry forward (the cookie's lifetime should be renewed too). */
  touched: boolean;
}

/**
 * The live session a cookie token names, with its user; undefined when it is unknown, expired, or its user is
 * disabled (those rows are deleted on sight). Slides a full session's expiry, at most once a minute.
 */
export async function resumeSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
  sessionDays: number,
): Promise<LiveSession | undefined> {
  const session = await findSession(db, sessionIdOf(token));
  if (!session) return undefined;
  const user = await findUserById(db, session.userId);
  if (!user || user.disabledAt !== null || Date.parse(session.expiresAt) <= now.getTime()) {
    await deleteSession(db, session.id);
    return undefined;
  }
  const touched =
    !session.secondFactorPending && now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS;
  if (touched) {
    session.lastSeenAt = now.toISOString();
    session.expiresAt = new Date(now.getTime() + sessionDays * 86_400_000).toISOString();
    await touchSession(db, session.id, session.lastSeenAt, session.expiresAt);
  }
  return { session, user, touched };
}
