import { articleTag, listTag, tagResponse } from "../cache/tags.js";
import type { SectionTree } from "../../domain/sections.js";
import { formatListDate, isoDateIn } from "../../i18n/dates.js";
import { allCatalogs, translator } from "../../i18n/strings.js";
import type { ListedArticle } from "../../store/publicArticles.js";
import { listPublished } from "../../store/publicArticles.js";
import { ALL_NEWS_PATH, type SiteDeps } from "./context.js";
import { feedLinks, type FeedScope } from "./seo/feedLinks.js";
import { headMeta, type PageSeo } from "./seo/head.js";
import { pageBase } from "./seo/origin.js";
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
  tagResponse(articleTag(row.articleId));
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
  /**
   * The origin (scheme and host) for absolute addresses when config.publicUrl is not set; by default the
   * request being answered, when the app keeps it in Hono's context storage.
   */
  origin?: string | undefined;
  /** The address that picks a language for the reader; given on the home page only. */
  xDefault?: string | undefined;
  /** False leaves out hreflang alternates: page 2 of a list has no counterpart page in other languages. */
  hreflang?: boolean | undefined;
  /** What this page's own feeds are about, besides the language feed every page offers. */
  feedScope?: FeedScope | undefined;
  /** Description, share image and article facts for search engines and link previews. */
  seo?: PageSeo | undefined;
}

/** Builds the frame every page shares. Only the sidebar costs a query. */
export async function buildChrome(deps: SiteDeps, input: ChromeInput): Promise<Chrome> {
  const { lang, tree } = input;
  const { config } = deps;
  // Every public page lists this language's latest items somewhere (sidebar, lists, feeds links).
  tagResponse(listTag(lang));
  const base = pageBase(config, input.origin);
  const sidebar = input.withSidebar
    ? presentList(
        await listPublished(deps.store.db, { lang, limit: config.sidebarSize, offset: 0 }),
        tree,
        lang,
        config.timezone,
      )
    : undefined;
  const others = config.languages.filter((code) => code !== lang && input.translations[code] !== undefined);
  const existing = config.languages.filter((code) => input.translations[code] !== undefined);
  const siteName = config.siteName[lang] ?? config.siteName[config.defaultLanguage] ?? "Pressroom";
  const t = translator(lang);
  const canonical = `${base}${input.translations[lang] ?? homeUrl(lang)}`;
  const alternates =
    input.hreflang === false
      ? []
      : [
          ...existing.map((code) => ({ lang: code, href: `${base}${input.translations[code] ?? ""}` })),
          ...(input.xDefault === undefined ? [] : [{ lang: "x-default", href: `${base}${input.xDefault}` }]),
        ];
  const head = headMeta({ config, lang, base, canonical, languages: existing, seo: input.seo });
  return {
    lang,
    t,
    siteName,
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
    canonical,
    alternates,
    sidebar,
    feeds: feedLinks(lang, siteName, input.feedScope),
    description: head.description,
    social: head.social,
    jsonLd: head.jsonLd,
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
