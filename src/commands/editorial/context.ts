import type { Kysely } from "kysely";
import type { AuditAction } from "../../audit/log.js";
import { appendAudit } from "../../audit/log.js";
import { can, type Permission, type Role } from "../../domain/roles.js";
import { isWorkflowState, type Refusal, type WorkflowState } from "../../domain/workflow.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import type { Store } from "../../store/database.js";
import type { Database } from "../../store/schema.js";
import { getSetting } from "../../store/settings.js";

/** Who acts: a member of the press office, or the system (the scheduler). */
export type Actor = { id: number; role: Role; label: string } | "system";

/** The acting member of the press office as commands see them, from a signed-in user. */
export function actorOf(user: { id: number; role: Role; email: string }): Actor {
  return { id: user.id, role: user.role, label: user.email };
}

/** What every editorial command needs: the store, who acts, and when. */
export interface EditorialContext {
  store: Store;
  actor: Actor;
  /** The site's languages; drafts may only be written in these. */
  languages: readonly string[];
  clock?: Clock | undefined;
  /** Overrides the "authorMayNotApprove" setting, which is read from the settings table when absent. */
  authorMayNotApprove?: boolean | undefined;
  /** The client's address, recorded in the audit log. */
  ip?: string | undefined;
}

/** The system may do everything; it only acts through the scheduler. */
export function actorCan(actor: Actor, permission: Permission): boolean {
  return actor === "system" || can(actor.role, permission);
}

export function actorId(actor: Actor): number | null {
  return actor === "system" ? null : actor.id;
}

const refusalMessages: Record<Exclude<Refusal, "invalid_transition">, string> = {
  forbidden: "Your role does not allow this",
  own_items_only: "You may only work on your own items",
  author_may_not_approve: "The author of an item may not approve it",
};

/** The one way commands refuse someone: AppError "forbidden" (403) with a stable reason. */
export function forbidden(
  reason: Exclude<Refusal, "invalid_transition">,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError("forbidden", refusalMessages[reason], { reason, ...details });
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actorCan(actor, permission)) throw forbidden("forbidden", { permission });
}

/** Whether the author of an item is barred from approving it: the context's override, else the setting. */
export async function authorMayNotApprove(ctx: EditorialContext, db: Kysely<Database>): Promise<boolean> {
  return ctx.authorMayNotApprove ?? getSetting(db, "authorMayNotApprove");
}

/** Appends an audit entry for the context's actor inside the transaction `trx`. */
export function audit(
  ctx: Pick<EditorialContext, "store" | "actor" | "clock" | "ip">,
  trx: Kysely<Database>,
  action: AuditAction,
  subject: { type: "article" | "translation" | "preview_link"; id: number },
  details: Record<string, unknown>,
): Promise<number> {
  const { actor } = ctx;
  return appendAudit(
    { db: trx, dialect: ctx.store.dialect },
    {
      action,
      actorId: actorId(actor),
      actorLabel: actor === "system" ? "system" : actor.label,
      subjectType: subject.type,
      subjectId: subject.id,
      details,
      ip: ctx.ip,
    },
    ctx.clock,
  );
}

/** A stored state as the workflow knows it. States are written only through the workflow, so others are a bug. */
export function stateOf(row: { id: number; state: string }): WorkflowState {
  if (!isWorkflowState(row.state))
    throw new Error(`Translation ${row.id} has an unknown state "${row.state}"`);
  return row.state;
}
