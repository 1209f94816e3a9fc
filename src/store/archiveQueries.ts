import type { Kysely } from "kysely";
import type { ListedArticle } from "./publicArticles.js";
import type { Database } from "./schema.js";

/**
 * The date archive: published translations of one language in a set of sections, by publication time. Every
 * query is a range condition on published_at after equality on (section_id, lang, state), which is the prefix
 * of the index article_translations_section_listing: counts read the index alone and never the table.
 */
export interface ArchiveScope {
  lang: string;
  /** The sections the archive covers (a subtree); an empty list covers nothing. */
  sectionIds: readonly number[];
}

function inScope(db: Kysely<Database>, scope: ArchiveScope) {
  return db
    .selectFrom("article_translations")
    .where("section_id", "in", scope.sectionIds.length > 0 ? [...scope.sectionIds] : [-1])
    .where("lang", "=", scope.lang)
    .where("state", "=", "published");
}

/**
 * Counts per consecutive range: `boundaries` are ascending instants, and the answer has one count for each
 * [boundaries[i], boundaries[i + 1]). One query reads only the index range between the first and last boundary.
 */
export function rangeCountsQuery(db: Kysely<Database>, scope: ArchiveScope, boundaries: readonly string[]) {
  const first = boundaries[0] ?? "";
  const last = boundaries[boundaries.length - 1] ?? "";
  return inScope(db, scope)
    .where("published_at", ">=", first)
    .where("published_at", "<", last)
    .select((eb) =>
      boundaries.slice(0, -1).map((start, i) =>
        eb.fn
          .sum<number | string | null>(
            eb
              .case()
              .when(
                eb.and([eb("published_at", ">=", start), eb("published_at", "<", boundaries[i + 1] ?? last)]),
              )
              .then(1)
              .else(0)
              .end(),
          )
          .as(`range${i}`),
      ),
    );
}

export async function countInRanges(
  db: Kysely<Database>,
  scope: ArchiveScope,
  boundaries: readonly string[],
): Promise<number[]> {
  if (boundaries.length < 2) return [];
  const row: Record<string, unknown> =
    (await rangeCountsQuery(db, scope, boundaries).executeTakeFirst()) ?? {};
  // PostgreSQL answers sum() as a bigint string; an empty range sums to null on both.
  return boundaries.slice(0, -1).map((_, i) => Number(row[`range${i}`] ?? 0));
}

/** Whether anything was published in [from, to): one index probe per section. */
export async function hasPublishedBetween(
  db: Kysely<Database>,
  scope: ArchiveScope,
  from: string,
  to: string,
): Promise<boolean> {
  const row = await inScope(db, scope)
    .where("published_at", ">=", from)
    .where("published_at", "<", to)
    .select("id")
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The page of [from, to) newest first; ties broken by id, as every list is, so paging never repeats an item. */
export async function listPublishedBetween(
  db: Kysely<Database>,
  scope: ArchiveScope,
  range: { from: string; to: string; limit: number; offset: number },
): Promise<ListedArticle[]> {
  const rows = await inScope(db, scope)
    .where("published_at", ">=", range.from)
    .where("published_at", "<", range.to)
    .select(["id", "article_id", "section_id", "slug", "title", "lead", "published_at"])
    .orderBy("published_at", "desc")
    .orderBy("id", "desc")
    .limit(range.limit)
    .offset(range.offset)
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

/**
 * The publication time of the latest item before `before` and of the earliest at or after `after`, for links to
 * the neighbouring years. Asked per section, so that each answer is a single seek to one end of an index range.
 */
export async function neighbouringInstants(
  db: Kysely<Database>,
  scope: ArchiveScope,
  before: string,
  after: string,
): Promise<{ previous: string | undefined; next: string | undefined }> {
  const bySection = await Promise.all(
    scope.sectionIds.map(async (sectionId) => {
      const one = { lang: scope.lang, sectionIds: [sectionId] };
      const [previous, next] = await Promise.all([
        inScope(db, one)
          .where("published_at", "<", before)
          .select("published_at")
          .orderBy("published_at", "desc")
          .limit(1)
          .executeTakeFirst(),
        inScope(db, one)
          .where("published_at", ">=", after)
          .select("published_at")
          .orderBy("published_at", "asc")
          .limit(1)
          .executeTakeFirst(),
      ]);
      return { previous: previous?.published_at, next: next?.published_at };
    }),
  );
  const previous = bySection.flatMap((s) => s.previous ?? []).sort();
  const next = bySection.flatMap((s) => s.next ?? []).sort();
  return { previous: previous.at(-1), next: next[0] };
}
