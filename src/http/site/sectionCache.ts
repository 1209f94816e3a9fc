import { SectionTree } from "../../domain/sections.js";
import type { Store } from "../../store/database.js";
import { onContentChange } from "../../store/contentChanges.js";
import { loadSections } from "../../store/sections.js";

/**
 * Holds the section tree between requests. Sections change rarely and every page needs them; a committed change
 * announced as touching everything (section commands do) drops it, as does invalidate().
 */
export class SectionCache {
  private current: Promise<SectionTree> | undefined;

  constructor(private readonly store: Store) {
    // Held weakly, so that a discarded site (tests make many) is not kept alive by the subscription.
    const ref = new WeakRef(this);
    const unsubscribe = onContentChange((change) => {
      const live = ref.deref();
      if (!live) unsubscribe();
      else if (change.everything) live.invalidate();
    });
  }

  get(): Promise<SectionTree> {
    if (!this.current) {
      const loading = loadSections(this.store.db).then((sections) => new SectionTree(sections));
      // A failed load must not stick: the next request tries again.
      loading.catch(() => {
        if (this.current === loading) this.current = undefined;
      });
      this.current = loading;
    }
    return this.current;
  }

  invalidate(): void {
    this.current = undefined;
  }
}
