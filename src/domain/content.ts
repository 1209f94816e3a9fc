import type { LanguageCode } from "./languages.js";

/** What an article is. Shared by all of its translations. */
export const ARTICLE_KINDS = [
  "news",
  "speech",
  "statement",
  "announcement",
  "interview",
  "document",
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Where a translation stands. The back office adds review, approval, scheduling and embargo later. */
export const TRANSLATION_STATES = ["draft", "published"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** A calendar date, YYYY-MM-DD, with no time zone: event days are days, not instants. */
export type CalendarDate = string;

/** An instant in ISO 8601 UTC with milliseconds, e.g. 2023-03-28T09:00:00.000Z. Sorts as text. */
export type Instant = string;

/** A date range as written in a text: "from 27 to 30 March 2023". `end` equals `start` for one day. */
export interface DateRange {
  start: CalendarDate;
  end: CalendarDate;
}

/** Text per language, e.g. a section title or a person's name. */
export type PerLanguage<T> = Partial<Record<LanguageCode, T>>;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date (2023-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

export function isArticleKind(value: string): value is ArticleKind {
  return (ARTICLE_KINDS as readonly string[]).includes(value);
}
