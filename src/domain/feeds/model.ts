/**
 * One feed as every format sees it. The HTTP edge fills it from the store; the renderers (rss.ts, atom.ts,
 * jsonFeed.ts) turn it into text and decide nothing about what is in it.
 */
export interface FeedDocument {
  /** Language code, e.g. "ru": RSS <language>, Atom xml:lang, JSON Feed `language`. */
  lang: string;
  /** "Press Centre — CSTO news". */
  title: string;
  /** One line for RSS <description> and JSON Feed `description`. */
  description: string;
  /** A stable identity for the feed itself (Atom <id>), independent of slugs. */
  id: string;
  /** Absolute address of the HTML page the feed follows. */
  homePageUrl: string;
  /** Absolute addresses of the same feed in each format, for self and alternate links. */
  urls: FeedUrls;
  /** Who publishes the feed: entries without a signature are theirs. */
  publisher: string;
  /** The newest instant of the items (ISO 8601 UTC); undefined for an empty feed. */
  updatedAt: string | undefined;
  /** Newest first. */
  items: FeedItem[];
}

export interface FeedUrls {
  rss: string;
  atom: string;
  json: string;
}

export interface FeedItem {
  /** Stable across edits of title and slug: a tag: URI built from the article id and the language. */
  id: string;
  /** Absolute permalink of the item's page as it is now. */
  url: string;
  title: string;
  /** ISO 8601 UTC: the item's official publication instant. */
  publishedAt: string;
  /** ISO 8601 UTC: when the item last changed, never before publishedAt. */
  updatedAt: string;
  /** The byline as printed, when the item is signed. */
  author: string | undefined;
  /** The lead, plain text. */
  summary: string;
  /** The full body (sanitized HTML with absolute links) when the site serves full text; else undefined. */
  contentHtml: string | undefined;
}

/** What feeds carry of each item (config key `feedContent`). */
export type FeedContent = "lead" | "full";

/** The three formats, by the file name each is served under, with the media type each is served as. */
export const FEED_FORMATS = {
  "feed.xml": { format: "rss", mediaType: "application/rss+xml" },
  "atom.xml": { format: "atom", mediaType: "application/atom+xml" },
  "feed.json": { format: "json", mediaType: "application/feed+json" },
} as const;

export type FeedFileName = keyof typeof FEED_FORMATS;
export type FeedFormat = (typeof FEED_FORMATS)[FeedFileName]["format"];

export function isFeedFileName(name: string): name is FeedFileName {
  return Object.hasOwn(FEED_FORMATS, name);
}
