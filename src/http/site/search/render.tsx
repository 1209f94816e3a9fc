import { paging } from "../../../domain/paging.js";
import { parseQuery } from "../../../domain/search/queryParser.js";
import type { SectionTree } from "../../../domain/sections.js";
import { translator, type Translate } from "../../../i18n/strings.js";
import type { SearchFilters, SearchPage as FoundPage, SearchService } from "../../../search/types.js";
import { listPeopleWithPosts, type PersonWithPosts } from "../../../store/peoplePosts.js";
import type { SiteDeps } from "../context.js";
import { buildChrome } from "../presenters.js";
import { searchChoices } from "./options.js";
import { readSearchParams, type Problem, type SearchState } from "./params.js";
import { noticeText, presentForm, presentResults, problemText } from "./presenter.js";
import { SearchPage, type SearchPageModel } from "./SearchPage.js";
import { hasFilters, searchPath, searchUrl } from "./searchUrl.js";

export interface SearchAnswer {
  /** 400 only for a malformed page number, as on a section's page; every other mistake is explained at 200. */
  status: 200 | 400;
  html: string;
}

const TITLE_QUERY_LIMIT = 60;

/** The search page for the query string of a request. It never throws for anything the reader typed. */
export async function renderSearch(
  deps: SiteDeps,
  service: SearchService,
  lang: string,
  query: (name: string) => string | undefined,
): Promise<SearchAnswer> {
  const { config } = deps;
  const t = translator(lang);
  const tree = await deps.sections.get();
  const people = await listPeopleWithPosts(deps.store.db);
  const choices = searchChoices(tree, people, lang);
  const params = readSearchParams(query, choices, config.timezone);
  const { state } = params;
  const parsed = parseQuery(params.rawQuery);
  const filters: SearchFilters = { lang, ...params.filters };
  const problems: Problem[] = [...params.problems];
  const filtered = hasFilters(state);
  const hasWords = parsed.include.length > 0;

  // Without words to find, filters alone still list what they match (newest first); with neither, the form waits.
  let page = params.page;
  let found: FoundPage | undefined;
  if (hasWords || filtered) {
    const run = (n: number) =>
      service.search({
        query: parsed,
        filters,
        order: state.order,
        limit: config.pageSize,
        offset: (n - 1) * config.pageSize,
      });
    found = await run(page);
    if (page > 1 && page > paging(page, config.pageSize, found.total).pageCount) {
      if (found.total > 0) problems.push({ key: "search.problem.pastEnd", n: page });
      page = 1;
      found = await run(page);
    }
  }
  const suggestion = hasWords && page === 1 ? await service.suggest(state.q, filters) : undefined;

  const pageCount = found ? paging(page, config.pageSize, found.total).pageCount : 1;
  const model: SearchPageModel = {
    title: pageTitle(t, state.q, page, pageCount),
    form: presentForm(t, searchPath(lang), state, choices, filtered || problems.length > 0),
    showHint: !found && state.q.trim() === "",
    messages: [
      ...parsed.notices.flatMap((notice) => noticeText(t, notice) ?? []),
      ...problems.map((problem) => problemText(t, problem)),
    ],
    suggestion:
      suggestion !== undefined && suggestion !== state.q
        ? { query: suggestion, href: searchUrl(lang, { ...state, q: suggestion }) }
        : undefined,
    results: found
      ? presentResults({ tree, t, lang, timeZone: config.timezone, state, hasWords }, found, page, pageCount)
      : undefined,
  };

  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations: searchTranslations(deps, tree, people, lang, state, page),
    withSidebar: false,
  });
  const html = `<!DOCTYPE html>${await (<SearchPage chrome={chrome} model={model} />).toString()}`;
  return { status: params.malformedPage ? 400 : 200, html };
}

/** "Search: миссия", shortened for a long query, with the page number past the first page. */
function pageTitle(t: Translate, q: string, page: number, pageCount: number): string {
  const words = Array.from(q.trim());
  const shown =
    words.length > TITLE_QUERY_LIMIT ? `${words.slice(0, TITLE_QUERY_LIMIT).join("")}…` : q.trim();
  const title = shown === "" ? t("search.title") : t("search.titleWithQuery", { query: shown });
  return page > 1 ? `${title} — ${t("paging.pageOf", { n: page, total: pageCount })}` : title;
}

/**
 * This search in each language. The words are left behind, since they are written in one language; the
 * filters carry over where the other language has the same section or person.
 */
function searchTranslations(
  deps: SiteDeps,
  tree: SectionTree,
  people: PersonWithPosts[],
  lang: string,
  state: SearchState,
  page: number,
): Record<string, string> {
  const translations: Record<string, string> = { [lang]: searchUrl(lang, state, page) };
  const section = state.section === undefined ? undefined : tree.findByPath(lang, state.section);
  const person = people.find((p) => p.slug === state.person);
  for (const other of deps.config.languages) {
    if (other === lang) continue;
    translations[other] = searchUrl(other, {
      q: "",
      section: section?.translations[other]?.path,
      kind: state.kind,
      from: state.from,
      to: state.to,
      person: person?.names[other] !== undefined ? person.slug : undefined,
      order: state.order,
    });
  }
  return translations;
}
