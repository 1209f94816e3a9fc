import { isArticleKind, isCalendarDate, type ArticleKind } from "../../../domain/content.js";
import { parsePageParam } from "../../../domain/paging.js";
import { MAX_QUERY_CHARS, prepareQueryText } from "../../../domain/search/queryText.js";
import type { StringKey } from "../../../i18n/strings.js";
import type { SearchFilters, SearchOrder } from "../../../search/types.js";
import { fromLocalInput } from "../../../i18n/localTime.js";
import type { SearchChoices } from "./options.js";

/**
 * The search as the reader asked for it, with every invalid value dropped: it fills the form and every link
 * (pages, "Did you mean", the other language), so a mistake is explained once and never carried along.
 */
export interface SearchState {
  q: string;
  /** A section path in this language. */
  section?: string | undefined;
  kind?: ArticleKind | undefined;
  /** Calendar dates, both ends included, in the site's time zone. */
  from?: string | undefined;
  to?: string | undefined;
  /** A person's slug. */
  person?: string | undefined;
  order: SearchOrder;
}

export type ProblemKey = Extract<StringKey, `search.problem.${string}`>;

/** A parameter that could not be used, and the value the reader sent (shown shortened). */
export interface Problem {
  key: ProblemKey;
  value?: string | undefined;
  /** A page number, for "there is no page N". */
  n?: number | undefined;
}

export interface SearchParams {
  /** The query exactly as sent, for the analyser, which reports itself what it had to cut. */
  rawQuery: string;
  state: SearchState;
  /** The filters for the search service, without the language. */
  filters: Omit<SearchFilters, "lang">;
  page: number;
  /** `page` was not a page number: the answer is 400, as for a section's page. */
  malformedPage: boolean;
  problems: Problem[];
}

const YEAR = /^\d{4}$/;
// Control characters are never typed on purpose and are not allowed in HTML text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Reads and checks every search parameter. Nothing here throws: a bad value becomes a problem to explain. */
export function readSearchParams(
  query: (name: string) => string | undefined,
  choices: SearchChoices,
  timeZone: string,
): SearchParams {
  const problems: Problem[] = [];
  const given = (name: string): string | undefined => {
    const value = query(name)?.trim();
    return value === undefined || value === "" ? undefined : value;
  };

  const state: SearchState = { q: echoOf(query("q") ?? ""), order: "relevance" };
  const filters: Omit<SearchFilters, "lang"> = {};

  const sectionValue = given("section");
  if (sectionValue !== undefined) {
    const section = choices.sections.find((s) => s.path === sectionValue.replace(/^\/+|\/+$/g, ""));
    if (section) {
      state.section = section.path;
      filters.sectionIds = section.subtreeIds;
    } else problems.push({ key: "search.problem.section", value: sectionValue });
  }

  const kindValue = given("kind");
  if (kindValue !== undefined) {
    if (isArticleKind(kindValue)) {
      state.kind = kindValue;
      filters.kind = kindValue;
    } else problems.push({ key: "search.problem.kind", value: kindValue });
  }

  readDates(given, state, problems);
  if (state.from !== undefined) filters.from = startOfDay(state.from, timeZone);
  const dayAfter = state.to === undefined ? undefined : nextDay(state.to);
  if (dayAfter !== undefined) filters.to = startOfDay(dayAfter, timeZone);

  const personValue = given("person");
  if (personValue !== undefined) {
    const person = choices.people.find((p) => p.slug === personValue);
    if (person) {
      state.person = person.slug;
      filters.personId = person.id;
    } else problems.push({ key: "search.problem.person", value: personValue });
  }

  const orderValue = given("order");
  if (orderValue === "date" || orderValue === "relevance") state.order = orderValue;
  else if (orderValue !== undefined) problems.push({ key: "search.problem.order", value: orderValue });

  const pageParam = parsePageParam((name) => query(name));
  if (!pageParam.ok) problems.push({ key: "search.problem.page", value: pageParam.raw });
  return {
    rawQuery: query("q") ?? "",
    state,
    filters,
    page: pageParam.ok ? pageParam.page : 1,
    malformedPage: !pageParam.ok,
    problems,
  };
}

/** `from` and `to`, or a whole `year` when neither is given. Reversed ends are dropped rather than guessed. */
function readDates(
  given: (name: string) => string | undefined,
  state: SearchState,
  problems: Problem[],
): void {
  const fromValue = given("from");
  const toValue = given("to");
  let from = fromValue;
  let to = toValue;
  if (fromValue !== undefined && !isCalendarDate(fromValue)) {
    problems.push({ key: "search.problem.from", value: fromValue });
    from = undefined;
  }
  if (toValue !== undefined && !isCalendarDate(toValue)) {
    problems.push({ key: "search.problem.to", value: toValue });
    to = undefined;
  }
  const yearValue = given("year");
  if (yearValue !== undefined && fromValue === undefined && toValue === undefined) {
    if (YEAR.test(yearValue) && isCalendarDate(`${yearValue}-01-01`)) {
      from = `${yearValue}-01-01`;
      to = `${yearValue}-12-31`;
    } else problems.push({ key: "search.problem.year", value: yearValue });
  }
  if (from !== undefined && to !== undefined && from > to) {
    problems.push({ key: "search.problem.dateOrder" });
    return;
  }
  state.from = from;
  state.to = to;
}

/**
 * The query as it goes back into the box and the links: as typed, without control characters. A query too long
 * to search is echoed as the part that was searched; all of it would bloat every link on the page.
 */
function echoOf(raw: string): string {
  const clean = withoutControlCharacters(raw);
  return clean.length > MAX_QUERY_CHARS ? prepareQueryText(clean).text : clean;
}

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}

/** The instant a calendar day starts on the site's clocks. */
function startOfDay(date: string, timeZone: string): string {
  return fromLocalInput(`${date}T00:00`, timeZone) ?? `${date}T00:00:00.000Z`;
}

/** The calendar day after a date; undefined after 9999-12-31, where "up to the end of time" needs no bound. */
function nextDay(date: string): string | undefined {
  const [y, m, d] = date.split("-").map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
  return isCalendarDate(next) ? next : undefined;
}
