import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A preview link as stored: only the SHA-256 of its token is kept, so the database never hands one out. */
export interface PreviewLinkRecord {
  id: number;
  articleId: number;
  label: string;
  createdBy: number | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** A link as the back office lists it, with how often and when it was last opened. */
export interface PreviewLinkSummary extends PreviewLinkRecord {
  views: number;
  lastViewedAt: string | null;
}

export async function insertPreviewLink(
  db: Kysely<Database>,
  link: { tokenHash: string; articleId: number; label: string; createdBy: number | null; expiresAt: string },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto("preview_links")
    .values({
      token_hash: link.tokenHash,
      article_id: link.articleId,
      label: link.label,
      created_by: link.createdBy,
      created_at: now,
      expires_at: link.expiresAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

function toRecord(row: {
  id: number;
  article_id: number;
  label: string;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}): PreviewLinkRecord {
  return {
    id: row.id,
    articleId: row.article_id,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export async function findPreviewLinkByHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<PreviewLinkRecord | undefined> {
  const row = await db
    .selectFrom("preview_links")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  return row && toRecord(row);
}

export async function findPreviewLink(
  db: Kysely<Database>,
  id: number,
): Promise<PreviewLinkRecord | undefined> {
  const row = await db.selectFrom("preview_links").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRecord(row);
}

/** Revokes a link; revoking twice keeps the first instant. Returns whether this call revoked it. */
export async function revokePreviewLinkRow(db: Kysely<Database>, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable("preview_links")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertPreviewView(
  db: Kysely<Database>,
  view: { linkId: number; viewedAt: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto("preview_views")
    .values({ link_id: view.linkId, viewed_at: view.viewedAt, ip: view.ip, user_agent: view.userAgent })
    .execute();
}

/** An article's links, newest first. */
export async function listPreviewLinksOf(
  db: Kysely<Database>,
  articleId: number,
): Promise<PreviewLinkSummary[]> {
  const rows = await db
    .selectFrom("preview_links as l")
    .leftJoin("preview_views as v", "v.link_id", "l.id")
    .select((eb) => [
      "l.id",
      "l.article_id",
      "l.label",
      "l.created_by",
      "l.created_at",
      "l.expires_at",
      "l.revoked_at",
      eb.fn.count<number | string>("v.id").as("views"),
      eb.fn.max("v.viewed_at").as("last_viewed_at"),
    ])
    .where("l.article_id", "=", articleId)
    .groupBy([
      "l.id",
      "l.article_id",
      "l.label",
      "l.created_by",
      "l.created_at",
      "l.expires_at",
      "l.revoked_at",
    ])
    .orderBy("l.id", "desc")
    .execute();
  return rows.map((r) => ({
    ...toRecord(r),
    views: Number(r.views),
    lastViewedAt: r.last_viewed_at,
  }));
}

/** Every time a link was opened, newest first. */
export async function listPreviewViews(
  db: Kysely<Database>,
  linkId: number,
): Promise<{ viewedAt: string; ip: string | null; userAgent: string | null }[]> {
  const rows = await db
    .selectFrom("preview_views")
    .select(["viewed_at", "ip", "user_agent"])
    .where("link_id", "=", linkId)
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => ({ viewedAt: r.viewed_at, ip: r.ip, userAgent: r.user_agent }));
}
