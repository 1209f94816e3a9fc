import { escapeHtml } from "../html.js";
import { rfc822 } from "./dates.js";
import type { FeedDocument, FeedItem } from "./model.js";
import { cdata, element, emptyElement, escapeXml } from "./xml.js";

/**
 * RSS 2.0. The lead goes in <description> as HTML (RSS readers treat it so: plain text is escaped for HTML, then
 * for XML); the full body, when served, in <content:encoded>. The byline is <dc:creator>, as <author> must be
 * an e-mail address. The guid is a tag: URI and says it is no permalink.
 */
export function renderRss(feed: FeedDocument): string {
  const channel = [
    element("title", feed.title),
    element("link", feed.homePageUrl),
    element("description", feed.description),
    element("language", feed.lang),
    feed.updatedAt === undefined ? "" : element("lastBuildDate", rfc822(feed.updatedAt)),
    emptyElement("atom:link", { href: feed.urls.rss, rel: "self", type: "application/rss+xml" }),
    ...feed.items.map(renderItem),
  ].filter((line) => line !== "");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    ...channel,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

function renderItem(item: FeedItem): string {
  const parts = [
    element("title", item.title),
    element("link", item.url),
    element("guid", item.id, { isPermaLink: "false" }),
    element("pubDate", rfc822(item.publishedAt)),
    item.author === undefined ? "" : element("dc:creator", item.author),
    `<description>${escapeXml(escapeHtml(item.summary))}</description>`,
    item.contentHtml === undefined ? "" : `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
  ].filter((part) => part !== "");
  return `<item>\n${parts.join("\n")}\n</item>`;
}
