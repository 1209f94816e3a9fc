import type { Kysely, Updateable } from "kysely";
import type { ArticlesTable, Database } from "../../store/schema.js";
import { isSlugTaken, setArticlePublishedAt, type TranslationRow } from "../../store/translations.js";
import { checkArticleFields, invalid, slugTaken, toInstant, type ArticleFieldsInput } from "./fields.js";

/** What a save changes of the fields every translation of an article shares. */
export interface ArticleChanges {
  any: boolean;
  row: Updateable<ArticlesTable>;
  publishedAt: string | undefined;
  sectionId: number | undefined;
  peopleIds: number[] | undefined;
}

/**
 * Validates the article-level fields of a save and works out what they change. Moving a section is refused once
 * any language has been public (its address must keep working), and checks every translation's slug there.
 */
export async function articleFieldChanges(
  trx: Kysely<Database>,
  article: {
    id: number;
    section_id: number;
    kind: string;
    published_at: string;
    event_start: string | null;
    event_end: string | null;
  },
  input: ArticleFieldsInput,
  siblings: readonly TranslationRow[],
): Promise<ArticleChanges> {
  const { problems, fields } = await checkArticleFields(trx, input, {
    eventStart: article.event_start,
    eventEnd: article.event_end,
  });
  if (problems.length > 0) throw invalid(problems, fields);
  const row: Updateable<ArticlesTable> = {};
  if (input.kind !== undefined && input.kind !== article.kind) row.kind = input.kind;
  if (input.eventStart !== undefined && input.eventStart !== article.event_start)
    row.event_start = input.eventStart;
  if (input.eventEnd !== undefined && input.eventEnd !== article.event_end) row.event_end = input.eventEnd;
  const publishedAt = input.publishedAt === undefined ? undefined : toInstant(input.publishedAt);
  const movesDate = publishedAt !== undefined && publishedAt !== article.published_at;
  const sectionId =
    input.sectionId !== undefined && input.sectionId !== article.section_id ? input.sectionId : undefined;
  if (sectionId !== undefined) {
    if (siblings.some((s) => s.first_published_at !== null)) {
      throw invalid(
        ["an item that has been public cannot move to another section: its addresses must keep working"],
        ["sectionId"],
      );
    }
    for (const sibling of siblings) {
      if (await isSlugTaken(trx, { sectionId, lang: sibling.lang, slug: sibling.slug })) {
        throw slugTaken(sibling.lang, sibling.slug, sectionId);
      }
    }
    row.section_id = sectionId;
  }
  let peopleIds: number[] | undefined;
  if (input.peopleIds !== undefined) {
    const current = await trx
      .selectFrom("article_people")
      .select("person_id")
      .where("article_id", "=", article.id)
      .execute();
    const wanted = [...new Set(input.peopleIds)].sort((a, b) => a - b);
    const had = current.map((p) => p.person_id).sort((a, b) => a - b);
    if (wanted.join(",") !== had.join(",")) peopleIds = wanted;
  }
  return {
    any: Object.keys(row).length > 0 || movesDate || peopleIds !== undefined,
    row,
    publishedAt: movesDate ? publishedAt : undefined,
    sectionId,
    peopleIds,
  };
}

/** Writes article-level changes, copying the section and publication time to every translation. */
export async function applyArticleChanges(
  trx: Kysely<Database>,
  articleId: number,
  changes: ArticleChanges,
  now: string,
): Promise<void> {
  await trx
    .updateTable("articles")
    .set({ ...changes.row, updated_at: now })
    .where("id", "=", articleId)
    .execute();
  if (changes.sectionId !== undefined) {
    await trx
      .updateTable("article_translations")
      .set({ section_id: changes.sectionId })
      .where("article_id", "=", articleId)
      .execute();
  }
  if (changes.publishedAt !== undefined)
    await setArticlePublishedAt(trx, articleId, changes.publishedAt, now);
  if (changes.peopleIds !== undefined) {
    await trx.deleteFrom("article_people").where("article_id", "=", articleId).execute();
    const rows = changes.peopleIds.map((person_id) => ({ article_id: articleId, person_id }));
    if (rows.length > 0) await trx.insertInto("article_people").values(rows).execute();
  }
}
