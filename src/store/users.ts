import type { Kysely, Selectable } from "kysely";
import { isRole, type Role } from "../domain/roles.js";
import type { Database, UsersTable } from "./schema.js";

/** A member of the press office as stored, with camel-cased fields and a checked role. */
export interface UserRecord {
  id: number;
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  uiLanguage: string;
  /** Set while TOTP is being set up (not yet confirmed) and once it is enabled. */
  totpSecret: string | null;
  totpEnabledAt: string | null;
  totpLastStep: number | null;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** E-mail addresses are compared without case and surrounding space. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    // A role the code does not know (an old or hand-edited row) gets the least privilege, not a crash.
    role: isRole(row.role) ? row.role : "correspondent",
    uiLanguage: row.ui_language,
    totpSecret: row.totp_secret,
    totpEnabledAt: row.totp_enabled_at,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<UserRecord | undefined> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRecord(row);
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Everyone, by name then e-mail. The press office is small; there is no paging. */
export async function listUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  const rows = await db.selectFrom("users").selectAll().orderBy("display_name").orderBy("email").execute();
  return rows.map(toRecord);
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Administrators who can still sign in: the last one may not be disabled or demoted. */
export async function countActiveAdministrators(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("role", "=", "administrator")
    .where("disabled_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  uiLanguage: string;
}

export async function insertUser(db: Kysely<Database>, user: NewUser, now: string): Promise<number> {
  const row = await db
    .insertInto("users")
    .values({
      email: normalizeEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      ui_language: user.uiLanguage,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The columns a user's own changes touch. */
export interface UserChanges {
  displayName?: string;
  passwordHash?: string;
  role?: Role;
  uiLanguage?: string;
  totpSecret?: string | null;
  totpEnabledAt?: string | null;
  totpLastStep?: number | null;
  disabledAt?: string | null;
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: UserChanges,
  now: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({
      display_name: changes.displayName,
      password_hash: changes.passwordHash,
      role: changes.role,
      ui_language: changes.uiLanguage,
      totp_secret: changes.totpSecret,
      totp_enabled_at: changes.totpEnabledAt,
      totp_last_step: changes.totpLastStep,
      disabled_at: changes.disabledAt,
      updated_at: now,
    })
    .where("id", "=", id)
    .execute();
}

/**
 * Records a TOTP step as used, only if it is newer than the last one: of two concurrent sign-ins with the same
 * code, exactly one wins. Returns whether this one did.
 */
export async function claimTotpStep(db: Kysely<Database>, id: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ totp_last_step: step })
    .where("id", "=", id)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
