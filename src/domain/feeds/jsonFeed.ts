import { rfc3339 } from "./dates.js";
import type { FeedDocument, FeedItem } from "./model.js";

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), only the fields this site has values for. */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  /** Every item carries one of the two, as the format requires: the body as HTML, or the lead as text. */
  content_html?: string;
  content_text?: string;
  summary?: string;
  date_published: string;
  date_modified: string;
  authors?: { name: string }[];
  language: string;
}

export function renderJsonFeed(feed: FeedDocument): string {
  const json: JsonFeed = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.urls.json,
    description: feed.description,
    language: feed.lang,
    authors: [{ name: feed.publisher }],
    items: feed.items.map((item) => renderItem(item, feed.lang)),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function renderItem(item: FeedItem, lang: string): JsonFeedItem {
  const content: Pick<JsonFeedItem, "content_html" | "content_text" | "summary"> =
    item.contentHtml === undefined
      ? { content_text: item.summary }
      : { content_html: item.contentHtml, summary: item.summary };
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    ...content,
    date_published: rfc3339(item.publishedAt),
    date_modified: rfc3339(item.updatedAt),
    ...(item.author === undefined ? {} : { authors: [{ name: item.author }] }),
    language: lang,
  };
}
