import type { Context } from "hono";
import { tryGetContext } from "hono/context-storage";

/**
 * Surrogate keys: what a response shows, collected while it is rendered. The page cache drops a page when one
 * of its keys changes, and a CDN in front can purge by the same keys (Surrogate-Key / Cache-Tag headers).
 *
 * - `a{id}`: the page shows article {id} (its own page, a list entry, the sidebar, related news, a feed item);
 * - `l-{lang}`: the page shows a list of {lang} items that a publication or withdrawal can change;
 * - `search`: a search result page, which any change of text can alter.
 */
const tagsByRequest = new WeakMap<Context, Set<string>>();

export const articleTag = (articleId: number): string => `a${articleId}`;
export const listTag = (lang: string): string => `l-${lang}`;
export const SEARCH_TAG = "search";

/** Marks the current response as showing these things; a no-op outside a request (CLI, jobs). */
export function tagResponse(...tags: string[]): void {
  const context = tryGetContext();
  if (!context) return;
  let set = tagsByRequest.get(context);
  if (!set) tagsByRequest.set(context, (set = new Set()));
  for (const tag of tags) set.add(tag);
}

/** The tags collected for a request; undefined when the response was not marked cacheable. */
export function responseTags(context: Context): string[] | undefined {
  const set = tagsByRequest.get(context);
  return set && set.size > 0 ? [...set] : undefined;
}
