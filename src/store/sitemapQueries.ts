import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * What search engines are told about: published translations that have a public address, i.e. whose section
 * has a path in the translation's language. Only state = 'published' ever leaves this module.
 */
export interface PublicTranslation {
  articleId: number;
  lang: string;
  sectionPath: string;
  slug: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
}

/** A slice of the sitemap's article part: same order on every call, so pages never overlap. */
export interface Slice {
  limit: number;
  offset: number;
}

/** Languages may be empty only in theory; `in ()` is not valid SQL, so an impossible value stands in. */
function languageList(languages: readonly string[]): string[] {
  return languages.length > 0 ? [...languages] : [""];
}

function publicTranslations(db: Kysely<Database>, languages: readonly string[]) {
  return db
    .selectFrom("article_translations as t")
    .innerJoin("section_translations as s", (join) =>
      join.onRef("s.section_id", "=", "t.section_id").onRef("s.lang", "=", "t.lang"),
    )
    .where("t.state", "=", "published")
    .where("t.lang", "in", languageList(languages));
}

function selectPublic(db: Kysely<Database>, languages: readonly string[]) {
  return publicTranslations(db, languages).select([
    "t.article_id",
    "t.lang",
    "s.path",
    "t.slug",
    "t.title",
    "t.published_at",
    "t.updated_at",
  ]);
}

type PublicRow = {
  article_id: number;
  lang: string;
  path: string;
  slug: string;
  title: string;
  published_at: string;
  updated_at: string;
};

function toPublic(row: PublicRow): PublicTranslation {
  return {
    articleId: row.article_id,
    lang: row.lang,
    sectionPath: row.path,
    slug: row.slug,
    title: row.title,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export async function countPublicTranslations(
  db: Kysely<Database>,
  languages: readonly string[],
): Promise<number> {
  const row = await publicTranslations(db, languages)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) as a bigint string.
  return Number(row.n);
}

/** Newest first; an article's translations share its date, so they stay next to each other. */
function inSitemapOrder(db: Kysely<Database>, languages: readonly string[]) {
  return selectPublic(db, languages)
    .orderBy("t.published_at", "desc")
    .orderBy("t.article_id", "desc")
    .orderBy("t.lang");
}

export async function publicTranslationsSlice(
  db: Kysely<Database>,
  languages: readonly string[],
  slice: Slice,
): Promise<PublicTranslation[]> {
  const rows = await inSitemapOrder(db, languages).limit(slice.limit).offset(slice.offset).execute();
  return rows.map(toPublic);
}

/** The latest change within a slice, for the sitemap index's `lastmod` of that child sitemap. */
export async function newestInSlice(
  db: Kysely<Database>,
  languages: readonly string[],
  slice: Slice,
): Promise<string | undefined> {
  const page = inSitemapOrder(db, languages).limit(slice.limit).offset(slice.offset).as("page");
  const row = await db
    .selectFrom(page)
    .select((eb) => [
      eb.fn.max("page.updated_at").as("updated"),
      eb.fn.max("page.published_at").as("published"),
    ])
    .executeTakeFirst();
  return latest([row?.updated, row?.published]);
}

/** Every public translation of the given articles: the hreflang alternates of a sitemap page. */
export async function publicTranslationsOf(
  db: Kysely<Database>,
  languages: readonly string[],
  articleIds: readonly number[],
): Promise<PublicTranslation[]> {
  if (articleIds.length === 0) return [];
  const rows = await selectPublic(db, languages)
    .where("t.article_id", "in", [...new Set(articleIds)])
    .orderBy("t.lang")
    .execute();
  return rows.map(toPublic);
}

/** Public translations dated within [from, to], newest first: the news sitemap's items. */
export async function publicTranslationsBetween(
  db: Kysely<Database>,
  languages: readonly string[],
  range: { from: string; to: string; limit: number },
): Promise<PublicTranslation[]> {
  const rows = await inSitemapOrder(db, languages)
    .where("t.published_at", ">=", range.from)
    .where("t.published_at", "<=", range.to)
    .limit(range.limit)
    .execute();
  return rows.map(toPublic);
}

/** When each section last changed in each language: its newest published translation (its own items only). */
export async function sectionChanges(
  db: Kysely<Database>,
  languages: readonly string[],
): Promise<{ sectionId: number; lang: string; changedAt: string }[]> {
  const rows = await publicTranslations(db, languages)
    .select((eb) => [
      "t.section_id",
      "t.lang",
      eb.fn.max("t.updated_at").as("updated"),
      eb.fn.max("t.published_at").as("published"),
    ])
    .groupBy(["t.section_id", "t.lang"])
    .execute();
  return rows.flatMap((r) => {
    const changedAt = latest([r.updated, r.published]);
    return changedAt === undefined ? [] : [{ sectionId: r.section_id, lang: r.lang, changedAt }];
  });
}

/** When each section was made: the `lastmod` of a section that has nothing published yet. */
export async function sectionCreationTimes(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await db.selectFrom("sections").select(["id", "created_at"]).execute();
  return new Map(rows.map((r) => [r.id, r.created_at]));
}

/**
 * The name, in the translation's own language, of the person who signed a published translation: the
 * article's author for search engines. Undefined for unsigned items and for anything not published.
 */
export async function signerName(db: Kysely<Database>, translationId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom("article_translations as t")
    .innerJoin("person_translations as p", (join) =>
      join.onRef("p.person_id", "=", "t.signature_person_id").onRef("p.lang", "=", "t.lang"),
    )
    .select("p.name")
    .where("t.id", "=", translationId)
    .where("t.state", "=", "published")
    .executeTakeFirst();
  return row?.name;
}

/** The latest of some ISO instants (they compare as text), ignoring missing ones. */
export function latest(instants: readonly (string | null | undefined)[]): string | undefined {
  let newest: string | undefined;
  for (const instant of instants) {
    if (typeof instant === "string" && (newest === undefined || instant > newest)) newest = instant;
  }
  return newest;
}
