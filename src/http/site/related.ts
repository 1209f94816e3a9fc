import type { SectionTree } from "../../domain/sections.js";
import { searchService } from "../../search/service.js";
import type { SearchHit } from "../../search/types.js";
import type { ListedArticle } from "../../store/publicArticles.js";
import type { SiteDeps } from "./context.js";
import { presentList } from "./presenters.js";
import type { ListItem } from "./views/types.js";

/** How many related items an article shows. */
export const RELATED_LIMIT = 5;

/** Search hits as list rows, so that they are shown exactly as every other list shows items. */
export function hitsAsListed(hits: readonly SearchHit[]): ListedArticle[] {
  return hits.map((hit) => ({
    id: hit.translationId,
    articleId: hit.articleId,
    sectionId: hit.sectionId,
    slug: hit.slug,
    title: hit.title,
    lead: hit.lead,
    publishedAt: hit.publishedAt,
  }));
}

/**
 * Other published news of the page's language that share people, section and words with this translation.
 * The list is a help, not the page: if the search index fails, the article is still shown, without it.
 */
export async function relatedNews(
  deps: SiteDeps,
  tree: SectionTree,
  lang: string,
  translationId: number,
): Promise<ListItem[]> {
  let hits: SearchHit[];
  try {
    hits = await searchService(deps.store).related(translationId, RELATED_LIMIT);
  } catch (error) {
    deps.logger.warn("related news unavailable", { translationId, error: String(error) });
    return [];
  }
  // The service promises both; checked again because a link to the page itself, or to another language, would
  // be a visible mistake.
  const own = hits.filter((hit) => hit.translationId !== translationId && hit.lang === lang);
  return presentList(hitsAsListed(own), tree, lang, deps.config.timezone);
}
