import { randomBytes } from "node:crypto";
import { hash, verify, type Options } from "@node-rs/argon2";

/** The shortest password accepted: length beats composition rules (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;
/** The longest accepted, so that hashing cannot be made to chew on megabytes. */
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordProblem = "too_short" | "too_long" | "blank";

/** Why a new password is refused, or undefined when it is acceptable. Counts characters, not UTF-16 units. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (password.trim() === "") return "blank";
  if (length < MIN_PASSWORD_LENGTH) return "too_short";
  if (length > MAX_PASSWORD_LENGTH) return "too_long";
  return undefined;
}

// The package declares Algorithm as an ambient const enum, which verbatimModuleSyntax cannot read; 2 is its
// Argon2id member. The hash string's "$argon2id$" prefix is checked by a test.
const ARGON2ID: NonNullable<Options["algorithm"]> = 2;

/** Hashes with argon2id at the library's defaults (19 MiB, 2 passes: OWASP's minimum recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/**
 * Checks passwords. Sign-in calls it through this object, so that a test can spy on `verify` and prove that a
 * throttled attempt never reaches it.
 */
export const passwordVerifier = {
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed check, not a crash.
      return false;
    }
  },
};

export type PasswordVerifier = typeof passwordVerifier;

let dummyHash: Promise<string> | undefined;

/**
 * A real argon2id hash of a random password, verified against when the e-mail is unknown, so that an unknown
 * account takes the same time as a wrong password.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash;
}
