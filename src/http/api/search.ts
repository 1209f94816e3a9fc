import type { Context } from "hono";
import { parseQuery } from "../../domain/search/queryParser.js";
import { prepareQueryText } from "../../domain/search/queryText.js";
import type { QueryNotice } from "../../domain/search/types.js";
import { translator } from "../../i18n/strings.js";
import { searchService } from "../../search/service.js";
import type { SearchFilters, SearchHit, SearchPage } from "../../search/types.js";
import { articleTag, listTag, SEARCH_TAG } from "../cache/tags.js";
import type { SiteDeps } from "../site/context.js";
import { noticeText } from "../site/search/presenter.js";
import { personFilter, sectionFilter } from "./articles.js";
import { sectionRef } from "./articlePresenter.js";
import { pageLinks, type LinkParam } from "./links.js";
import { pageCount, readDateRange, readKind, readOrder, readPaging, type QueryReader } from "./params.js";
import { isoInstant, languageScope, sendJson, type ApiScope } from "./respond.js";
import type { SearchHitJson } from "./types.js";

const NOTHING_FOUND: SearchPage = { hits: [], total: 0, totalCapped: false };

function presentHit(scope: ApiScope, hit: SearchHit): SearchHitJson | undefined {
  const section = sectionRef(scope, hit.sectionId);
  if (!section) return undefined;
  return {
    id: hit.articleId,
    lang: hit.lang,
    title: hit.title,
    title_segments: hit.titleSegments.length > 0 ? hit.titleSegments : [{ text: hit.title, match: false }],
    url: scope.links.article(hit.lang, section.path, hit.slug),
    api_url: scope.links.apiArticle(hit.lang, hit.articleId),
    section,
    kind: hit.kind,
    published_at: isoInstant(hit.publishedAt),
    snippet: hit.snippet.length > 0 ? hit.snippet : [{ text: hit.lead, match: false }],
  };
}

/** How the query was read differently from how it was typed, in the language's words. */
function presentNotice(lang: string, notice: QueryNotice): { code: QueryNotice; message: string } {
  const t = translator(lang);
  return { code: notice, message: noticeText(t, notice) ?? t("search.hint") };
}

/**
 * GET /{lang}/search: words (stemmed, so "миссии" finds "миссия"), "phrases" and -exclusions, narrowed by the
 * filters. A query that cannot be read as typed is searched as understood, with notices; only a malformed
 * filter or page is an error. With neither words nor filters nothing is searched.
 */
export async function searchArticles(deps: SiteDeps, c: Context, lang: string): Promise<Response> {
  const scope = await languageScope(deps, c, lang);
  const query: QueryReader = (name) => c.req.query(name);
  const paging = readPaging(query, deps.config.pageSize);
  const section = sectionFilter(scope, query);
  const kind = readKind(query);
  const dates = readDateRange(query, deps.config.timezone);
  const person = await personFilter(deps, scope, query);
  const order = readOrder(query);
  // Echoed as it was searched: without control characters, cut where the parser cuts a very long query.
  const raw = query("q") ?? "";
  const q = prepareQueryText(raw).text;
  // The parser sees the query as sent, so that it can report what it had to cut.
  const parsed = parseQuery(raw);

  const filters: SearchFilters = {
    lang,
    sectionIds: section?.ids,
    kind,
    from: dates.fromInstant,
    to: dates.toInstant,
    personId: person?.id,
  };
  const hasWords = parsed.include.length > 0;
  const filtered = [section, kind, dates.from, dates.to, person].some((value) => value !== undefined);
  const service = searchService(deps.store);
  const found =
    hasWords || filtered
      ? await service.search({
          query: parsed,
          filters,
          order,
          limit: paging.perPage,
          offset: (paging.page - 1) * paging.perPage,
        })
      : NOTHING_FOUND;
  const pages = pageCount(paging, found.total);
  const suggestion = hasWords ? await service.suggest(q, filters) : undefined;

  const params = (words: string): LinkParam[] => [
    ["q", words === "" ? undefined : words],
    ["section", section?.path],
    ["kind", kind],
    ["from", dates.from],
    ["to", dates.to],
    ["person", person?.slug],
    ["order", order === "relevance" ? undefined : order],
  ];
  const path = `/${lang}/search`;
  const items = found.hits.flatMap((hit) => presentHit(scope, hit) ?? []);
  const body = {
    query: {
      q,
      normalized: parsed.normalized,
      section: section?.path ?? null,
      kind: kind ?? null,
      from: dates.from ?? null,
      to: dates.to ?? null,
      person: person?.slug ?? null,
      order,
    },
    notices: parsed.notices.map((notice) => presentNotice(lang, notice)),
    did_you_mean:
      suggestion !== undefined && suggestion !== q
        ? { q: suggestion, api_url: scope.links.api(path, params(suggestion)) }
        : null,
    items,
    page: paging.page,
    per_page: paging.perPage,
    total: found.total,
    total_capped: found.totalCapped,
    pages,
    links: pageLinks(scope.links, path, params(q), {
      ...paging,
      pages,
      defaultPerPage: deps.config.pageSize,
    }),
  };
  // Any change of any text can change a result: the page cache drops every search on every change.
  return sendJson(c, body, [SEARCH_TAG, listTag(lang), ...items.map((item) => articleTag(item.id))]);
}
