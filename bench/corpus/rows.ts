import type { CorpusItem, CorpusLanguage } from "./generate.js";
import type { CorpusIds } from "./setup.js";

/**
 * Items as database rows, flattened into bind parameters in column order, shared by the SQLite and PostgreSQL
 * writers. Ids are given rather than generated: item N becomes article `firstArticleId + N - start`, and its two
 * translations the two ids after `firstTranslationId + 2 (N - start)`, so a batch needs no round trip to learn ids.
 */

export const ARTICLE_COLUMNS = [
  "id",
  "section_id",
  "kind",
  "published_at",
  "event_start",
  "event_end",
  "created_at",
  "updated_at",
] as const;

export const ARTICLE_PEOPLE_COLUMNS = ["article_id", "person_id"] as const;

export const TRANSLATION_COLUMNS = [
  "id",
  "article_id",
  "lang",
  "section_id",
  "slug",
  "title",
  "lead",
  "body_html",
  "place",
  "signature_person_id",
  "signature_post_id",
  "signature_text",
  "state",
  "published_at",
  "created_at",
  "updated_at",
  "content_changed_at",
  "first_published_at",
] as const;

/** The order translations are written in: English first, as the site lists its languages. */
export const WRITE_ORDER: readonly CorpusLanguage[] = ["en", "ru"];

export type Param = string | number | null;

export interface IdPlan {
  /** Index of the first item written. */
  start: number;
  firstArticleId: number;
  firstTranslationId: number;
}

export interface RowBatch {
  articles: Param[];
  articlePeople: Param[];
  translations: Param[];
  articleCount: number;
  articlePeopleCount: number;
  translationCount: number;
}

export function emptyBatch(): RowBatch {
  return {
    articles: [],
    articlePeople: [],
    translations: [],
    articleCount: 0,
    articlePeopleCount: 0,
    translationCount: 0,
  };
}

export function addItem(batch: RowBatch, item: CorpusItem, ids: CorpusIds, plan: IdPlan): void {
  const offset = item.index - plan.start;
  const articleId = plan.firstArticleId + offset;
  const sectionId = ids.sections.get(item.sectionKey);
  if (sectionId === undefined) throw new Error(`no section for key ${item.sectionKey}`);
  const at = item.publishedAt;
  batch.articles.push(articleId, sectionId, item.kind, at, item.eventStart, item.eventStart, at, at);
  batch.articleCount++;
  for (const person of item.people) {
    const personId = ids.people[person]?.id;
    if (personId === undefined) continue;
    batch.articlePeople.push(articleId, personId);
    batch.articlePeopleCount++;
  }
  WRITE_ORDER.forEach((lang, i) => {
    const t = item.translations[lang];
    const signer = t.signature ? ids.people[t.signature.person] : undefined;
    batch.translations.push(
      plan.firstTranslationId + offset * WRITE_ORDER.length + i,
      articleId,
      lang,
      sectionId,
      t.slug,
      t.title,
      t.lead,
      t.bodyHtml,
      t.place,
      signer?.id ?? null,
      t.signature ? (signer?.postIds[t.signature.post] ?? null) : null,
      t.signature?.text ?? null,
      "published",
      at,
      at,
      at,
      at,
      at,
    );
    batch.translationCount++;
  });
}
