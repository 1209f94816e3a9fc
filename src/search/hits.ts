import type { Kysely } from "kysely";
import { highlightAll } from "../domain/search/highlight.js";
import type { Database } from "../store/schema.js";
import { bodyText, passage } from "./text.js";
import type { SearchHit } from "./types.js";

/**
 * The hits for translation ids, in the given order, with the query's terms marked in the title and in a passage
 * of the lead and body. Reads the live rows, so a translation unpublished a moment ago is left out.
 */
export async function loadHits(
  db: Kysely<Database>,
  ids: readonly number[],
  terms: ReadonlySet<string>,
): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("article_translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .select([
      "t.id",
      "t.article_id",
      "t.section_id",
      "t.lang",
      "t.slug",
      "t.title",
      "t.lead",
      "t.body_html",
      "t.published_at",
      "t.state",
      "a.kind",
    ])
    .where("t.id", "in", [...ids])
    .execute();
  // The state is checked here, not in SQL: SQLite would otherwise walk the index of every published row.
  const byId = new Map(rows.filter((row) => row.state === "published").map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const text = [row.lead, bodyText(row.body_html)].filter((part) => part !== "").join(" ");
    return [
      {
        translationId: row.id,
        articleId: row.article_id,
        sectionId: row.section_id,
        lang: row.lang,
        slug: row.slug,
        title: row.title,
        lead: row.lead,
        kind: row.kind,
        publishedAt: row.published_at,
        titleSegments: highlightAll(row.title, terms),
        snippet: passage(text, terms),
      },
    ];
  });
}
