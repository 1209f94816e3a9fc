import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface NewArticle {
  sectionId: number;
  kind: string;
  publishedAt: string;
  eventStart: string | null;
  eventEnd: string | null;
  peopleIds: number[];
}

export interface NewTranslation {
  lang: string;
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  place: string | null;
  signaturePersonId: number | null;
  signaturePostId: number | null;
  signatureText: string | null;
  state: "draft" | "published";
}

/** Inserts an article and its translations. Call inside a transaction: it is all or nothing. */
export async function insertArticle(
  db: Kysely<Database>,
  article: NewArticle,
  translations: readonly NewTranslation[],
  now: string,
): Promise<{ articleId: number; translationIds: Record<string, number> }> {
  const { id: articleId } = await db
    .insertInto("articles")
    .values({
      section_id: article.sectionId,
      kind: article.kind,
      published_at: article.publishedAt,
      event_start: article.eventStart,
      event_end: article.eventEnd,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const people = [...new Set(article.peopleIds)].map((person_id) => ({ article_id: articleId, person_id }));
  if (people.length > 0) await db.insertInto("article_people").values(people).execute();

  const translationIds: Record<string, number> = {};
  for (const t of translations) {
    const row = await db
      .insertInto("article_translations")
      .values({
        article_id: articleId,
        lang: t.lang,
        section_id: article.sectionId,
        slug: t.slug,
        title: t.title,
        lead: t.lead,
        body_html: t.bodyHtml,
        place: t.place,
        signature_person_id: t.signaturePersonId,
        signature_post_id: t.signaturePostId,
        signature_text: t.signatureText,
        state: t.state,
        published_at: article.publishedAt,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    translationIds[t.lang] = row.id;
  }
  return { articleId, translationIds };
}

/** The slugs of one language and section that are already taken, among the candidates. */
export async function takenSlugs(
  db: Kysely<Database>,
  sectionId: number,
  lang: string,
  candidates: readonly string[],
): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await db
    .selectFrom("article_translations")
    .select("slug")
    .where("section_id", "=", sectionId)
    .where("lang", "=", lang)
    .where("slug", "in", candidates)
    .execute();
  return new Set(rows.map((r) => r.slug));
}

/** Slugs in a section and language that start with a prefix, for suggesting "-2", "-3"… */
export async function slugsStartingWith(
  db: Kysely<Database>,
  sectionId: number,
  lang: string,
  prefix: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("article_translations")
    .select("slug")
    .where("section_id", "=", sectionId)
    .where("lang", "=", lang)
    .where("slug", ">=", prefix)
    .where("slug", "<", `${prefix}\uffff`)
    .execute();
  return new Set(rows.map((r) => r.slug));
}
