import type { SectionTree } from "../../../domain/sections.js";
import type { PersonWithPosts } from "../../../store/peoplePosts.js";

/** A section the reader may search within: the whole subtree is searched. */
export interface SectionChoice {
  /** The section's path in this language, which is also the form value: "news/news_odkb". */
  path: string;
  title: string;
  /** 0 for a top-level section, for indenting the list. */
  depth: number;
  subtreeIds: number[];
}

/** A person the reader may search for; the form value is the slug, which is the same in every language. */
export interface PersonChoice {
  id: number;
  slug: string;
  name: string;
}

/** What the search form offers in one language: sections in tree order, people by name. */
export interface SearchChoices {
  sections: SectionChoice[];
  people: PersonChoice[];
}

export function searchChoices(tree: SectionTree, people: PersonWithPosts[], lang: string): SearchChoices {
  const sections: SectionChoice[] = [];
  const walk = (ids: { id: number }[], depth: number): void => {
    for (const { id } of ids) {
      const tr = tree.get(id)?.translations[lang];
      // A section with no title in this language has no page here, and neither do its children.
      if (!tr) continue;
      sections.push({ path: tr.path, title: tr.title, depth, subtreeIds: tree.subtreeIds(id) });
      walk(tree.children(id), depth + 1);
    }
  };
  walk(tree.roots(), 0);

  const collator = new Intl.Collator(lang);
  const named = people.flatMap((p) => {
    const name = p.names[lang];
    return name ? [{ id: p.id, slug: p.slug, name }] : [];
  });
  named.sort((a, b) => collator.compare(a.name, b.name));
  return { sections, people: named };
}
