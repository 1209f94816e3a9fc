import { appendAudit } from "../audit/log.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { inTransaction, type Store } from "../store/database.js";
import { deleteExpiredSessions, deleteSession, type SessionRecord } from "../store/sessions.js";
import { claimTotpStep, findUserByEmail, normalizeEmail, type UserRecord } from "../store/users.js";
import { dummyPasswordHash, passwordVerifier, type PasswordVerifier } from "./passwords.js";
import { startSession, type NewSession } from "./sessions.js";
import {
  accountBucket,
  checkThrottle,
  clearBucket,
  DEFAULT_LIMITS,
  ipBucket,
  recordFailure,
  type ThrottleLimits,
} from "./throttle.js";
import { verifyTotp } from "./totp.js";

export interface AuthContext {
  store: Store;
  clock: Clock;
  sessionDays: number;
  logger?: Logger | undefined;
  /** Injectable for tests; the argon2 verifier otherwise. */
  verifier?: PasswordVerifier | undefined;
  limits?: ThrottleLimits | undefined;
}

/** Facts about the request that the session and the audit log keep. */
export interface RequestFacts {
  ip: string;
  userAgent: string | null;
  /** The session the browser had before, deleted when the new one starts (rotation). */
  replacesSessionId?: string | undefined;
}

export type SignInOutcome =
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "failed" }
  | { kind: "signed_in"; session: NewSession; user: UserRecord };

/**
 * The password step. A full bucket refuses the attempt before any password is checked. An unknown e-mail or a
 * disabled account is verified against a dummy hash, so that it takes the same path and time as a wrong
 * password. Success starts a new session (pending when the user has TOTP) and deletes the one it replaces.
 */
export async function signInWithPassword(
  ctx: AuthContext,
  credentials: { email: string; password: string },
  facts: RequestFacts,
): Promise<SignInOutcome> {
  const email = normalizeEmail(credentials.email).slice(0, 254);
  const buckets = [accountBucket(email), ipBucket(facts.ip)];
  const now = ctx.clock.now();
  const verdict = await checkThrottle(ctx.store.db, buckets, now, ctx.limits ?? DEFAULT_LIMITS);
  if (!verdict.allowed) {
    ctx.logger?.warn("sign-in throttled", { email, ip: facts.ip });
    return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  }

  const user = await findUserByEmail(ctx.store.db, email);
  const hash = user?.passwordHash ?? (await dummyPasswordHash());
  const passwordOk = await (ctx.verifier ?? passwordVerifier).verify(hash, credentials.password);
  if (!user || !passwordOk || user.disabledAt !== null) {
    const reason = !user ? "unknown_account" : !passwordOk ? "wrong_password" : "account_disabled";
    await recordFailedAttempt(ctx, buckets, facts, { email, reason, userId: user?.id ?? null });
    return { kind: "failed" };
  }

  const pending = user.totpEnabledAt !== null;
  const session = await inTransaction(ctx.store.db, async (db) => {
    await clearBucket(db, accountBucket(email));
    if (facts.replacesSessionId) await deleteSession(db, facts.replacesSessionId);
    await deleteExpiredSessions(db, now.toISOString());
    const started = await startSession(db, {
      userId: user.id,
      secondFactorPending: pending,
      now,
      sessionDays: ctx.sessionDays,
      ip: facts.ip,
      userAgent: facts.userAgent,
    });
    if (!pending) await auditSignIn(ctx, db, user, facts, "password");
    return started;
  });
  return { kind: "signed_in", session, user };
}

/**
 * The TOTP step, from a pending session. Throttled and audited like the password step; a code already used
 * (or older than the last one used) is refused. Success replaces the pending session with a full one.
 */
export async function completeSecondFactor(
  ctx: AuthContext,
  pending: { session: SessionRecord; user: UserRecord },
  code: string,
  facts: RequestFacts,
): Promise<SignInOutcome> {
  const { user } = pending;
  const buckets = [accountBucket(user.email), ipBucket(facts.ip)];
  const now = ctx.clock.now();
  const verdict = await checkThrottle(ctx.store.db, buckets, now, ctx.limits ?? DEFAULT_LIMITS);
  if (!verdict.allowed) return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const check =
    user.totpSecret === null
      ? ({ ok: false, reason: "wrong" } as const)
      : verifyTotp(user.totpSecret, code, now, user.totpLastStep);
  const session = check.ok
    ? await inTransaction(ctx.store.db, async (db) => {
        if (!(await claimTotpStep(db, user.id, check.step))) return undefined;
        await clearBucket(db, accountBucket(user.email));
        await deleteSession(db, pending.session.id);
        const started = await startSession(db, {
          userId: user.id,
          secondFactorPending: false,
          now,
          sessionDays: ctx.sessionDays,
          ip: facts.ip,
          userAgent: facts.userAgent,
        });
        await auditSignIn(ctx, db, user, facts, "password+totp");
        return started;
      })
    : undefined;
  if (!session) {
    const reason = check.ok ? "code_reused" : `code_${check.reason}`;
    await recordFailedAttempt(ctx, buckets, facts, { email: user.email, reason, userId: user.id });
    return { kind: "failed" };
  }
  return { kind: "signed_in", session, user };
}

/** Ends a session and records it. */
export async function signOut(
  ctx: Pick<AuthContext, "store" | "clock">,
  live: { session: SessionRecord; user: UserRecord },
  facts: RequestFacts,
): Promise<void> {
  await inTransaction(ctx.store.db, async (db) => {
    await deleteSession(db, live.session.id);
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        action: "sign_out",
        actorId: live.user.id,
        actorLabel: live.user.email,
        subjectType: "user",
        subjectId: live.user.id,
        ip: facts.ip,
      },
      ctx.clock,
    );
  });
}

async function recordFailedAttempt(
  ctx: AuthContext,
  buckets: string[],
  facts: RequestFacts,
  what: { email: string; reason: string; userId: number | null },
): Promise<void> {
  await inTransaction(ctx.store.db, async (db) => {
    await recordFailure(db, buckets, ctx.clock.now(), ctx.limits ?? DEFAULT_LIMITS);
    // The e-mail tried is recorded (it is what an administrator investigates); the password never is.
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        action: "sign_in_failed",
        actorId: what.userId,
        actorLabel: what.email,
        subjectType: what.userId === null ? undefined : "user",
        subjectId: what.userId ?? undefined,
        details: { email: what.email, reason: what.reason, userAgent: facts.userAgent },
        ip: facts.ip,
      },
      ctx.clock,
    );
  });
}

async function auditSignIn(
  ctx: AuthContext,
  db: Store["db"],
  user: UserRecord,
  facts: RequestFacts,
  method: "password" | "password+totp",
): Promise<void> {
  await appendAudit(
    { db, dialect: ctx.store.dialect },
    {
      action: "sign_in",
      actorId: user.id,
      actorLabel: user.email,
      subjectType: "user",
      subjectId: user.id,
      details: { method, userAgent: facts.userAgent },
      ip: facts.ip,
    },
    ctx.clock,
  );
}
