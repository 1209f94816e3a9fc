import type { Translate } from "../../../i18n/strings.js";

/** What every page's frame needs: shaped by presenters, never database rows. */
export interface Chrome {
  lang: string;
  t: Translate;
  siteName: string;
  homeHref: string;
  /** Top-level sections for the header navigation. */
  nav: { title: string; href: string; current: boolean }[];
  /** Other languages of this same page; only those that exist are listed. */
  languages: { code: string; name: string; href: string }[];
  currentLanguageName: string;
  cssHref: string;
  jsHref: string;
  /**
   * Absolute address of this page, and of each of its translations for hreflang (the current one included;
   * "x-default" on the home page). Absolute when config.publicUrl is set or the request is known.
   */
  /** Empty on pages that are not the canonical home of anything (errors, previews). */
  canonical: string;
  alternates: { lang: string; href: string }[];
  sidebar: ListItem[] | undefined;
  /** Feeds offered to readers' feed apps: the language's always, plus the section's or the person's. */
  feeds: FeedLink[];
  /** Describes the page to search engines and link previews when the view gives no description of its own. */
  description?: string | undefined;
  /** Open Graph and Twitter card data. */
  social: SocialMeta;
  /** schema.org JSON-LD, serialized so that no text in it can end its script element. */
  jsonLd?: string | undefined;
}

export interface FeedLink {
  /** application/rss+xml, application/atom+xml or application/feed+json */
  type: string;
  title: string;
  href: string;
}

export interface SocialMeta {
  type: "website" | "article";
  /** Open Graph locales, e.g. ru_RU: this page's, then those of its translations. */
  locale: string;
  localeAlternates: string[];
  image?: { url: string; width: number; height: number; alt: string } | undefined;
  /** For articles: W3C datetimes of the publication and the last change. */
  publishedTime?: string | undefined;
  modifiedTime?: string | undefined;
}

export interface ListItem {
  title: string;
  href: string;
  lead: string;
  date: string;
  isoDate: string;
}

export interface Crumb {
  title: string;
  href: string;
}

export interface Pager {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}
