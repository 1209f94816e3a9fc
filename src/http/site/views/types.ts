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
  /** Canonical path of this page, and its translations for hreflang. */
  canonical: string;
  alternates: { lang: string; href: string }[];
  sidebar: ListItem[] | undefined;
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
