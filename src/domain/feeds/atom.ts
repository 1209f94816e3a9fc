import { rfc3339 } from "./dates.js";
import type { FeedDocument, FeedItem } from "./model.js";
import { element, emptyElement, escapeXml } from "./xml.js";

/**
 * Atom needs an <updated> even with no entries; an empty feed says the epoch rather than "now", so that its
 * body, and with it the ETag, stays the same between requests.
 */
const EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

/**
 * Atom 1.0 (RFC 4287). The lead is a text <summary>; the full body, when served, an HTML <content>. Entries
 * without a byline are the publisher's: the feed-level <author> covers them, as the format requires.
 */
export function renderAtom(feed: FeedDocument): string {
  const head = [
    element("id", feed.id),
    element("title", feed.title, { type: "text" }),
    element("subtitle", feed.description, { type: "text" }),
    element("updated", feed.updatedAt === undefined ? EMPTY_FEED_UPDATED : rfc3339(feed.updatedAt)),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: feed.urls.atom }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: feed.homePageUrl }),
    `<author>${element("name", feed.publisher)}</author>`,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    ...head,
    ...feed.items.map(renderEntry),
    "</feed>",
    "",
  ].join("\n");
}

function renderEntry(item: FeedItem): string {
  const parts = [
    element("id", item.id),
    element("title", item.title, { type: "text" }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: item.url }),
    element("published", rfc3339(item.publishedAt)),
    element("updated", rfc3339(item.updatedAt)),
    item.author === undefined ? "" : `<author>${element("name", item.author)}</author>`,
    element("summary", item.summary, { type: "text" }),
    item.contentHtml === undefined ? "" : element("content", item.contentHtml, { type: "html" }),
  ].filter((part) => part !== "");
  return `<entry>\n${parts.join("\n")}\n</entry>`;
}
