import type { SectionTree } from "../../domain/sections.js";
import { formatListDate, isoDateIn } from "../../i18n/dates.js";
import { allCatalogs, translator } from "../../i18n/strings.js";
import type { ListedArticle } from "../../store/publicArticles.js";
import { listPublished } from "../../store/publicArticles.js";
import { ALL_NEWS_PATH, type SiteDeps } from "./context.js";
import { articleUrl, homeUrl, sectionUrl } from "./urls.js";
import type { Chrome, Crumb, ListItem } from "./views/types.js";

/** A list row as views show it. Items whose section has no path in this language are skipped. */
export function presentListItem(
  row: ListedArticle,
  tree: SectionTree,
  lang: string,
  timeZone: string,
): ListItem | undefined {
  const path = tree.get(row.sectionId)?.translations[lang]?.path;
  if (path === undefined) return undefined;
  return {
    title: row.title,
    href: articleUrl(lang, path, row.slug),
    lead: row.lead,
    date: formatListDate(row.publishedAt, timeZone),
    isoDate: isoDateIn(row.publishedAt, timeZone),
  };
}

export function presentList(
  rows: ListedArticle[],
  tree: SectionTree,
  lang: string,
  timeZone: string,
): ListItem[] {
  return rows.flatMap((row) => presentListItem(row, tree, lang, timeZone) ?? []);
}

export function languageName(code: string): string {
  return allCatalogs[code]?.["site.languageName"] ?? code;
}

export interface ChromeInput {
  lang: string;
  tree: SectionTree;
  /** Path of this page in each language where it exists (the current language included). */
  translations: Record<string, string>;
  /** The top-level section this page belongs to, for highlighting the navigation. */
  currentRootId?: number | undefined;
  withSidebar: boolean;
}

/** Builds the frame every page shares. Only the sidebar costs a query. */
export async function buildChrome(deps: SiteDeps, input: ChromeInput): Promise<Chrome> {
  const { lang, tree } = input;
  const { config } = deps;
  const base = (config.publicUrl ?? "").replace(/\/$/, "");
  const sidebar = input.withSidebar
    ? presentList(
        await listPublished(deps.store.db, { lang, limit: config.sidebarSize, offset: 0 }),
        tree,
        lang,
        config.timezone,
      )
    : undefined;
  const others = config.languages.filter((code) => code !== lang && input.translations[code] !== undefined);
  return {
    lang,
    t: translator(lang),
    siteName: config.siteName[lang] ?? config.siteName[config.defaultLanguage] ?? "Pressroom",
    homeHref: homeUrl(lang),
    nav: tree.roots().flatMap((section) => {
      const tr = section.translations[lang];
      return tr
        ? [{ title: tr.title, href: sectionUrl(lang, tr.path), current: section.id === input.currentRootId }]
        : [];
    }),
    languages: others.map((code) => ({
      code,
      name: languageName(code),
      href: input.translations[code] ?? homeUrl(code),
    })),
    currentLanguageName: languageName(lang),
    cssHref: deps.assets.css.path,
    jsHref: deps.assets.js.path,
    canonical: `${base}${input.translations[lang] ?? homeUrl(lang)}`,
    alternates: config.languages
      .filter((code) => input.translations[code] !== undefined)
      .map((code) => ({ lang: code, href: `${base}${input.translations[code] ?? ""}` })),
    sidebar,
  };
}

/** Breadcrumbs from the root section down to (and including) the given section. */
export function sectionCrumbs(tree: SectionTree, sectionId: number, lang: string): Crumb[] {
  return tree.ancestry(sectionId).flatMap((s) => {
    const tr = s.translations[lang];
    return tr ? [{ title: tr.title, href: sectionUrl(lang, tr.path) }] : [];
  });
}

/** The "all news" page of a language, when the site has a news section there. */
export function allNewsHref(tree: SectionTree, lang: string): string | undefined {
  return tree.findByPath(lang, ALL_NEWS_PATH) ? sectionUrl(lang, ALL_NEWS_PATH) : undefined;
}
