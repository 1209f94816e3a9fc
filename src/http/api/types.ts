/**
 * The API's response shapes, as clients receive them: snake_case keys, in the order declared here (presenters
 * build every object in this order, so the same data always gives the same bytes and the same ETag). Instants are
 * ISO 8601 UTC ("2022-09-20T15:00:00.000Z"); calendar days (event dates, posts) are "YYYY-MM-DD".
 */
import type { PageLinks } from "./links.js";

export interface SectionRefJson {
  path: string;
  title: string;
  url: string;
}

export interface TranslationRefJson {
  lang: string;
  title: string;
  url: string;
  api_url: string;
}

export interface ArticleSummaryJson {
  /** The article's id, the same in every language. */
  id: number;
  lang: string;
  title: string;
  lead: string;
  url: string;
  api_url: string;
  section: SectionRefJson;
  published_at: string;
  updated_at: string;
  kind: string;
  signature: string | null;
  /** The article's other published languages. */
  translations: TranslationRefJson[];
}

export interface ImageJson {
  alt: string;
  /** Of the largest variant. */
  width: number;
  height: number;
  /** Smallest first; JPEG and WebP of each width. */
  variants: { format: string; width: number; height: number; url: string }[];
}

export interface AttachmentJson {
  name: string;
  content_type: string;
  size: number;
  url: string;
}

export interface CorrectionJson {
  corrected_at: string;
  note: string;
}

export interface ArticleJson extends ArticleSummaryJson {
  place: string | null;
  event_start: string | null;
  event_end: string | null;
  /** Sanitized when saved; links made absolute. */
  body_html: string;
  images: ImageJson[];
  attachments: AttachmentJson[];
  /** Newest first. */
  corrections: CorrectionJson[];
}

/** The envelope of every paged list. */
export interface PagedJson<T> {
  items: T[];
  page: number;
  per_page: number;
  total: number;
  pages: number;
  links: PageLinks;
}

export interface SectionJson {
  id: number;
  slug: string;
  path: string;
  title: string;
  url: string;
  /** This section's articles (its whole subtree) in the API. */
  articles_url: string;
  /** The parent's path; null for a top-level section. */
  parent: string | null;
  children: SectionJson[];
}

export interface PostJson {
  title: string;
  started_on: string | null;
  ended_on: string | null;
}

export interface PersonSummaryJson {
  slug: string;
  name: string;
  url: string;
  api_url: string;
  /** The most recently started first; undated posts last. */
  posts: PostJson[];
}

export interface TextSegmentJson {
  text: string;
  match: boolean;
}

export interface SearchHitJson {
  id: number;
  lang: string;
  title: string;
  title_segments: TextSegmentJson[];
  url: string;
  api_url: string;
  section: SectionRefJson;
  kind: string;
  published_at: string;
  snippet: TextSegmentJson[];
}
