import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** Which articles the back office's list shows: those with a translation matching every given condition. */
export interface ItemListFilter {
  state?: string | undefined;
  lang?: string | undefined;
  authorId?: number | undefined;
  /** A section and everything under it; an empty list matches nothing. */
  sectionIds?: readonly number[] | undefined;
  limit: number;
  offset: number;
}

/** One translation of a listed article. */
export interface ItemListTranslation {
  id: number;
  lang: string;
  title: string;
  state: string;
  authorId: number | null;
  authorName: string | null;
  updatedAt: string;
  contentChangedAt: string | null;
}

/** One row of the list: an article with all of its translations, whichever matched. */
export interface ItemListRow {
  articleId: number;
  sectionId: number;
  kind: string;
  publishedAt: string;
  embargoUntil: string | null;
  /** The latest change of a matching translation: what the list is sorted by, newest first. */
  lastChangedAt: string;
  translations: ItemListTranslation[];
}

/**
 * Articles for the back office's list, one row each, most recently changed first, with the total for paging.
 * A filter matches an article when one of its translations meets all of its conditions.
 */
export async function listItemArticles(
  db: Kysely<Database>,
  filter: ItemListFilter,
): Promise<{ rows: ItemListRow[]; total: number }> {
  let matching = db.selectFrom("article_translations as t");
  if (filter.state !== undefined) matching = matching.where("t.state", "=", filter.state);
  if (filter.lang !== undefined) matching = matching.where("t.lang", "=", filter.lang);
  if (filter.authorId !== undefined) matching = matching.where("t.author_id", "=", filter.authorId);
  if (filter.sectionIds !== undefined) {
    matching = matching.where(
      "t.section_id",
      "in",
      filter.sectionIds.length > 0 ? [...filter.sectionIds] : [-1],
    );
  }
  const [page, count] = await Promise.all([
    matching
      .select((eb) => ["t.article_id", eb.fn.max("t.updated_at").as("last_changed_at")])
      .groupBy("t.article_id")
      .orderBy("last_changed_at", "desc")
      .orderBy("t.article_id", "desc")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    matching
      .select((eb) => eb.fn.count<number | string>("t.article_id").distinct().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  const ids = page.map((p) => p.article_id);
  if (ids.length === 0) return { rows: [], total: Number(count.n) };
  const [articles, translations] = await Promise.all([
    db
      .selectFrom("articles")
      .select(["id", "section_id", "kind", "published_at", "embargo_until"])
      .where("id", "in", ids)
      .execute(),
    db
      .selectFrom("article_translations as t")
      .leftJoin("users as u", "u.id", "t.author_id")
      .select([
        "t.id",
        "t.article_id",
        "t.lang",
        "t.title",
        "t.state",
        "t.author_id",
        "u.display_name",
        "t.updated_at",
        "t.content_changed_at",
      ])
      .where("t.article_id", "in", ids)
      .orderBy("t.lang")
      .execute(),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const rows = page.flatMap((p): ItemListRow[] => {
    const a = articleById.get(p.article_id);
    if (!a) return [];
    return [
      {
        articleId: a.id,
        sectionId: a.section_id,
        kind: a.kind,
        publishedAt: a.published_at,
        embargoUntil: a.embargo_until,
        lastChangedAt: String(p.last_changed_at),
        translations: translations
          .filter((t) => t.article_id === a.id)
          .map((t) => ({
            id: t.id,
            lang: t.lang,
            title: t.title,
            state: t.state,
            authorId: t.author_id,
            authorName: t.display_name,
            updatedAt: t.updated_at,
            contentChangedAt: t.content_changed_at,
          })),
      },
    ];
  });
  return { rows, total: Number(count.n) };
}
