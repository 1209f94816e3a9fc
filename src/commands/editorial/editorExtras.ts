import { can } from "../../domain/roles.js";
import { isoNow } from "../../lib/clock.js";
import { listPreviewLinksOf } from "../../store/previews.js";
import { userNames } from "../../store/translations.js";
import type { EditorialContext } from "./context.js";

/** A preview link as the editor page lists it: never its token, which only its creator ever saw. */
export interface EditorPreviewLink {
  id: number;
  label: string;
  createdBy: { id: number; name: string | null } | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** Revoked wins over expired: a revoked link stays revoked whatever its expiry. */
  status: "active" | "expired" | "revoked";
  views: number;
  lastViewedAt: string | null;
}

/** The newest public correction of a translation, for "last corrected". */
export interface LastCorrection {
  at: string;
  note: string;
}

/** What the editor page shows beside the text: last corrections per translation, and the preview links. */
export interface EditorExtras {
  lastCorrections: Map<number, LastCorrection>;
  /** Undefined when the actor may not manage preview links. */
  previewLinks: EditorPreviewLink[] | undefined;
}

export async function loadEditorExtras(
  ctx: Pick<EditorialContext, "store" | "actor" | "clock">,
  articleId: number,
  translationIds: readonly number[],
): Promise<EditorExtras> {
  const db = ctx.store.db;
  const corrections =
    translationIds.length === 0
      ? []
      : await db
          .selectFrom("corrections")
          .select(["translation_id", "corrected_at", "note"])
          .where("translation_id", "in", [...translationIds])
          .orderBy("corrected_at", "desc")
          .orderBy("id", "desc")
          .execute();
  const lastCorrections = new Map<number, LastCorrection>();
  for (const c of corrections) {
    if (!lastCorrections.has(c.translation_id))
      lastCorrections.set(c.translation_id, { at: c.corrected_at, note: c.note });
  }
  const { actor } = ctx;
  const mayManage = actor === "system" || can(actor.role, "preview.manage");
  if (!mayManage) return { lastCorrections, previewLinks: undefined };

  const now = isoNow(ctx.clock);
  const links = await listPreviewLinksOf(db, articleId);
  const names = await userNames(
    db,
    links.flatMap((l) => (l.createdBy === null ? [] : [l.createdBy])),
  );
  const previewLinks = links.map((l): EditorPreviewLink => ({
    id: l.id,
    label: l.label,
    createdBy: l.createdBy === null ? null : { id: l.createdBy, name: names.get(l.createdBy) ?? null },
    createdAt: l.createdAt,
    expiresAt: l.expiresAt,
    revokedAt: l.revokedAt,
    status: l.revokedAt !== null ? "revoked" : l.expiresAt <= now ? "expired" : "active",
    views: l.views,
    lastViewedAt: l.lastViewedAt,
  }));
  return { lastCorrections, previewLinks };
}
