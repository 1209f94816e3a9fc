import { isArticleKind, isCalendarDate, type ArticleKind } from "../../domain/content.js";
import { parsePageParam } from "../../domain/paging.js";
import type { SearchOrder } from "../../search/types.js";
import { fromLocalInput } from "../../i18n/localTime.js";
import { AppError } from "../../lib/errors.js";

/**
 * Reads the API's query parameters. A malformed value is the client's mistake and is answered with 400 naming the
 * parameter; nothing here ever lets a bad value reach the database. Unknown parameters are simply not read.
 */
export type QueryReader = (name: string) => string | undefined;

/** The largest page a client may ask for: enough for any list, small enough to answer quickly. */
export const MAX_PER_PAGE = 100;
/** How much of a refused value an error message quotes (it may be a whole pasted page). */
const QUOTED_LIMIT = 40;
const PER_PAGE = /^[1-9][0-9]{0,2}$/;
/** Ids are PostgreSQL integers: a longer number names nothing, and must not reach the database. */
const ID = /^[1-9][0-9]{0,9}$/;
const MAX_ID = 2_147_483_647;

/** A value the client sent, shortened and in quotes, for an error message. */
export function quoted(value: string): string {
  const chars = Array.from(value);
  return JSON.stringify(chars.length > QUOTED_LIMIT ? `${chars.slice(0, QUOTED_LIMIT).join("")}…` : value);
}

function refuse(parameter: string, rule: string, value: string): AppError {
  return new AppError("bad_request", `The "${parameter}" parameter ${rule}; got ${quoted(value)}`, {
    parameter,
  });
}

/** A value given and not blank; `?section=` means no section, as a form would send it. */
export function given(query: QueryReader, name: string): string | undefined {
  const value = query(name)?.trim();
  return value === undefined || value === "" ? undefined : value;
}

export interface PageRequest {
  page: number;
  perPage: number;
}

export function readPaging(query: QueryReader, defaultPerPage: number): PageRequest {
  const page = parsePageParam((name) => (name === "page" ? query(name) : undefined));
  if (!page.ok) {
    throw new AppError(
      "invalid_page",
      `The "page" parameter must be a whole number from 1 up; got ${quoted(page.raw)}`,
      { parameter: "page" },
    );
  }
  const rawPerPage = query("per_page");
  let perPage = Math.min(defaultPerPage, MAX_PER_PAGE);
  if (rawPerPage !== undefined) {
    if (!PER_PAGE.test(rawPerPage) || Number(rawPerPage) > MAX_PER_PAGE) {
      throw refuse("per_page", `must be a whole number from 1 to ${MAX_PER_PAGE}`, rawPerPage);
    }
    perPage = Number(rawPerPage);
  }
  return { page: page.page, perPage };
}

/** The page count of a list, and 404 for a page past its end (an empty list still has its first page). */
export function pageCount(request: PageRequest, total: number): number {
  const pages = Math.max(1, Math.ceil(total / request.perPage));
  if (request.page > pages) {
    throw new AppError("not_found", `Page ${request.page} does not exist; the list has ${pages}`);
  }
  return pages;
}

/** An article id from the address; undefined for a number too large to be one (the caller answers 404). */
export function readArticleId(raw: string): number | undefined {
  if (!/^[0-9]+$/.test(raw)) {
    throw new AppError("bad_request", `An article id is a whole number from 1 up; got ${quoted(raw)}`, {
      parameter: "id",
    });
  }
  if (!ID.test(raw) || Number(raw) > MAX_ID) return undefined;
  return Number(raw);
}

export function readKind(query: QueryReader): ArticleKind | undefined {
  const value = given(query, "kind");
  if (value === undefined) return undefined;
  if (!isArticleKind(value)) {
    throw refuse("kind", "must be one of news, speech, statement, announcement, interview, document", value);
  }
  return value;
}

export function readOrder(query: QueryReader): SearchOrder {
  const value = given(query, "order");
  if (value === undefined || value === "relevance" || value === "date") return value ?? "relevance";
  throw refuse("order", 'must be "relevance" or "date"', value);
}

/** Calendar days, both included, as the client sent them and as the instants the search filters take. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
  /** The first instant of `from`, in the site's time zone. */
  fromInstant?: string | undefined;
  /** The first instant of the day after `to`: publications before it are on or before `to`. */
  toInstant?: string | undefined;
}

export function readDateRange(query: QueryReader, timeZone: string): DateRange {
  const from = given(query, "from");
  const to = given(query, "to");
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) {
      throw refuse(name, "must be a calendar date written YYYY-MM-DD", value);
    }
  }
  if (from !== undefined && to !== undefined && from > to) {
    throw new AppError("bad_request", `The "from" date (${from}) is after the "to" date (${to})`, {
      parameter: "from",
    });
  }
  const dayAfter = to === undefined ? undefined : nextDay(to);
  return {
    from,
    to,
    fromInstant: from === undefined ? undefined : startOfDay(from, timeZone),
    toInstant: dayAfter === undefined ? undefined : startOfDay(dayAfter, timeZone),
  };
}

/** The instant a calendar day starts on the site's clocks. */
function startOfDay(date: string, timeZone: string): string {
  return fromLocalInput(`${date}T00:00`, timeZone) ?? `${date}T00:00:00.000Z`;
}

/** The calendar day after a date; undefined after 9999-12-31, where "up to the end of time" needs no bound. */
function nextDay(date: string): string | undefined {
  const next = new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
  return isCalendarDate(next) ? next : undefined;
}
