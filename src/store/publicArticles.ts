import type { Kysely } from "kysely";
import { keptCount } from "./listCounts.js";
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
  const key = sectionIds ? [...sectionIds].sort((a, b) => a - b).join(",") : "*";
  return keptCount(db, lang, key, async () => {
    const row = await publishedIn(db, lang, sectionIds)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    // PostgreSQL answers count(*) as a bigint string.
    return Number(row.n);
  });
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

/** An image of an article as its page shows it: described in the page's language, with its variants. */
export interface ArticleImage {
  mediaId: number;
  alt: string;
  variants: { format: string; width: number; height: number; storageKey: string }[];
}

/** A document listed under an article. */
export interface ArticleAttachment {
  mediaId: number;
  name: string;
  contentType: string;
  size: number;
  storageKey: string;
}

/**
 * The media an article's page shows in one language, in the editor's order. An image appears only once it
 * has variants and alt text in this language: no reader gets an undescribed image or an unstripped original.
 */
export async function publishedArticleMedia(
  db: Kysely<Database>,
  articleId: number,
  lang: string,
): Promise<{ images: ArticleImage[]; attachments: ArticleAttachment[] }> {
  const rows = await db
    .selectFrom("article_media as am")
    .innerJoin("media as m", "m.id", "am.media_id")
    .leftJoin("media_alt as a", (join) => join.onRef("a.media_id", "=", "m.id").on("a.lang", "=", lang))
    .select(["m.id", "am.role", "m.original_name", "m.content_type", "m.size", "m.storage_key", "a.alt"])
    .where("am.article_id", "=", articleId)
    .orderBy("am.position")
    .orderBy("m.id")
    .execute();
  const imageRows = rows.filter((r) => r.role === "image" && r.alt !== null && r.alt.trim() !== "");
  const variants =
    imageRows.length === 0
      ? []
      : await db
          .selectFrom("media_variants")
          .select(["media_id", "format", "width", "height", "storage_key"])
          .where(
            "media_id",
            "in",
            imageRows.map((r) => r.id),
          )
          .orderBy("width")
          .execute();
  const images = imageRows.flatMap((r): ArticleImage[] => {
    const own = variants.filter((v) => v.media_id === r.id);
    if (own.length === 0 || r.alt === null) return [];
    return [
      {
        mediaId: r.id,
        alt: r.alt,
        variants: own.map((v) => ({
          format: v.format,
          width: v.width,
          height: v.height,
          storageKey: v.storage_key,
        })),
      },
    ];
  });
  const attachments = rows
    .filter((r) => r.role === "attachment")
    .map((r) => ({
      mediaId: r.id,
      name: r.original_name,
      contentType: r.content_type,
      size: Number(r.size),
      storageKey: r.storage_key,
    }));
  return { images, attachments };
}

/** A public correction of a translation: "Corrected on <date>: <note>". */
export interface PublicCorrection {
  correctedAt: string;
  note: string;
}

/** The corrections of a published translation, newest first. Nothing is returned for one that is not public. */
export async function publishedCorrections(
  db: Kysely<Database>,
  translationId: number,
): Promise<PublicCorrection[]> {
  const rows = await db
    .selectFrom("corrections as c")
    .innerJoin("article_translations as t", "t.id", "c.translation_id")
    .select(["c.corrected_at", "c.note"])
    .where("c.translation_id", "=", translationId)
    .where("t.state", "=", "published")
    .orderBy("c.corrected_at", "desc")
    .orderBy("c.id", "desc")
    .execute();
  return rows.map((r) => ({ correctedAt: r.corrected_at, note: r.note }));
}
