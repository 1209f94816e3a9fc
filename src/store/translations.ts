import type { Kysely, Selectable, Updateable } from "kysely";
import type { ArticlesTable, ArticleTranslationsTable, Database } from "./schema.js";

export type TranslationRow = Selectable<ArticleTranslationsTable>;
export type ArticleRow = Selectable<ArticlesTable>;
type TranslationChanges = Updateable<ArticleTranslationsTable>;

export async function findTranslation(db: Kysely<Database>, id: number): Promise<TranslationRow | undefined> {
  return db.selectFrom("article_translations").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findArticleRow(db: Kysely<Database>, id: number): Promise<ArticleRow | undefined> {
  return db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every translation of an article, in language order. */
export async function translationsOfArticle(
  db: Kysely<Database>,
  articleId: number,
): Promise<TranslationRow[]> {
  return db
    .selectFrom("article_translations")
    .selectAll()
    .where("article_id", "=", articleId)
    .orderBy("lang")
    .execute();
}

/**
 * Optimistic concurrency: changes a translation only if it is still at the version the writer started from,
 * and bumps the version. Returns false when someone else saved first (nothing is written then).
 */
export async function updateTranslationAtVersion(
  db: Kysely<Database>,
  id: number,
  baseVersion: number,
  changes: TranslationChanges,
): Promise<boolean> {
  const result = await db
    .updateTable("article_translations")
    .set((eb) => ({ ...changes, version: eb("version", "+", 1) }))
    .where("id", "=", id)
    .where("version", "=", baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Moves a translation to another state only if it is still in one of `from`: a second writer (or a second job
 * runner) that read the same old state changes nothing. Returns whether this call moved it.
 */
export async function moveTranslationState(
  db: Kysely<Database>,
  id: number,
  from: readonly string[],
  changes: TranslationChanges & { state: string },
): Promise<boolean> {
  const result = await db
    .updateTable("article_translations")
    .set(changes)
    .where("id", "=", id)
    .where("state", "in", [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Which translations `markPublished` picks: one by id, or all of an article that are in the given states. */
export interface PublishTarget {
  translationId?: number | undefined;
  articleId?: number | undefined;
  from: readonly string[];
  /** Only translations scheduled at or before this instant (the job runner's guard). */
  scheduledBy?: string | undefined;
}

/**
 * Publishes the targeted translations that are still in a `from` state, in one conditional UPDATE, and returns
 * those this call moved. Keeps the first publication instant of a translation that was public before.
 */
export async function markPublished(
  db: Kysely<Database>,
  target: PublishTarget,
  now: string,
): Promise<{ id: number; article_id: number; lang: string }[]> {
  let query = db
    .updateTable("article_translations")
    .set((eb) => ({
      state: "published",
      scheduled_at: null,
      first_published_at: eb.fn.coalesce("first_published_at", eb.val(now)),
      updated_at: now,
    }))
    .where("state", "in", [...target.from]);
  if (target.translationId !== undefined) query = query.where("id", "=", target.translationId);
  if (target.articleId !== undefined) query = query.where("article_id", "=", target.articleId);
  if (target.scheduledBy !== undefined) query = query.where("scheduled_at", "<=", target.scheduledBy);
  return query.returning(["id", "article_id", "lang"]).execute();
}

/** Moves an article's publication instant, and its copy on every translation (what lists sort by). */
export async function setArticlePublishedAt(
  db: Kysely<Database>,
  articleId: number,
  publishedAt: string,
  now: string,
): Promise<void> {
  await db
    .updateTable("articles")
    .set({ published_at: publishedAt, updated_at: now })
    .where("id", "=", articleId)
    .execute();
  await db
    .updateTable("article_translations")
    .set({ published_at: publishedAt })
    .where("article_id", "=", articleId)
    .execute();
}

/** Whether a slug is used in a section and language by a translation other than `exceptId`. */
export async function isSlugTaken(
  db: Kysely<Database>,
  where: { sectionId: number; lang: string; slug: string; exceptId?: number | undefined },
): Promise<boolean> {
  let query = db
    .selectFrom("article_translations")
    .select("id")
    .where("section_id", "=", where.sectionId)
    .where("lang", "=", where.lang)
    .where("slug", "=", where.slug);
  if (where.exceptId !== undefined) query = query.where("id", "<>", where.exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Display names of users by id, for "last saved by". Unknown ids are left out. */
export async function userNames(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("id", "in", unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** A row of the back office's list of items. */
export interface EditorialListItem {
  translationId: number;
  articleId: number;
  lang: string;
  sectionId: number;
  title: string;
  slug: string;
  state: string;
  version: number;
  authorId: number | null;
  authorName: string | null;
  updatedAt: string;
  publishedAt: string;
  scheduledAt: string | null;
  embargoUntil: string | null;
}

export interface EditorialListFilter {
  state?: string | undefined;
  sectionIds?: readonly number[] | undefined;
  lang?: string | undefined;
  authorId?: number | undefined;
  limit: number;
  offset: number;
}

/** Every translation whatever its state, filtered, most recently changed first, with the total for paging. */
export async function listEditorialItems(
  db: Kysely<Database>,
  filter: EditorialListFilter,
): Promise<{ items: EditorialListItem[]; total: number }> {
  let base = db
    .selectFrom("article_translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .leftJoin("users as u", "u.id", "t.author_id");
  if (filter.state !== undefined) base = base.where("t.state", "=", filter.state);
  if (filter.lang !== undefined) base = base.where("t.lang", "=", filter.lang);
  if (filter.authorId !== undefined) base = base.where("t.author_id", "=", filter.authorId);
  if (filter.sectionIds !== undefined) {
    base = base.where("t.section_id", "in", filter.sectionIds.length > 0 ? [...filter.sectionIds] : [-1]);
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        "t.id",
        "t.article_id",
        "t.lang",
        "t.section_id",
        "t.title",
        "t.slug",
        "t.state",
        "t.version",
        "t.author_id",
        "u.display_name",
        "t.updated_at",
        "t.published_at",
        "t.scheduled_at",
        "a.embargo_until",
      ])
      .orderBy("t.updated_at", "desc")
      .orderBy("t.id", "desc")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      translationId: r.id,
      articleId: r.article_id,
      lang: r.lang,
      sectionId: r.section_id,
      title: r.title,
      slug: r.slug,
      state: r.state,
      version: r.version,
      authorId: r.author_id,
      authorName: r.display_name,
      updatedAt: r.updated_at,
      publishedAt: r.published_at,
      scheduledAt: r.scheduled_at,
      embargoUntil: r.embargo_until,
    })),
  };
}
