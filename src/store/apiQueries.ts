import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * Queries of the public JSON API that the site's own list and page queries do not answer: list rows with the
 * article's kind, byline and last change, and one translation found by its article's id. Only translations in
 * state 'published' ever leave this module (embargoed and scheduled ones have other states until released).
 */

/** A published translation as an API list shows it. */
export interface ApiListedArticle {
  translationId: number;
  articleId: number;
  sectionId: number;
  lang: string;
  slug: string;
  title: string;
  lead: string;
  kind: string;
  signatureText: string | null;
  publishedAt: string;
  updatedAt: string;
}

/** A published translation with everything the API's article resource shows. */
export interface ApiArticle extends ApiListedArticle {
  bodyHtml: string;
  place: string | null;
  eventStart: string | null;
  eventEnd: string | null;
}

function listColumns(db: Kysely<Database>) {
  return db
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
      "a.kind",
      "t.signature_text",
      "t.published_at",
      "t.updated_at",
    ])
    .where("t.state", "=", "published");
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listColumns>["execute"]>>[number];

function toListed(row: ListRow): ApiListedArticle {
  return {
    translationId: row.id,
    articleId: row.article_id,
    sectionId: row.section_id,
    lang: row.lang,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    kind: row.kind,
    signatureText: row.signature_text,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

/**
 * A page of a language's published translations, newest first, in a subtree of sections when given. Ties are
 * broken by id, as on the site's lists, so that paging never shows an item twice or skips one.
 */
export async function listApiArticles(
  db: Kysely<Database>,
  query: { lang: string; sectionIds?: readonly number[] | undefined; limit: number; offset: number },
): Promise<ApiListedArticle[]> {
  let select = listColumns(db).where("t.lang", "=", query.lang);
  if (query.sectionIds) {
    select = select.where("t.section_id", "in", query.sectionIds.length > 0 ? [...query.sectionIds] : [-1]);
  }
  const rows = await select
    .orderBy("t.published_at", "desc")
    .orderBy("t.id", "desc")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(toListed);
}

/**
 * Published translations by id, in the order given (a search's order). Ids no longer published are dropped: the
 * search index may lag a moment behind an unpublish.
 */
export async function apiArticlesByTranslationIds(
  db: Kysely<Database>,
  translationIds: readonly number[],
): Promise<ApiListedArticle[]> {
  if (translationIds.length === 0) return [];
  const rows = await listColumns(db)
    .where("t.id", "in", [...translationIds])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toListed(row)]));
  return translationIds.flatMap((id) => byId.get(id) ?? []);
}

/** The published translation of an article in a language; undefined when there is none (yet, or any more). */
export async function findApiArticle(
  db: Kysely<Database>,
  articleId: number,
  lang: string,
): Promise<ApiArticle | undefined> {
  const row = await listColumns(db)
    .select(["t.body_html", "t.place", "a.event_start", "a.event_end"])
    .where("t.article_id", "=", articleId)
    .where("t.lang", "=", lang)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toListed(row),
    bodyHtml: row.body_html,
    place: row.place,
    eventStart: row.event_start,
    eventEnd: row.event_end,
  };
}
