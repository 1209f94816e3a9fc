import { ALL_NEWS_PATH } from "../context.js";
import { sectionUrl, withPage } from "../urls.js";
import { yearOf } from "./calendar.js";

/** The archive lives under the all-news section: /{lang}/news/2025/ and /{lang}/news/2025/01/. */
export function archiveYearUrl(lang: string, year: number): string {
  return `${sectionUrl(lang, ALL_NEWS_PATH)}${String(year)}/`;
}

export function archiveMonthUrl(lang: string, year: number, month: number, page = 1): string {
  return withPage(`${archiveYearUrl(lang, year)}${String(month).padStart(2, "0")}/`, page);
}

/**
 * The way into the archive from a list of news: the year of the list's first (newest) item, which is the
 * year the reader is looking at. Undefined for an empty list.
 */
export function archiveLinkFor(
  lang: string,
  newestPublishedAt: string | undefined,
  timeZone: string,
): string | undefined {
  return newestPublishedAt === undefined
    ? undefined
    : archiveYearUrl(lang, yearOf(newestPublishedAt, timeZone));
}
