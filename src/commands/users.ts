import { appendAudit } from "../audit/log.js";
import { hashPassword, passwordProblem } from "../auth/passwords.js";
import { isRole, type Role } from "../domain/roles.js";
import { isoNow, type Clock } from "../lib/clock.js";
import { AppError } from "../lib/errors.js";
import { inTransaction, type Store } from "../store/database.js";
import { deleteUserSessions } from "../store/sessions.js";
import {
  countActiveAdministrators,
  findUserByEmail,
  findUserById,
  insertUser,
  normalizeEmail,
  updateUser,
  type UserRecord,
} from "../store/users.js";

/** Who makes a change, as the audit log records them: a signed-in user, or the operator at the CLI. */
export interface Actor {
  id: number | null;
  label: string;
  ip?: string | undefined;
}

/** The operator running `pressroom user …`, who has the database and needs no account. */
export const CLI_ACTOR: Actor = { id: null, label: "cli" };

export interface UsersContext {
  store: Store;
  clock?: Clock | undefined;
}

/**
 * Why a field is refused; the back office shows a message for each. Carried in AppError details as
 * `{ field, problem }`, never read from the message.
 */
export type UserProblem =
  | "email_invalid"
  | "email_taken"
  | "name_blank"
  | "role_invalid"
  | "language_invalid"
  | "password_too_short"
  | "password_too_long"
  | "password_blank"
  | "last_administrator"
  | "not_yourself";

function invalid(field: string, problem: UserProblem, message: string): AppError {
  return new AppError("validation_failed", message, { field, problem });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem)
    throw invalid("password", `password_${problem}`, `The password is ${problem.replace("_", " ")}`);
}

export interface NewUserInput {
  email: string;
  displayName: string;
  role: string;
  password: string;
  uiLanguage?: string | undefined;
}

/** Creates an account; the password is hashed with argon2id before anything is written. */
export async function addUser(ctx: UsersContext, actor: Actor, input: NewUserInput): Promise<number> {
  const email = normalizeEmail(input.email);
  const displayName = input.displayName.trim();
  if (!EMAIL.test(email) || email.length > 254)
    throw invalid("email", "email_invalid", "The e-mail is not valid");
  if (displayName === "" || displayName.length > 200)
    throw invalid("name", "name_blank", "The name is empty or too long");
  if (!isRole(input.role)) throw invalid("role", "role_invalid", `"${input.role}" is not a role`);
  const role: Role = input.role;
  const uiLanguage = input.uiLanguage ?? "en";
  if (!/^[a-z]{2}$/.test(uiLanguage)) throw invalid("language", "language_invalid", "Unknown language");
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (db) => {
    if (await findUserByEmail(db, email)) {
      throw new AppError("conflict", `A user with the e-mail ${email} already exists`, {
        field: "email",
        problem: "email_taken",
      });
    }
    const id = await insertUser(db, { email, displayName, passwordHash, role, uiLanguage }, now);
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        ...auditActor(actor),
        action: "user_created",
        subjectType: "user",
        subjectId: id,
        details: { email, role },
      },
      ctx.clock,
    );
    return id;
  });
}

/**
 * Sets a new password and ends the user's other sessions (all of them, unless `keepSessionId` names the one the
 * change was made from).
 */
export async function changePassword(
  ctx: UsersContext,
  actor: Actor,
  input: { userId: number; password: string; keepSessionId?: string | undefined },
): Promise<void> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx.store.db, async (db) => {
    const user = await requireUser(db, input.userId);
    await updateUser(db, user.id, { passwordHash }, isoNow(ctx.clock));
    await deleteUserSessions(db, user.id, input.keepSessionId);
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      { ...auditActor(actor), action: "password_changed", ...subject(user) },
      ctx.clock,
    );
  });
}

/** Disables an account; its sessions end at once. The last active administrator cannot be disabled. */
export async function disableUser(ctx: UsersContext, actor: Actor, userId: number): Promise<void> {
  if (actor.id === userId) throw invalid("user", "not_yourself", "You cannot disable your own account");
  await inTransaction(ctx.store.db, async (db) => {
    const user = await requireUser(db, userId);
    if (user.disabledAt !== null) return;
    if (user.role === "administrator" && (await countActiveAdministrators(db)) <= 1) {
      throw invalid("user", "last_administrator", "The last active administrator cannot be disabled");
    }
    await updateUser(db, user.id, { disabledAt: isoNow(ctx.clock) }, isoNow(ctx.clock));
    await deleteUserSessions(db, user.id);
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      { ...auditActor(actor), action: "user_disabled", ...subject(user) },
      ctx.clock,
    );
  });
}

export async function enableUser(ctx: UsersContext, actor: Actor, userId: number): Promise<void> {
  await inTransaction(ctx.store.db, async (db) => {
    const user = await requireUser(db, userId);
    if (user.disabledAt === null) return;
    await updateUser(db, user.id, { disabledAt: null }, isoNow(ctx.clock));
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      { ...auditActor(actor), action: "user_enabled", ...subject(user) },
      ctx.clock,
    );
  });
}

/** Gives a user another role. The last active administrator keeps theirs. */
export async function changeRole(
  ctx: UsersContext,
  actor: Actor,
  userId: number,
  role: string,
): Promise<void> {
  if (!isRole(role)) throw invalid("role", "role_invalid", `"${role}" is not a role`);
  const newRole: Role = role;
  await inTransaction(ctx.store.db, async (db) => {
    const user = await requireUser(db, userId);
    if (user.role === newRole) return;
    if (
      user.role === "administrator" &&
      user.disabledAt === null &&
      (await countActiveAdministrators(db)) <= 1
    ) {
      throw invalid("role", "last_administrator", "The last active administrator must stay an administrator");
    }
    await updateUser(db, user.id, { role: newRole }, isoNow(ctx.clock));
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        ...auditActor(actor),
        action: "role_changed",
        ...subject(user),
        details: { email: user.email, from: user.role, to: newRole },
      },
      ctx.clock,
    );
  });
}

/** The back office's language for a user. Not audited: it changes nothing anyone else sees. */
export async function setUiLanguage(ctx: UsersContext, userId: number, lang: string): Promise<void> {
  if (!/^[a-z]{2}$/.test(lang)) throw invalid("language", "language_invalid", "Unknown language");
  await updateUser(ctx.store.db, userId, { uiLanguage: lang }, isoNow(ctx.clock));
}

async function requireUser(db: Store["db"], id: number): Promise<UserRecord> {
  const user = await findUserById(db, id);
  if (!user) throw new AppError("not_found", `No user with id ${id}`);
  return user;
}

function auditActor(actor: Actor): { actorId: number | null; actorLabel: string; ip: string | undefined } {
  return { actorId: actor.id, actorLabel: actor.label, ip: actor.ip };
}

function subject(user: UserRecord): {
  subjectType: string;
  subjectId: number;
  details: Record<string, unknown>;
} {
  return { subjectType: "user", subjectId: user.id, details: { email: user.email } };
}
