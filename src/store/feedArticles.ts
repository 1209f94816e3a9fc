import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A published translation with everything a feed entry shows. */
export interface FeedArticle {
  translationId: number;
  articleId: number;
  sectionId: number;
  lang: string;
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  signatureText: string | null;
  kind: string;
  publishedAt: string;
  updatedAt: string;
}

function feedColumns(db: Kysely<Database>) {
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
      "t.body_html",
      "t.signature_text",
      "a.kind",
      "t.published_at",
      "t.updated_at",
    ])
    .where("t.state", "=", "published");
}

type FeedRow = Awaited<ReturnType<ReturnType<typeof feedColumns>["execute"]>>[number];

function toFeedArticle(row: FeedRow): FeedArticle {
  return {
    translationId: row.id,
    articleId: row.article_id,
    sectionId: row.section_id,
    lang: row.lang,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    bodyHtml: row.body_html,
    signatureText: row.signature_text,
    kind: row.kind,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

/** The newest published translations of a language, in a subtree of sections when given; ties by id, as lists. */
export async function listFeedArticles(
  db: Kysely<Database>,
  query: { lang: string; sectionIds?: readonly number[] | undefined; limit: number },
): Promise<FeedArticle[]> {
  let select = feedColumns(db).where("t.lang", "=", query.lang);
  if (query.sectionIds) {
    select = select.where("t.section_id", "in", query.sectionIds.length > 0 ? [...query.sectionIds] : [-1]);
  }
  const rows = await select
    .orderBy("t.published_at", "desc")
    .orderBy("t.id", "desc")
    .limit(query.limit)
    .execute();
  return rows.map(toFeedArticle);
}

/**
 * Published translations by id, in the order of the ids given (a search's order). Ids of translations that are
 * not published (any more) are dropped: the search index may lag a moment behind an unpublish.
 */
export async function feedArticlesByIds(
  db: Kysely<Database>,
  translationIds: readonly number[],
): Promise<FeedArticle[]> {
  if (translationIds.length === 0) return [];
  const rows = await feedColumns(db)
    .where("t.id", "in", [...translationIds])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toFeedArticle(row)]));
  return translationIds.flatMap((id) => byId.get(id) ?? []);
}

/** A person as a feed names them: only someone with a name in the language has pages (and feeds) there. */
export interface FeedPerson {
  id: number;
  slug: string;
  name: string;
}

export async function findFeedPerson(
  db: Kysely<Database>,
  slug: string,
  lang: string,
): Promise<FeedPerson | undefined> {
  return db
    .selectFrom("people as p")
    .innerJoin("person_translations as pt", "pt.person_id", "p.id")
    .select(["p.id", "p.slug", "pt.name"])
    .where("p.slug", "=", slug)
    .where("pt.lang", "=", lang)
    .executeTakeFirst();
}
