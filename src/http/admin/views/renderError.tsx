import { requestIdOf } from "../../ops/requestId.js";
import type { Context } from "hono";
import type { AdminStringKey } from "../../../i18n/admin.js";
import { isAppError, type AppError } from "../../../lib/errors.js";
import { wantsJson } from "../auth/request.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { AdminErrorPage } from "./AdminErrorPage.js";
import { problemText } from "./problems.js";
import { adminShell, sendAdminPage } from "./shell.js";

const textByCode: Partial<Record<AppError["code"], { title: AdminStringKey; text?: AdminStringKey }>> = {
  not_found: { title: "error.notFound.title", text: "error.notFound.text" },
  bad_request: { title: "error.badRequest.title", text: "error.badRequest.text" },
  forbidden: { title: "error.forbidden.title", text: "error.forbidden.text" },
  conflict: { title: "error.conflict.title", text: "error.conflict.text" },
  validation_failed: { title: "error.validation.title" },
  slug_taken: { title: "error.validation.title" },
  too_many_attempts: { title: "error.tooMany.title" },
  payload_too_large: { title: "error.badRequest.title" },
};

/**
 * Answers every back-office error: JSON `{ error: { code, message, details } }` for scripts, else a page in the
 * user's interface language with the same status. A CSRF refusal says what to do; a validation problem with a
 * known `details.problem` is shown in the user's language. Unexpected errors are logged, never shown.
 */
export async function renderAdminError(
  deps: AdminDeps,
  c: Context<AdminEnv>,
  error: unknown,
): Promise<Response> {
  const known = isAppError(error) ? error : undefined;
  if (!known) {
    deps.logger.error("request failed", {
      requestId: requestIdOf(c),
      path: c.req.path,
      error: String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
  }
  const status = known?.status ?? 500;
  const retryAfter = known?.details?.["retryAfterSeconds"];
  if (typeof retryAfter === "number") c.header("Retry-After", String(retryAfter));
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex, nofollow");
  if (wantsJson(c)) {
    const body = known
      ? { error: { code: known.code, message: known.message, details: known.details ?? {} } }
      : { error: { code: "internal", message: "Internal error" } };
    return c.json(body, httpStatus(status));
  }
  const shell = adminShell(c, deps);
  const { t } = shell;
  const keys = (known && textByCode[known.code]) ?? {
    title: "error.server.title",
    text: "error.server.text",
  };
  let text = keys.text ? t(keys.text) : (known?.message ?? "");
  if (known?.details?.["reason"] === "csrf") {
    return sendAdminPage(
      c,
      <AdminErrorPage shell={shell} title={t("error.csrf.title")} text={t("error.csrf.text")} />,
      403,
    );
  }
  if (known && typeof known.details?.["problem"] === "string") text = problemText(t, known);
  if (known?.code === "too_many_attempts" && typeof retryAfter === "number") {
    text = t("login.throttled", { seconds: retryAfter });
  }
  return sendAdminPage(
    c,
    <AdminErrorPage shell={shell} title={t(keys.title)} text={text} />,
    httpStatus(status),
  );
}

function httpStatus(status: number): 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 {
  switch (status) {
    case 413:
    case 400:
    case 401:
    case 403:
    case 404:
    case 409:
    case 422:
    case 429:
      return status;
    default:
      return 500;
  }
}
