import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** What lists show of a published translation. */
export interface ListedArticle {
  id: number;
  articleId: number;
  sectionId: number;
  slug: string;
  title: string;
  lead: string;
  publishedAt: string;
}

export interface ListQuery {
  lang: string;
  /** Narrow to these sections (a subtree); all sections when absent. */
  sectionIds?: readonly number[] | undefined;
  limit: number;
  offset: number;
}

function publishedIn(db: Kysely<Database>, lang: string, sectionIds: readonly number[] | undefined) {
  let query = db.selectFrom("article_translations").where("lang", "=", lang).where("state", "=", "published");
  if (sectionIds) query = query.where("section_id", "in", sectionIds.length > 0 ? [...sectionIds] : [-1]);
  return query;
}

/** Newest first; ties broken by id so that paging never shows an item twice. */
export async function listPublished(db: Kysely<Database>, query: ListQuery): Promise<ListedArticle[]> {
  const rows = await publishedIn(db, query.lang, query.sectionIds)
    .select(["id", "article_id", "section_id", "slug", "title", "lead", "published_at"])
    .orderBy("published_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    sectionId: r.section_id,
    slug: r.slug,
    title: r.title,
    lead: r.lead,
    publishedAt: r.published_at,
  }));
}

export async function countPublished(
  db: Kysely<Database>,
  lang: string,
  sectionIds?: readonly number[],
): Promise<number> {
  const row = await publishedIn(db, lang, sectionIds)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) as a bigint string.
  return Number(row.n);
}

/** A published translation with what its page shows. */
export interface PublishedArticle extends ListedArticle {
  lang: string;
  bodyHtml: string;
  place: string | null;
  signatureText: string | null;
  kind: string;
  eventStart: string | null;
  eventEnd: string | null;
  updatedAt: string;
}

export async function findPublishedBySlug(
  db: Kysely<Database>,
  lang: string,
  sectionId: number,
  slug: string,
): Promise<PublishedArticle | undefined> {
  const row = await db
    .selectFrom("article_translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .select([
      "t.id",
      "t.article_id",
      "t.section_id",
      "t.slug",
      "t.title",
      "t.lead",
      "t.published_at",
      "t.lang",
      "t.body_html",
      "t.place",
      "t.signature_text",
      "t.updated_at",
      "a.kind",
      "a.event_start",
      "a.event_end",
    ])
    .where("t.lang", "=", lang)
    .where("t.section_id", "=", sectionId)
    .where("t.slug", "=", slug)
    .where("t.state", "=", "published")
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    articleId: row.article_id,
    sectionId: row.section_id,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    publishedAt: row.published_at,
    lang: row.lang,
    bodyHtml: row.body_html,
    place: row.place,
    signatureText: row.signature_text,
    kind: row.kind,
    eventStart: row.event_start,
    eventEnd: row.event_end,
    updatedAt: row.updated_at,
  };
}

/** The other published translations of an article, for the language switch. */
export async function publishedSiblings(
  db: Kysely<Database>,
  articleId: number,
): Promise<{ lang: string; sectionId: number; slug: string; title: string }[]> {
  const rows = await db
    .selectFrom("article_translations")
    .select(["lang", "section_id", "slug", "title"])
    .where("article_id", "=", articleId)
    .where("state", "=", "published")
    .orderBy("lang")
    .execute();
  return rows.map((r) => ({ lang: r.lang, sectionId: r.section_id, slug: r.slug, title: r.title }));
}
