import type { Config } from "../../config/schema.js";
import { onContentChange, type ContentChange } from "../../store/contentChanges.js";
import { PageCache } from "./pageCache.js";
import { articleTag, listTag, SEARCH_TAG } from "./tags.js";

/** The tags a committed change makes stale. */
export function staleTags(change: ContentChange): string[] {
  const tags = [...change.articleIds.map(articleTag), ...change.listLangs.map(listTag)];
  if (tags.length > 0) tags.push(SEARCH_TAG);
  return tags;
}

/** Applies a change to a cache: everything goes when the change touches what every page shows. */
export function applyChange(cache: PageCache, change: ContentChange): void {
  if (change.everything) cache.clear();
  else cache.invalidate(staleTags(change));
}

/**
 * A page cache sized by the config and subscribed to this process's content changes. The subscription holds
 * the cache weakly, so a discarded app (tests make many) does not keep its cache alive.
 */
export function createPageCache(config: Config): PageCache {
  const cache = new PageCache({
    enabled: config.pageCache,
    maxBytes: config.pageCacheMegabytes * 1024 * 1024,
  });
  const ref = new WeakRef(cache);
  const unsubscribe = onContentChange((change) => {
    const live = ref.deref();
    if (live) applyChange(live, change);
    else unsubscribe();
  });
  return cache;
}

/**
 * Public pages and feeds go through the page cache; the back office, previews, media, assets and the operations
 * endpoints (which must always tell the current state) do not.
 */
export function isPublicPagePath(path: string): boolean {
  return !/^\/(admin|preview|media|assets)(\/|$)/.test(path) && !/^\/(healthz|readyz|metrics)$/.test(path);
}
