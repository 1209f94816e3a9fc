import { articleTag, listTag, tagResponse } from "../../cache/tags.js";
import { absolutizeLinks } from "../../../domain/feeds/content.js";
import { laterOf } from "../../../domain/feeds/dates.js";
import { feedTagUri, itemTagUri, tagAuthority, type FeedSubject } from "../../../domain/feeds/ids.js";
import type { FeedContent, FeedDocument, FeedItem } from "../../../domain/feeds/model.js";
import { parseQuery } from "../../../domain/search/queryParser.js";
import type { SectionTree } from "../../../domain/sections.js";
import { AppError } from "../../../lib/errors.js";
import { searchService } from "../../../search/service.js";
import {
  feedArticlesByIds,
  findFeedPerson,
  listFeedArticles,
  type FeedArticle,
} from "../../../store/feedArticles.js";
import type { SiteDeps } from "../context.js";
import { articleUrl } from "../urls.js";
import { feedPageUrl, feedTitle, feedUrl, type FeedScope } from "./links.js";

/** Where people's pages live in every language (see ../people/routes.ts). */
const PEOPLE_PATH = "people";

/** How many items a feed holds: the newest ones. */
export const FEED_SIZE = 50;

/** What an address asks a feed of, resolved against the section tree and the people. */
interface ResolvedFeed {
  scope: FeedScope;
  subject: FeedSubject;
  /** The section's title or the person's name; none for the whole language. */
  subjectName: string | undefined;
  articles: FeedArticle[];
}

/**
 * The feed for `/{lang}/{segments}/…`: no segments for the language, a section path for the section's subtree,
 * or "people/{slug}" for a person with a name in the language. A section the editors named "people" keeps its
 * addresses, as the person pages' routes let it. Anything else is the site's 404.
 */
export async function loadFeed(
  deps: SiteDeps,
  tree: SectionTree,
  lang: string,
  segments: readonly string[],
): Promise<ResolvedFeed> {
  const db = deps.store.db;
  if (segments.length === 0) {
    return {
      scope: { lang },
      subject: { kind: "language" },
      subjectName: undefined,
      articles: await listFeedArticles(db, { lang, limit: FEED_SIZE }),
    };
  }
  const path = segments.join("/");
  const section = tree.findByPath(lang, path);
  const title = section?.translations[lang]?.title;
  if (section && title !== undefined) {
    return {
      scope: { lang, sectionPath: path },
      subject: { kind: "section", sectionId: section.id },
      subjectName: title,
      articles: await listFeedArticles(db, {
        lang,
        sectionIds: tree.subtreeIds(section.id),
        limit: FEED_SIZE,
      }),
    };
  }
  const [first, slug] = segments;
  const peopleHaveTheirPath = tree.findByPath(lang, PEOPLE_PATH) === undefined;
  if (segments.length === 2 && first === PEOPLE_PATH && slug !== undefined && peopleHaveTheirPath) {
    const person = await findFeedPerson(db, slug, lang);
    if (person) {
      return {
        scope: { lang, personSlug: person.slug },
        subject: { kind: "person", personId: person.id },
        subjectName: person.name,
        articles: await personArticles(deps, lang, person.id),
      };
    }
  }
  throw new AppError("not_found", `No feed at /${lang}/${path}/`);
}

/** The newest items that name, tag or are signed by a person, as the search finds them. */
async function personArticles(deps: SiteDeps, lang: string, personId: number): Promise<FeedArticle[]> {
  const page = await searchService(deps.store).search({
    // No words to look for: the search then lists what the filters let through, newest first.
    query: parseQuery(""),
    filters: { lang, personId },
    order: "date",
    limit: FEED_SIZE,
    offset: 0,
  });
  return feedArticlesByIds(
    deps.store.db,
    page.hits.map((hit) => hit.translationId),
  );
}

/** The document every format renders, with absolute addresses under `siteUrl` (no trailing slash). */
export function feedDocument(
  deps: SiteDeps,
  tree: SectionTree,
  resolved: ResolvedFeed,
  siteUrl: string,
): FeedDocument {
  const { config } = deps;
  const { lang } = resolved.scope;
  tagResponse(listTag(lang));
  const host = tagAuthority(siteUrl);
  const siteName = config.siteName[lang] ?? config.siteName[config.defaultLanguage] ?? "Pressroom";
  const publisher =
    config.organizationName[lang] ?? config.organizationName[config.defaultLanguage] ?? siteName;
  const items = resolved.articles.flatMap((article) => {
    const item = feedItem(article, tree, siteUrl, host, config.feedContent);
    return item ? [item] : [];
  });
  return {
    lang,
    title: feedTitle(siteName, resolved.subjectName),
    description: `${publisher}: ${resolved.subjectName ?? siteName}`,
    id: feedTagUri(host, lang, resolved.subject),
    homePageUrl: `${siteUrl}${feedPageUrl(resolved.scope)}`,
    urls: {
      rss: `${siteUrl}${feedUrl(resolved.scope, "feed.xml")}`,
      atom: `${siteUrl}${feedUrl(resolved.scope, "atom.xml")}`,
      json: `${siteUrl}${feedUrl(resolved.scope, "feed.json")}`,
    },
    publisher,
    updatedAt: items.reduce<string | undefined>(
      (newest, item) => (newest === undefined ? item.updatedAt : laterOf(newest, item.updatedAt)),
      undefined,
    ),
    items,
  };
}

/** One entry; undefined when the item's section has no address in this language (it has no page to link to). */
function feedItem(
  article: FeedArticle,
  tree: SectionTree,
  siteUrl: string,
  host: string,
  content: FeedContent,
): FeedItem | undefined {
  const path = tree.get(article.sectionId)?.translations[article.lang]?.path;
  if (path === undefined) return undefined;
  tagResponse(articleTag(article.articleId));
  const url = `${siteUrl}${articleUrl(article.lang, path, article.slug)}`;
  const author = article.signatureText?.trim();
  return {
    id: itemTagUri(host, article.articleId, article.lang),
    url,
    title: article.title,
    publishedAt: article.publishedAt,
    updatedAt: laterOf(article.updatedAt, article.publishedAt),
    author: author === undefined || author === "" ? undefined : author,
    summary: article.lead,
    contentHtml: content === "full" ? absolutizeLinks(article.bodyHtml, url) : undefined,
  };
}
