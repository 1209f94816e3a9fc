import type { Context } from "hono";
import { parseQuery } from "../../domain/search/queryParser.js";
import { AppError } from "../../lib/errors.js";
import { searchService } from "../../search/service.js";
import {
  apiArticlesByTranslationIds,
  findApiArticle,
  listApiArticles,
  type ApiListedArticle,
} from "../../store/apiQueries.js";
import { findFeedPerson, type FeedPerson } from "../../store/feedArticles.js";
import { countPublished, publishedArticleMedia, publishedCorrections } from "../../store/publicArticles.js";
import { articleTag, listTag } from "../cache/tags.js";
import type { SiteDeps } from "../site/context.js";
import { presentArticle, presentSummaries, translationsByArticle } from "./articlePresenter.js";
import { pageLinks, type LinkParam } from "./links.js";
import { given, pageCount, quoted, readArticleId, readPaging, type QueryReader } from "./params.js";
import { languageScope, sendJson, type ApiScope } from "./respond.js";
import type { ArticleSummaryJson, PagedJson } from "./types.js";

/** A section given by its path in the language ("news/news_odkb", slashes around it allowed): its subtree. */
export function sectionFilter(
  scope: ApiScope,
  query: QueryReader,
): { path: string; ids: number[] } | undefined {
  const value = given(query, "section");
  if (value === undefined) return undefined;
  const path = value.replace(/^\/+|\/+$/g, "");
  const section = scope.tree.findByPath(scope.lang, path);
  if (!section) {
    throw new AppError("not_found", `No section has the path ${quoted(value)} in "${scope.lang}"`, {
      parameter: "section",
    });
  }
  return { path, ids: scope.tree.subtreeIds(section.id) };
}

/** A person given by slug, who must have a name in the language (as for their pages and feeds). */
export async function personFilter(
  deps: SiteDeps,
  scope: ApiScope,
  query: QueryReader,
): Promise<FeedPerson | undefined> {
  const slug = given(query, "person");
  if (slug === undefined) return undefined;
  const person = await findFeedPerson(deps.store.db, slug, scope.lang);
  if (!person) {
    throw new AppError("not_found", `No person ${quoted(slug)} has a name in "${scope.lang}"`, {
      parameter: "person",
    });
  }
  return person;
}

/** GET /{lang}/articles: newest first, narrowed to a section's subtree and to what names a person. */
export async function listArticles(deps: SiteDeps, c: Context, lang: string): Promise<Response> {
  const scope = await languageScope(deps, c, lang);
  const query: QueryReader = (name) => c.req.query(name);
  const paging = readPaging(query, deps.config.pageSize);
  const section = sectionFilter(scope, query);
  const person = await personFilter(deps, scope, query);
  const offset = (paging.page - 1) * paging.perPage;
  const { db } = deps.store;

  let total: number;
  let pages: number;
  let rows: ApiListedArticle[];
  if (person) {
    // What names the person (by name or alias), is tagged with them or is signed by them: the same list as the
    // person's page, which a query with no words gives newest first.
    const found = await searchService(deps.store).search({
      query: parseQuery(""),
      filters: { lang, personId: person.id, sectionIds: section?.ids },
      order: "date",
      limit: paging.perPage,
      offset,
    });
    total = found.total;
    pages = pageCount(paging, total);
    rows = await apiArticlesByTranslationIds(
      db,
      found.hits.map((hit) => hit.translationId),
    );
  } else {
    total = await countPublished(db, lang, section?.ids);
    pages = pageCount(paging, total);
    rows = await listApiArticles(db, { lang, sectionIds: section?.ids, limit: paging.perPage, offset });
  }
  const items = await presentSummaries(db, deps.config.languages, scope, rows);
  const params: LinkParam[] = [
    ["section", section?.path],
    ["person", person?.slug],
  ];
  const body: PagedJson<ArticleSummaryJson> = {
    items,
    page: paging.page,
    per_page: paging.perPage,
    total,
    pages,
    links: pageLinks(scope.links, `/${lang}/articles`, params, {
      ...paging,
      pages,
      defaultPerPage: deps.config.pageSize,
    }),
  };
  return sendJson(c, body, [listTag(lang), ...items.map((item) => articleTag(item.id))]);
}

/** GET /{lang}/articles/{id}: one article in one language, by the article's id. */
export async function showArticle(
  deps: SiteDeps,
  c: Context,
  lang: string,
  rawId: string,
): Promise<Response> {
  const scope = await languageScope(deps, c, lang);
  const articleId = readArticleId(rawId);
  const { db } = deps.store;
  const article = articleId === undefined ? undefined : await findApiArticle(db, articleId, lang);
  const notFound = () => new AppError("not_found", `No article ${quoted(rawId)} is published in "${lang}"`);
  if (!article) throw notFound();
  const translations = await translationsByArticle(db, deps.config.languages, [article.articleId]);
  const body = presentArticle(scope, article, {
    translations: translations.get(article.articleId) ?? [],
    media: await publishedArticleMedia(db, article.articleId, lang),
    corrections: await publishedCorrections(db, article.translationId),
  });
  // A section without an address in this language gives the item no page here either.
  if (!body) throw notFound();
  // The translations list changes when another language is published or withdrawn: a list of this language.
  return sendJson(c, body, [listTag(lang), articleTag(article.articleId)]);
}
