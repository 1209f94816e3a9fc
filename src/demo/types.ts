import type { ArticleKind, CalendarDate, Instant, PerLanguage } from "../domain/content.js";

/** The demo site, as plain data. The loader turns it into sections, people and published articles. */
export interface DemoContent {
  sections: DemoSection[];
  people: DemoPerson[];
  articles: DemoArticle[];
}

export interface DemoSection {
  /** Stable key used by articles to point at the section. */
  key: string;
  parentKey?: string;
  position: number;
  translations: PerLanguage<{ slug: string; title: string }>;
}

export interface DemoPerson {
  key: string;
  /** Latin slug for the person's page. */
  slug: string;
  names: PerLanguage<string>;
  /** Other spellings met in old texts, in any language. */
  aliases: string[];
  posts: DemoPost[];
}

export interface DemoPost {
  key: string;
  startedOn?: CalendarDate;
  endedOn?: CalendarDate;
  /** The post as it is printed in a signature, e.g. "The CSTO Press Secretary". */
  titles: PerLanguage<string>;
}

export interface DemoArticle {
  key: string;
  sectionKey: string;
  kind: ArticleKind;
  publishedAt: Instant;
  eventStart?: CalendarDate;
  eventEnd?: CalendarDate;
  /** Keys of the people the article names. */
  people: string[];
  translations: PerLanguage<DemoTranslation>;
}

export interface DemoTranslation {
  title: string;
  lead: string;
  /** Body HTML: paragraphs only. It is sanitized on load like any other body. */
  bodyHtml: string;
  place?: string;
  signature?: { personKey: string; postKey: string };
}
