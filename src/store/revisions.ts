import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A full snapshot of a translation's text at one version. */
export interface RevisionSnapshot {
  translationId: number;
  version: number;
  title: string;
  lead: string;
  bodyHtml: string;
  slug: string;
  place: string | null;
  signatureText: string | null;
  state: string;
  /** Who made this version. */
  authorId: number | null;
  isCorrection: boolean;
}

export interface Revision extends RevisionSnapshot {
  id: number;
  createdAt: string;
}

/** A revision as lists show it, with who made it and the correction note it carried, if any. */
export interface RevisionSummary {
  id: number;
  translationId: number;
  version: number;
  title: string;
  state: string;
  authorId: number | null;
  authorName: string | null;
  isCorrection: boolean;
  correctionNote: string | null;
  createdAt: string;
}

export async function insertRevision(
  db: Kysely<Database>,
  snapshot: RevisionSnapshot,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto("revisions")
    .values({
      translation_id: snapshot.translationId,
      version: snapshot.version,
      title: snapshot.title,
      lead: snapshot.lead,
      body_html: snapshot.bodyHtml,
      slug: snapshot.slug,
      place: snapshot.place,
      signature_text: snapshot.signatureText,
      state: snapshot.state,
      author_id: snapshot.authorId,
      is_correction: snapshot.isCorrection ? 1 : 0,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function hasRevision(
  db: Kysely<Database>,
  translationId: number,
  version: number,
): Promise<boolean> {
  const row = await db
    .selectFrom("revisions")
    .select("id")
    .where("translation_id", "=", translationId)
    .where("version", "=", version)
    .executeTakeFirst();
  return row !== undefined;
}

/** Newest first. */
export async function listRevisionsOf(
  db: Kysely<Database>,
  translationId: number,
): Promise<RevisionSummary[]> {
  const rows = await db
    .selectFrom("revisions as r")
    .leftJoin("users as u", "u.id", "r.author_id")
    .leftJoin("corrections as c", "c.revision_id", "r.id")
    .select([
      "r.id",
      "r.translation_id",
      "r.version",
      "r.title",
      "r.state",
      "r.author_id",
      "u.display_name",
      "r.is_correction",
      "c.note",
      "r.created_at",
    ])
    .where("r.translation_id", "=", translationId)
    .orderBy("r.version", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    translationId: r.translation_id,
    version: r.version,
    title: r.title,
    state: r.state,
    authorId: r.author_id,
    authorName: r.display_name,
    isCorrection: Number(r.is_correction) === 1,
    correctionNote: r.note,
    createdAt: r.created_at,
  }));
}

export async function findRevision(db: Kysely<Database>, id: number): Promise<Revision | undefined> {
  const r = await db.selectFrom("revisions").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    translationId: r.translation_id,
    version: r.version,
    title: r.title,
    lead: r.lead,
    bodyHtml: r.body_html,
    slug: r.slug,
    place: r.place,
    signatureText: r.signature_text,
    state: r.state,
    authorId: r.author_id,
    isCorrection: Number(r.is_correction) === 1,
    createdAt: r.created_at,
  };
}

/** Records a public correction note for the revision that made it. */
export async function insertCorrection(
  db: Kysely<Database>,
  correction: { translationId: number; revisionId: number; note: string; correctedAt: string },
): Promise<number> {
  const row = await db
    .insertInto("corrections")
    .values({
      translation_id: correction.translationId,
      revision_id: correction.revisionId,
      note: correction.note,
      corrected_at: correction.correctedAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
