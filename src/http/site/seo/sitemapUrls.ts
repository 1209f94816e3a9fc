import type { Section, SectionTree } from "../../../domain/sections.js";
import {
  latest,
  publicTranslationsOf,
  publicTranslationsSlice,
  sectionChanges,
  sectionCreationTimes,
  type PublicTranslation,
  type Slice,
} from "../../../store/sitemapQueries.js";
import type { SiteDeps } from "../context.js";
import { articleUrl, homeUrl, sectionUrl } from "../urls.js";

export interface SitemapAlternate {
  hreflang: string;
  href: string;
}

/** One `<url>` of a sitemap: the address, when it last changed, and the same page in every language. */
export interface SitemapUrl {
  loc: string;
  lastmod: string | undefined;
  /** Every translation, this one included, so that each pair links both ways. */
  alternates: SitemapAlternate[];
}

/** The hreflang value of the address that lets the server pick the reader's language: the bare site root. */
export const X_DEFAULT = "x-default";

/**
 * The home pages and section pages, in every configured language, in a stable order: homes first, then the
 * section tree depth first. There are tens of these, not thousands, so they are built whole.
 */
export async function fixedSitemapUrls(deps: SiteDeps, base: string): Promise<SitemapUrl[]> {
  const { languages } = deps.config;
  const tree = await deps.sections.get();
  const [changes, created] = await Promise.all([
    sectionChanges(deps.store.db, languages),
    sectionCreationTimes(deps.store.db),
  ]);
  const ownChange = new Map(changes.map((c) => [`${c.sectionId}:${c.lang}`, c.changedAt]));
  // A section's page lists its whole subtree, so it changes when anything below it does.
  const sectionLastmod = (id: number, lang: string): string | undefined =>
    latest(tree.subtreeIds(id).map((sub) => ownChange.get(`${sub}:${lang}`))) ?? created.get(id);

  const homeAlternates: SitemapAlternate[] = [
    ...languages.map((lang) => ({ hreflang: lang, href: `${base}${homeUrl(lang)}` })),
    { hreflang: X_DEFAULT, href: `${base}/` },
  ];
  const homes = languages.map((lang) => ({
    loc: `${base}${homeUrl(lang)}`,
    lastmod: latest(tree.roots().map((root) => sectionLastmod(root.id, lang))),
    alternates: homeAlternates,
  }));

  const sections = depthFirst(tree).flatMap((section) => {
    const paths = languages.flatMap((lang) => {
      const path = section.translations[lang]?.path;
      return path === undefined ? [] : [{ lang, href: `${base}${sectionUrl(lang, path)}` }];
    });
    const alternates = paths.map((p) => ({ hreflang: p.lang, href: p.href }));
    return paths.map((p) => ({ loc: p.href, lastmod: sectionLastmod(section.id, p.lang), alternates }));
  });
  return [...homes, ...sections];
}

function depthFirst(tree: SectionTree): Section[] {
  const order: Section[] = [];
  const visit = (section: Section): void => {
    order.push(section);
    for (const child of tree.children(section.id)) visit(child);
  };
  for (const root of tree.roots()) visit(root);
  return order;
}

/** A slice of the published translations as sitemap URLs, each with all its article's public translations. */
export async function articleSitemapUrls(deps: SiteDeps, base: string, slice: Slice): Promise<SitemapUrl[]> {
  const { languages } = deps.config;
  const rows = await publicTranslationsSlice(deps.store.db, languages, slice);
  const siblings = await publicTranslationsOf(
    deps.store.db,
    languages,
    rows.map((r) => r.articleId),
  );
  const alternatesOf = new Map<number, SitemapAlternate[]>();
  for (const sibling of siblings) {
    const list = alternatesOf.get(sibling.articleId) ?? [];
    list.push({ hreflang: sibling.lang, href: publicHref(base, sibling) });
    alternatesOf.set(sibling.articleId, list);
  }
  return rows.map((row) => ({
    loc: publicHref(base, row),
    lastmod: latest([row.updatedAt, row.publishedAt]),
    alternates: alternatesOf.get(row.articleId) ?? [],
  }));
}

export function publicHref(base: string, translation: PublicTranslation): string {
  return `${base}${articleUrl(translation.lang, translation.sectionPath, translation.slug)}`;
}
