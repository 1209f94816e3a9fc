import { renderAtom } from "./atom.js";
import { renderJsonFeed } from "./jsonFeed.js";
import type { FeedDocument, FeedFormat } from "./model.js";
import { renderRss } from "./rss.js";

const renderers: Record<FeedFormat, (feed: FeedDocument) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

/** The feed as text in one format. The same document gives the same text: ETags rely on it. */
export function renderFeed(format: FeedFormat, feed: FeedDocument): string {
  return renderers[format](feed);
}
