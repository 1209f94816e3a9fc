import { articleTag, SEARCH_TAG, tagResponse } from "../../cache/tags.js";
import { ARTICLE_KINDS } from "../../../domain/content.js";
import type { SectionTree } from "../../../domain/sections.js";
import { MAX_QUERY_CHARS } from "../../../domain/search/queryText.js";
import type { QueryNotice, TextSegment } from "../../../domain/search/types.js";
import { formatListDate, isoDateIn } from "../../../i18n/dates.js";
import type { StringKey, Translate } from "../../../i18n/strings.js";
import type { SearchHit, SearchPage } from "../../../search/types.js";
import { articleUrl, sectionUrl } from "../urls.js";
import type { SearchChoices } from "./options.js";
import type { SearchResultsView } from "./SearchPage.js";
import { hasFilters, searchUrl } from "./searchUrl.js";
import { withoutControlCharacters, type Problem, type SearchState } from "./params.js";

export interface Choice {
  value: string;
  label: string;
}

export interface SearchFormView {
  action: string;
  state: SearchState;
  sections: Choice[];
  kinds: Choice[];
  people: Choice[];
  /** The filters start unfolded when one of them is in use or was refused. */
  filtersOpen: boolean;
}

export interface SearchHitView {
  titleSegments: TextSegment[];
  href: string;
  date: string;
  isoDate: string;
  sectionTitle: string;
  sectionHref: string;
  snippet: TextSegment[];
}

export function presentForm(
  t: Translate,
  action: string,
  state: SearchState,
  choices: SearchChoices,
  filtersOpen: boolean,
): SearchFormView {
  return {
    action,
    state,
    // Sub-sections are indented with dashes, since an option cannot hold markup.
    sections: choices.sections.map((s) => ({ value: s.path, label: `${"— ".repeat(s.depth)}${s.title}` })),
    kinds: ARTICLE_KINDS.map((kind) => ({ value: kind, label: t(`search.kind.${kind}`) })),
    people: choices.people.map((p) => ({ value: p.slug, label: p.name })),
    filtersOpen,
  };
}

/** What presenting a page of results needs to know about the request. */
export interface ResultsContext {
  tree: SectionTree;
  t: Translate;
  lang: string;
  timeZone: string;
  state: SearchState;
  /** Whether the query had words to find, as opposed to filters alone. */
  hasWords: boolean;
}

/** The count, the hits and the pager; when nothing was found, why, and a way out of the filters. */
export function presentResults(
  ctx: ResultsContext,
  found: SearchPage,
  page: number,
  pageCount: number,
): SearchResultsView {
  const { t, lang, state, hasWords } = ctx;
  const filtered = hasFilters(state);
  let emptyText = t("search.noResultsForFilters");
  if (hasWords)
    emptyText = filtered ? t("search.noResultsFiltered") : t("search.noResults", { query: state.q });
  return {
    count: countText(t, lang, found.total, found.totalCapped),
    hits: found.hits.flatMap((hit) => presentHit(hit, ctx.tree, lang, ctx.timeZone) ?? []),
    pager: { page, pageCount, hrefFor: (n) => searchUrl(lang, state, n) },
    empty:
      found.total === 0
        ? {
            text: emptyText,
            withoutFiltersHref:
              hasWords && filtered ? searchUrl(lang, { q: state.q, order: state.order }) : undefined,
          }
        : undefined,
  };
}

/** A hit as the page shows it; hits whose section has no page in this language are left out. */
export function presentHit(hit: SearchHit, tree: SectionTree, lang: string, timeZone: string) {
  const section = tree.get(hit.sectionId)?.translations[lang];
  if (!section) return undefined;
  tagResponse(articleTag(hit.articleId), SEARCH_TAG);
  const view: SearchHitView = {
    titleSegments: hit.titleSegments.length > 0 ? hit.titleSegments : [{ text: hit.title, match: false }],
    href: articleUrl(lang, section.path, hit.slug),
    date: formatListDate(hit.publishedAt, timeZone),
    isoDate: isoDateIn(hit.publishedAt, timeZone),
    sectionTitle: section.title,
    sectionHref: sectionUrl(lang, section.path),
    snippet: hit.snippet.length > 0 ? hit.snippet : [{ text: hit.lead, match: false }],
  };
  return view;
}

const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

function pluralCategory(lang: string, n: number): PluralCategory {
  const category = new Intl.PluralRules(lang).select(n);
  return PLURAL_CATEGORIES.find((c) => c === category) ?? "other";
}

/** "1 результат", "21 результат", "5 результатов"; "more than 1,000 results" when the count stopped at a cap. */
export function countText(t: Translate, lang: string, total: number, capped: boolean): string {
  const n = new Intl.NumberFormat(lang === "en" ? "en-GB" : lang).format(total);
  const category = pluralCategory(lang, total);
  const key: StringKey = capped ? `search.countMore.${category}` : `search.count.${category}`;
  return t(key, { n });
}

/** What the reader is told about how the query was read. An empty query gets the hint instead. */
export function noticeText(t: Translate, notice: QueryNotice): string | undefined {
  switch (notice) {
    case "empty":
      return undefined;
    case "truncated":
      return t("search.notice.truncated", { n: MAX_QUERY_CHARS });
    default:
      return t(`search.notice.${notice}`);
  }
}

const SHOWN_VALUE_LIMIT = 40;

/** A refused parameter explained, quoting what was sent (shortened: it may be a whole pasted page). */
export function problemText(t: Translate, problem: Problem): string {
  const chars = Array.from(withoutControlCharacters(problem.value ?? ""));
  const value =
    chars.length > SHOWN_VALUE_LIMIT ? `${chars.slice(0, SHOWN_VALUE_LIMIT).join("")}…` : chars.join("");
  return t(problem.key, { value, n: problem.n ?? "" });
}
