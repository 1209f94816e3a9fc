import { afterCommit } from "./afterCommit.js";

/**
 * What a committed change made different for readers. Page caches (and, across nodes, the notification channel)
 * turn it into the tags to drop.
 */
export interface ContentChange {
  /** Articles whose public text or metadata changed. */
  articleIds: readonly number[];
  /** Languages whose lists (home, sections, sidebar, feeds, archive, sitemaps) gained or lost an item. */
  listLangs: readonly string[];
  /** Sections, settings or anything shown on every page changed: drop everything. */
  everything: boolean;
}

type Listener = (change: ContentChange) => void;

const listeners = new Set<Listener>();

/** Subscribes to committed content changes in this process; returns the unsubscribe function. */
export function onContentChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a change once the surrounding transaction commits (at once outside a transaction). */
export function announceContentChange(change: Partial<ContentChange>): void {
  const full: ContentChange = {
    articleIds: change.articleIds ?? [],
    listLangs: change.listLangs ?? [],
    everything: change.everything ?? false,
  };
  afterCommit(() => {
    for (const listener of listeners) listener(full);
  });
}
