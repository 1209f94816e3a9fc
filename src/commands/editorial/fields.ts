import type { Kysely } from "kysely";
import { isArticleKind, isCalendarDate } from "../../domain/content.js";
import { composeSignature } from "../../domain/signature.js";
import { isValidSlug, suggestSlug, uniqueSlug } from "../../domain/slugs.js";
import { AppError } from "../../lib/errors.js";
import { slugsStartingWith } from "../../store/articles.js";
import { loadSignatureParts } from "../../store/people.js";
import type { Database } from "../../store/schema.js";
import { isSlugTaken } from "../../store/translations.js";

/** A byline picked from a person's posts; its text is composed from them unless given. */
export interface SignatureInput {
  personId: number;
  postId?: number | undefined;
  text?: string | undefined;
}

/** Fields every translation of an article shares. */
export interface ArticleFieldsInput {
  sectionId?: number | undefined;
  kind?: string | undefined;
  /** The official publication instant (ISO 8601), which lists sort by. */
  publishedAt?: string | undefined;
  /** Calendar dates (YYYY-MM-DD); null clears them. */
  eventStart?: string | null | undefined;
  eventEnd?: string | null | undefined;
  peopleIds?: readonly number[] | undefined;
}

/** One problem list for the caller, as createArticle reports it. */
export function invalid(problems: string[], fields: string[]): AppError {
  return new AppError("validation_failed", `The item is not valid: ${problems.join("; ")}`, {
    problems,
    fields,
  });
}

export function isIsoInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Normalises an instant to the stored form (UTC with milliseconds), so that text comparison is time order. */
export function toInstant(value: string): string {
  return new Date(value).toISOString();
}

/** Checks the article-level fields that are present; returns the problems and the fields they concern. */
export async function checkArticleFields(
  db: Kysely<Database>,
  input: ArticleFieldsInput,
  current: { eventStart: string | null; eventEnd: string | null },
): Promise<{ problems: string[]; fields: string[] }> {
  const problems: string[] = [];
  const fields: string[] = [];
  const fail = (field: string, problem: string) => {
    problems.push(problem);
    fields.push(field);
  };
  if (input.kind !== undefined && !isArticleKind(input.kind)) fail("kind", `unknown kind "${input.kind}"`);
  if (input.publishedAt !== undefined && !isIsoInstant(input.publishedAt)) {
    fail("publishedAt", `publication time "${input.publishedAt}" is not an ISO date-time`);
  }
  for (const field of ["eventStart", "eventEnd"] as const) {
    const value = input[field];
    if (typeof value === "string" && !isCalendarDate(value)) fail(field, `${field} "${value}" is not a date`);
  }
  const start = input.eventStart === undefined ? current.eventStart : input.eventStart;
  const end = input.eventEnd === undefined ? current.eventEnd : input.eventEnd;
  if (start && end && end < start) fail("eventEnd", "the event ends before it starts");
  if (input.sectionId !== undefined) {
    const section = await db
      .selectFrom("sections")
      .select("id")
      .where("id", "=", input.sectionId)
      .executeTakeFirst();
    if (!section) fail("sectionId", `section ${input.sectionId} does not exist`);
  }
  if (input.peopleIds !== undefined && input.peopleIds.length > 0) {
    const wanted = [...new Set(input.peopleIds)];
    const found = await db.selectFrom("people").select("id").where("id", "in", wanted).execute();
    const known = new Set(found.map((p) => p.id));
    const missing = wanted.filter((id) => !known.has(id));
    if (missing.length > 0) fail("peopleIds", `unknown people: ${missing.join(", ")}`);
  }
  return { problems, fields };
}

/**
 * A given slug must be valid and free in its section and language (AppError "slug_taken"); a missing one is
 * suggested from the title and made unique.
 */
export async function resolveSlug(
  db: Kysely<Database>,
  where: { sectionId: number; lang: string; exceptId?: number | undefined },
  title: string,
  slug: string | undefined,
): Promise<string> {
  if (slug === undefined) {
    const base = suggestSlug(title);
    const existing = await slugsStartingWith(db, where.sectionId, where.lang, base);
    return uniqueSlug(base, (candidate) => !existing.has(candidate));
  }
  if (!isValidSlug(slug)) throw invalid([`the slug "${slug}" is not valid`], ["slug"]);
  if (await isSlugTaken(db, { ...where, slug })) throw slugTaken(where.lang, slug, where.sectionId);
  return slug;
}

export function slugTaken(lang: string, slug: string, sectionId: number): AppError {
  return new AppError(
    "slug_taken",
    `The slug "${slug}" is already used by another ${lang} item in this section`,
    {
      lang,
      slug,
      sectionId,
    },
  );
}

/** The byline's stored parts: the person and post it was picked from, and the text as printed. */
export async function resolveSignature(
  db: Kysely<Database>,
  signature: SignatureInput | null,
  lang: string,
): Promise<{ personId: number | null; postId: number | null; text: string | null }> {
  if (signature === null) return { personId: null, postId: null, text: null };
  const person = await db
    .selectFrom("people")
    .select("id")
    .where("id", "=", signature.personId)
    .executeTakeFirst();
  if (!person) throw invalid([`person ${signature.personId} does not exist`], ["signature"]);
  let text = signature.text?.trim() || null;
  if (text === null) {
    const parts = await loadSignatureParts(db, signature.personId, signature.postId ?? null, lang);
    text = composeSignature(parts.postTitle, parts.name) ?? null;
  }
  return { personId: signature.personId, postId: signature.postId ?? null, text };
}
