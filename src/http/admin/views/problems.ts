import { MIN_PASSWORD_LENGTH } from "../../../auth/passwords.js";
import { isAdminStringKey, type AdminTranslate } from "../../../i18n/admin.js";
import type { AppError } from "../../../lib/errors.js";

/**
 * The user's-language message for an error whose details name a known `problem` (see UserProblem and
 * SecondFactorProblem); the error's own message otherwise.
 */
export function problemText(t: AdminTranslate, error: AppError): string {
  const problem = error.details?.["problem"];
  const key = typeof problem === "string" ? `problem.${problem}` : "";
  return isAdminStringKey(key) ? t(key, { min: MIN_PASSWORD_LENGTH }) : error.message;
}
