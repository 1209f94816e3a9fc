import { conflictDetailsOf } from "../../../commands/editorial/index.js";
import { isWorkflowState } from "../../../domain/workflow.js";
import type { AdminStringKey, AdminTranslate } from "../../../i18n/admin.js";
import { isAppError } from "../../../lib/errors.js";

/** Which kind of change was refused: the same error code means different things to different forms. */
export type RefusalContext =
  "transition" | "embargo" | "lift" | "release" | "preview" | "revoke" | "restore" | "delete";

export type RefusalStatus = 403 | 409 | 422;

/** A form field named by a validation error, and what to tell the user about it. */
const FIELD_TEXT: Record<string, AdminStringKey> = {
  note: "refusal.note",
  at: "refusal.at",
  until: "refusal.until",
  label: "refusal.label",
  hours: "refusal.hours",
  expiresAt: "refusal.hours",
  correction: "refusal.correction",
  alt: "refusal.alt",
};

/**
 * What to tell the user, in their language, when a change is refused: "forbidden" (403), "invalid_transition"
 * and "conflict" (409), "validation_failed" (422). Undefined for anything else (missing items, bugs), which the
 * back office's error handler answers. Decided by code and details, never by message text.
 */
export function refusalText(
  t: AdminTranslate,
  error: unknown,
  where: RefusalContext,
): { text: string; status: RefusalStatus } | undefined {
  if (!isAppError(error)) return undefined;
  const details = error.details ?? {};
  switch (error.code) {
    case "forbidden": {
      const reason = details["reason"];
      if (reason === "own_items_only") return { text: t("refusal.own_items_only"), status: 403 };
      if (reason === "author_may_not_approve")
        return { text: t("refusal.author_may_not_approve"), status: 403 };
      return { text: t("refusal.forbidden"), status: 403 };
    }
    case "invalid_transition": {
      if (where === "embargo") return { text: t("refusal.notEmbargoable"), status: 409 };
      if (where === "lift" || where === "release") return { text: t("refusal.notEmbargoed"), status: 409 };
      const state = details["state"];
      const action = details["action"];
      const allowed = details["allowed"];
      // The state allows the action, so what stood in the way was the article's embargo.
      if (Array.isArray(allowed) && allowed.includes(action))
        return { text: t("refusal.embargoed"), status: 409 };
      const stateText =
        typeof state === "string" && isWorkflowState(state) ? t(`workflow.state.${state}`) : "?";
      return { text: t("refusal.invalid_transition", { state: stateText }), status: 409 };
    }
    case "conflict": {
      const conflict = conflictDetailsOf(error);
      if (where === "restore" && conflict) {
        return {
          text: t("refusal.stale", { current: conflict.current.version, base: conflict.baseVersion }),
          status: 409,
        };
      }
      return { text: t("refusal.moved"), status: 409 };
    }
    case "validation_failed": {
      const fields = Array.isArray(details["fields"]) ? details["fields"] : [];
      const texts = fields.flatMap((field: unknown) => {
        const key = typeof field === "string" ? FIELD_TEXT[field] : undefined;
        return key ? [t(key)] : [];
      });
      return { text: texts.length > 0 ? [...new Set(texts)].join(" ") : error.message, status: 422 };
    }
    default:
      return undefined;
  }
}
