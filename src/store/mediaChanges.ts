import type { Kysely } from "kysely";
import { announceContentChange } from "./contentChanges.js";
import type { Database } from "./schema.js";

/**
 * Announces that the pages of every article showing this media item changed (a new description, new sizes),
 * after the surrounding transaction commits.
 */
export async function announceMediaChange(db: Kysely<Database>, mediaId: number): Promise<void> {
  const rows = await db
    .selectFrom("article_media")
    .select("article_id")
    .where("media_id", "=", mediaId)
    .execute();
  if (rows.length > 0) announceContentChange({ articleIds: rows.map((r) => r.article_id) });
}
