import { isArticleKind, isCalendarDate } from "../domain/content.js";
import { sanitizeBody } from "../domain/html.js";
import { composeSignature } from "../domain/signature.js";
import { isValidSlug, suggestSlug, uniqueSlug } from "../domain/slugs.js";
import { AppError } from "../lib/errors.js";
import { isoNow, type Clock } from "../lib/clock.js";
import { insertArticle, slugsStartingWith, takenSlugs, type NewTranslation } from "../store/articles.js";
import { inTransaction, type Store } from "../store/database.js";
import { loadSignatureParts } from "../store/people.js";
import { syncArticleSearch } from "../search/sync.js";

export interface ArticleInput {
  sectionId: number;
  kind: string;
  publishedAt: string;
  eventStart?: string | undefined;
  eventEnd?: string | undefined;
  peopleIds?: number[] | undefined;
  translations: TranslationInput[];
}

export interface TranslationInput {
  lang: string;
  title: string;
  lead?: string | undefined;
  bodyHtml: string;
  /** Given slugs are kept exactly; a taken one is an error. Missing slugs are suggested and made unique. */
  slug?: string | undefined;
  place?: string | undefined;
  signature?: { personId: number; postId?: number | undefined; text?: string | undefined } | undefined;
  state: "draft" | "published";
}

export interface CreateArticleContext {
  store: Store;
  languages: readonly string[];
  clock?: Clock;
}

/**
 * Creates an article with its translations in one transaction. Bodies are sanitized here, whoever calls.
 * Every problem with the input is reported at once, and nothing is written unless all is well.
 */
export async function createArticle(
  ctx: CreateArticleContext,
  input: ArticleInput,
): Promise<{ articleId: number; translationIds: Record<string, number>; slugs: Record<string, string> }> {
  const problems = validateArticle(input, ctx.languages);
  if (problems.length > 0) {
    throw new AppError("validation_failed", `The article is not valid: ${problems.join("; ")}`, { problems });
  }
  const now = isoNow(ctx.clock);

  return inTransaction(ctx.store.db, async (trx) => {
    const section = await trx
      .selectFrom("sections")
      .select("id")
      .where("id", "=", input.sectionId)
      .executeTakeFirst();
    if (!section) throw new AppError("validation_failed", `Section ${input.sectionId} does not exist`);

    const rows: NewTranslation[] = [];
    const slugs: Record<string, string> = {};
    for (const t of input.translations) {
      let slug: string;
      if (t.slug) {
        const taken = await takenSlugs(trx, input.sectionId, t.lang, [t.slug]);
        if (taken.size > 0) {
          throw new AppError(
            "slug_taken",
            `The slug "${t.slug}" is already used by another ${t.lang} item in this section`,
            { lang: t.lang, slug: t.slug, sectionId: input.sectionId },
          );
        }
        slug = t.slug;
      } else {
        const base = suggestSlug(t.title);
        const existing = await slugsStartingWith(trx, input.sectionId, t.lang, base);
        slug = uniqueSlug(base, (candidate) => !existing.has(candidate));
      }
      slugs[t.lang] = slug;

      let signatureText = t.signature?.text ?? null;
      if (t.signature && !signatureText) {
        const parts = await loadSignatureParts(trx, t.signature.personId, t.signature.postId ?? null, t.lang);
        signatureText = composeSignature(parts.postTitle, parts.name) ?? null;
      }
      rows.push({
        lang: t.lang,
        slug,
        title: t.title.trim(),
        lead: (t.lead ?? "").trim(),
        bodyHtml: sanitizeBody(t.bodyHtml),
        place: t.place?.trim() || null,
        signaturePersonId: t.signature?.personId ?? null,
        signaturePostId: t.signature?.postId ?? null,
        signatureText,
        state: t.state,
      });
    }

    const created = await insertArticle(
      trx,
      {
        sectionId: input.sectionId,
        kind: input.kind,
        publishedAt: input.publishedAt,
        eventStart: input.eventStart ?? null,
        eventEnd: input.eventEnd ?? input.eventStart ?? null,
        peopleIds: input.peopleIds ?? [],
      },
      rows,
      now,
    );
    if (rows.some((row) => row.state === "published")) await syncArticleSearch(trx, created.articleId);
    return { ...created, slugs };
  });
}

function validateArticle(input: ArticleInput, languages: readonly string[]): string[] {
  const problems: string[] = [];
  if (!isArticleKind(input.kind)) problems.push(`unknown kind "${input.kind}"`);
  if (Number.isNaN(Date.parse(input.publishedAt)) || !/^\d{4}-\d{2}-\d{2}T/.test(input.publishedAt)) {
    problems.push(`publication time "${input.publishedAt}" is not an ISO date-time`);
  }
  for (const [label, value] of [
    ["event start", input.eventStart],
    ["event end", input.eventEnd],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) problems.push(`${label} "${value}" is not a date`);
  }
  if (input.eventStart && input.eventEnd && input.eventEnd < input.eventStart) {
    problems.push("the event ends before it starts");
  }
  if (input.translations.length === 0) problems.push("an article needs at least one translation");
  const seen = new Set<string>();
  for (const t of input.translations) {
    if (!languages.includes(t.lang)) problems.push(`language "${t.lang}" is not configured`);
    if (seen.has(t.lang)) problems.push(`two translations in "${t.lang}"`);
    seen.add(t.lang);
    if (t.title.trim() === "") problems.push(`the ${t.lang} title is empty`);
    if (t.slug !== undefined && !isValidSlug(t.slug))
      problems.push(`the ${t.lang} slug "${t.slug}" is not valid`);
  }
  return problems;
}
