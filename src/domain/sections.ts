import type { LanguageCode } from "./languages.js";

/** One section with its per-language slug, path and title. */
export interface Section {
  id: number;
  parentId: number | null;
  position: number;
  translations: Partial<Record<LanguageCode, { slug: string; path: string; title: string }>>;
}

/**
 * The section tree, held whole: a site has tens of sections, not thousands, and every page needs
 * paths, breadcrumbs and subtrees.
 */
export class SectionTree {
  private readonly byId = new Map<number, Section>();
  private readonly byPath = new Map<string, Section>();
  private readonly childrenOf = new Map<number | null, Section[]>();

  constructor(sections: readonly Section[]) {
    for (const section of sections) {
      this.byId.set(section.id, section);
      for (const [lang, t] of Object.entries(section.translations)) {
        if (t) this.byPath.set(`${lang}:${t.path}`, section);
      }
      const siblings = this.childrenOf.get(section.parentId) ?? [];
      siblings.push(section);
      this.childrenOf.set(section.parentId, siblings);
    }
    for (const siblings of this.childrenOf.values())
      siblings.sort((a, b) => a.position - b.position || a.id - b.id);
  }

  get(id: number): Section | undefined {
    return this.byId.get(id);
  }

  findByPath(lang: LanguageCode, path: string): Section | undefined {
    return this.byPath.get(`${lang}:${path}`);
  }

  roots(): Section[] {
    return this.childrenOf.get(null) ?? [];
  }

  children(id: number): Section[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** The section and everything under it: a section's page lists its whole subtree. */
  subtreeIds(id: number): number[] {
    const ids: number[] = [];
    const walk = (sectionId: number): void => {
      ids.push(sectionId);
      for (const child of this.children(sectionId)) walk(child.id);
    };
    if (this.byId.has(id)) walk(id);
    return ids;
  }

  /** From the root down to the section itself, for breadcrumbs. */
  ancestry(id: number): Section[] {
    const chain: Section[] = [];
    let current = this.byId.get(id);
    while (current) {
      chain.unshift(current);
      current = current.parentId === null ? undefined : this.byId.get(current.parentId);
    }
    return chain;
  }

  /** The top-level section an item belongs to ("news" for "news/news_odkb"): where "all news" lives. */
  root(id: number): Section | undefined {
    return this.ancestry(id)[0];
  }
}

/** Joins a parent's path and a slug into a section path. */
export function sectionPath(parentPath: string | undefined, slug: string): string {
  return parentPath ? `${parentPath}/${slug}` : slug;
}
