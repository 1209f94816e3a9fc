import { absolutizeLinks } from "../../domain/feeds/content.js";
import type { Kysely } from "kysely";
import type { ApiArticle, ApiListedArticle } from "../../store/apiQueries.js";
import type { ArticleAttachment, ArticleImage, PublicCorrection } from "../../store/publicArticles.js";
import type { Database } from "../../store/schema.js";
import { publicTranslationsOf, type PublicTranslation } from "../../store/sitemapQueries.js";
import { isoInstant, type ApiScope } from "./respond.js";
import type {
  ArticleJson,
  ArticleSummaryJson,
  AttachmentJson,
  ImageJson,
  SectionRefJson,
  TranslationRefJson,
} from "./types.js";

/** The section of an item in the scope's language; undefined when it has no address there. */
export function sectionRef(scope: ApiScope, sectionId: number): SectionRefJson | undefined {
  const section = scope.tree.get(sectionId)?.translations[scope.lang];
  if (!section) return undefined;
  return { path: section.path, title: section.title, url: scope.links.section(scope.lang, section.path) };
}

/** The published translations of these articles, by article, for their "translations" lists. */
export async function translationsByArticle(
  db: Kysely<Database>,
  languages: readonly string[],
  articleIds: readonly number[],
): Promise<Map<number, PublicTranslation[]>> {
  const byArticle = new Map<number, PublicTranslation[]>();
  for (const translation of await publicTranslationsOf(db, languages, articleIds)) {
    const list = byArticle.get(translation.articleId) ?? [];
    list.push(translation);
    byArticle.set(translation.articleId, list);
  }
  return byArticle;
}

function translationRefs(
  scope: ApiScope,
  row: ApiListedArticle,
  translations: readonly PublicTranslation[],
): TranslationRefJson[] {
  return translations
    .filter((t) => t.lang !== row.lang)
    .map((t) => ({
      lang: t.lang,
      title: t.title,
      url: scope.links.article(t.lang, t.sectionPath, t.slug),
      api_url: scope.links.apiArticle(t.lang, row.articleId),
    }));
}

/** A list entry; undefined for an item whose section has no address in the language (it has no page). */
export function presentSummary(
  scope: ApiScope,
  row: ApiListedArticle,
  translations: readonly PublicTranslation[],
): ArticleSummaryJson | undefined {
  const section = sectionRef(scope, row.sectionId);
  if (!section) return undefined;
  return {
    id: row.articleId,
    lang: row.lang,
    title: row.title,
    lead: row.lead,
    url: scope.links.article(row.lang, section.path, row.slug),
    api_url: scope.links.apiArticle(row.lang, row.articleId),
    section,
    published_at: isoInstant(row.publishedAt),
    updated_at: isoInstant(row.updatedAt),
    kind: row.kind,
    signature: row.signatureText,
    translations: translationRefs(scope, row, translations),
  };
}

/** List entries for rows, with one query for all of their translations. */
export async function presentSummaries(
  db: Kysely<Database>,
  languages: readonly string[],
  scope: ApiScope,
  rows: readonly ApiListedArticle[],
): Promise<ArticleSummaryJson[]> {
  const translations = await translationsByArticle(
    db,
    languages,
    rows.map((row) => row.articleId),
  );
  return rows.flatMap((row) => presentSummary(scope, row, translations.get(row.articleId) ?? []) ?? []);
}

/** What the article resource adds to a list entry. */
export interface ArticleExtras {
  translations: readonly PublicTranslation[];
  media: { images: ArticleImage[]; attachments: ArticleAttachment[] };
  corrections: readonly PublicCorrection[];
}

export function presentArticle(
  scope: ApiScope,
  article: ApiArticle,
  extras: ArticleExtras,
): ArticleJson | undefined {
  const summary = presentSummary(scope, article, extras.translations);
  if (!summary) return undefined;
  return {
    ...summary,
    place: article.place,
    event_start: article.eventStart,
    event_end: article.eventEnd,
    // The body's links are site-relative ("/media/…"); a partner site shows it far from here.
    body_html: absolutizeLinks(article.bodyHtml, summary.url),
    images: extras.media.images.map((image) => presentImage(scope, image)),
    attachments: extras.media.attachments.map((a) => presentAttachment(scope, a)),
    corrections: extras.corrections.map((c) => ({ corrected_at: isoInstant(c.correctedAt), note: c.note })),
  };
}

function presentImage(scope: ApiScope, image: ArticleImage): ImageJson {
  const variants = [...image.variants].sort((a, b) => a.width - b.width || a.format.localeCompare(b.format));
  const largest = variants.at(-1);
  return {
    alt: image.alt,
    width: largest?.width ?? 0,
    height: largest?.height ?? 0,
    variants: variants.map((v) => ({
      format: v.format,
      width: v.width,
      height: v.height,
      url: scope.links.media(v.storageKey),
    })),
  };
}

function presentAttachment(scope: ApiScope, attachment: ArticleAttachment): AttachmentJson {
  return {
    name: attachment.name,
    content_type: attachment.contentType,
    size: attachment.size,
    url: scope.links.media(attachment.storageKey),
  };
}
