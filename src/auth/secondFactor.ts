import { appendAudit } from "../audit/log.js";
import type { Actor } from "../commands/users.js";
import type { Role } from "../domain/roles.js";
import { AppError } from "../lib/errors.js";
import { inTransaction } from "../store/database.js";
import { deleteSession, deleteUserSessions } from "../store/sessions.js";
import { findUserById, updateUser, type UserRecord } from "../store/users.js";
import { startSession, type NewSession } from "./sessions.js";
import type { AuthContext, RequestFacts } from "./signIn.js";
import { accountBucket, checkThrottle, DEFAULT_LIMITS, recordFailure } from "./throttle.js";
import { generateTotpSecret, verifyTotp } from "./totp.js";

/** Why a TOTP change was refused; the back office shows a message for each. */
export type SecondFactorProblem = "code_wrong" | "already_enabled" | "not_enabled" | "required_by_role";

function refused(problem: SecondFactorProblem, message: string): AppError {
  return new AppError("validation_failed", message, { field: "code", problem });
}

/**
 * The secret being set up: the one already proposed (so reloading the page does not change it), or a new one.
 * It is stored unconfirmed; TOTP is enabled only once a code from it is entered.
 */
export async function proposeTotpSecret(
  ctx: Pick<AuthContext, "store" | "clock">,
  user: UserRecord,
): Promise<string> {
  if (user.totpEnabledAt !== null) throw refused("already_enabled", "Two-step sign-in is already on");
  if (user.totpSecret !== null) return user.totpSecret;
  const secret = generateTotpSecret();
  await updateUser(ctx.store.db, user.id, { totpSecret: secret }, ctx.clock.now().toISOString());
  return secret;
}

/**
 * Turns TOTP on once a code from the proposed secret checks out. The user's other sessions end, and the one
 * making the change is replaced by a fresh one (rotation after the second factor).
 */
export async function confirmTotp(
  ctx: AuthContext,
  actor: Actor,
  input: { userId: number; code: string; currentSessionId: string },
  facts: RequestFacts,
): Promise<NewSession> {
  const now = ctx.clock.now();
  const user = await findUserById(ctx.store.db, input.userId);
  if (!user) throw new AppError("not_found", `No user with id ${input.userId}`);
  if (user.totpEnabledAt !== null) throw refused("already_enabled", "Two-step sign-in is already on");
  const step = await checkCode(ctx, user, input.code, null);
  return inTransaction(ctx.store.db, async (db) => {
    await updateUser(
      db,
      user.id,
      { totpEnabledAt: now.toISOString(), totpLastStep: step },
      now.toISOString(),
    );
    await deleteUserSessions(db, user.id, input.currentSessionId);
    await deleteSession(db, input.currentSessionId);
    const session = await startSession(db, {
      userId: user.id,
      secondFactorPending: false,
      now,
      sessionDays: ctx.sessionDays,
      ip: facts.ip,
      userAgent: facts.userAgent,
    });
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        action: "second_factor_enabled",
        actorId: actor.id,
        actorLabel: actor.label,
        subjectType: "user",
        subjectId: user.id,
        details: { email: user.email },
        ip: actor.ip,
      },
      ctx.clock,
    );
    return session;
  });
}

/** Turns TOTP off, with a current code. Not allowed for a role that requires it. */
export async function disableTotp(
  ctx: AuthContext,
  actor: Actor,
  input: { userId: number; code: string; requiredRoles: readonly Role[] },
): Promise<void> {
  const now = ctx.clock.now();
  const user = await findUserById(ctx.store.db, input.userId);
  if (!user) throw new AppError("not_found", `No user with id ${input.userId}`);
  if (input.requiredRoles.includes(user.role))
    throw refused("required_by_role", "Two-step sign-in is required for this role");
  if (user.totpEnabledAt === null || user.totpSecret === null)
    throw refused("not_enabled", "Two-step sign-in is not on");
  await checkCode(ctx, user, input.code, user.totpLastStep);
  await inTransaction(ctx.store.db, async (db) => {
    await updateUser(
      db,
      user.id,
      { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
      now.toISOString(),
    );
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        action: "second_factor_disabled",
        actorId: actor.id,
        actorLabel: actor.label,
        subjectType: "user",
        subjectId: user.id,
        details: { email: user.email },
        ip: actor.ip,
      },
      ctx.clock,
    );
  });
}

/**
 * Checks a code from the user's secret and returns its time step. Codes typed on the account page count against
 * the account's sign-in bucket, so that they cannot be guessed either.
 */
async function checkCode(
  ctx: AuthContext,
  user: UserRecord,
  code: string,
  lastStep: number | null,
): Promise<number> {
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  const bucket = accountBucket(user.email);
  const now = ctx.clock.now();
  const verdict = await checkThrottle(ctx.store.db, [bucket], now, limits);
  if (!verdict.allowed) {
    throw new AppError("too_many_attempts", "Too many attempts", {
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  }
  const check = user.totpSecret === null ? undefined : verifyTotp(user.totpSecret, code, now, lastStep);
  if (!check?.ok) {
    await recordFailure(ctx.store.db, [bucket], now, limits);
    throw refused("code_wrong", "The code is not right");
  }
  return check.step;
}

/**
 * Turns TOTP off without a code, for someone who lost their authenticator: an operator's action (the CLI). The
 * user's sessions end; a role that requires TOTP will be asked to set it up again at the next sign-in.
 */
export async function resetSecondFactor(
  ctx: Pick<AuthContext, "store" | "clock">,
  actor: Actor,
  userId: number,
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.store.db, async (db) => {
    const user = await findUserById(db, userId);
    if (!user) throw new AppError("not_found", `No user with id ${userId}`);
    await updateUser(db, user.id, { totpSecret: null, totpEnabledAt: null, totpLastStep: null }, now);
    await deleteUserSessions(db, user.id);
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        action: "second_factor_disabled",
        actorId: actor.id,
        actorLabel: actor.label,
        subjectType: "user",
        subjectId: user.id,
        details: { email: user.email, reset: true },
        ip: actor.ip,
      },
      ctx.clock,
    );
  });
}
