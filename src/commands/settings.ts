import { appendAudit } from "../audit/log.js";
import { isoNow, type Clock } from "../lib/clock.js";
import { inTransaction, type Store } from "../store/database.js";
import { getSetting, setSetting } from "../store/settings.js";
import type { Actor } from "./users.js";

export interface EditableSettings {
  authorMayNotApprove: boolean;
}

/**
 * Stores the administrator's settings and records "settings_changed" with each changed value's old and new
 * value, in one transaction. Returns whether anything changed (nothing is recorded when nothing did).
 */
export async function changeSettings(
  ctx: { store: Store; clock?: Clock | undefined },
  actor: Actor,
  wanted: EditableSettings,
): Promise<boolean> {
  return inTransaction(ctx.store.db, async (db) => {
    const old = await getSetting(db, "authorMayNotApprove");
    if (old === wanted.authorMayNotApprove) return false;
    await setSetting(db, "authorMayNotApprove", wanted.authorMayNotApprove, isoNow(ctx.clock));
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        actorId: actor.id,
        actorLabel: actor.label,
        ip: actor.ip,
        action: "settings_changed",
        subjectType: "settings",
        subjectId: "authorMayNotApprove",
        details: { authorMayNotApprove: { old, new: wanted.authorMayNotApprove } },
      },
      ctx.clock,
    );
    return true;
  });
}
