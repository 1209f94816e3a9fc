import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** The languages in which a section holds a published item with this slug. */
export async function languagesWithPublishedSlug(
  db: Kysely<Database>,
  candidates: readonly { lang: string; sectionId: number }[],
  slug: string,
): Promise<string[]> {
  if (candidates.length === 0) return [];
  const rows = await db
    .selectFrom("article_translations")
    .select("lang")
    .where("slug", "=", slug)
    .where("state", "=", "published")
    .where((eb) =>
      eb.or(candidates.map((c) => eb.and([eb("lang", "=", c.lang), eb("section_id", "=", c.sectionId)]))),
    )
    .execute();
  return rows.map((r) => r.lang);
}
