import { SectionTree } from "../../domain/sections.js";
import type { Store } from "../../store/database.js";
import { loadSections } from "../../store/sections.js";

/**
 * Holds the section tree between requests. Sections change rarely and every page needs them; whoever changes a
 * section calls invalidate() in the same process.
 */
export class SectionCache {
  private current: Promise<SectionTree> | undefined;

  constructor(private readonly store: Store) {}

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
