import { getRaw } from "./processes.js";

/** One page the HTTP benchmark loads, by what it is and where. */
export interface Target {
  name: string;
  path: string;
}

/** A common Russian word: the search page then has a full first page of hits on any corpus. */
const SEARCH_WORD = "безопасность";

/**
 * The pages to load, found on the running site itself: the first article of a subsection listed on all-news page
 * 1, and that subsection's own page.
 */
export async function discoverTargets(baseUrl: string): Promise<Target[]> {
  const allNews = await getRaw(`${baseUrl}/ru/news/`);
  if (allNews.status !== 200) throw new Error(`/ru/news/ answered ${allNews.status}`);
  const html = allNews.body.toString("utf8");
  const article = /href="(\/ru\/news\/[a-z0-9_-]+\/[a-z0-9-]+\/)"/.exec(html)?.[1];
  if (!article) throw new Error("no article of a subsection is listed on /ru/news/");
  const section = article.replace(/[a-z0-9-]+\/$/, "");
  return [
    { name: "Article", path: article },
    { name: "All news, page 1", path: "/ru/news/" },
    { name: "All news, page 500", path: "/ru/news/?page=500" },
    { name: "Section", path: section },
    { name: "RSS feed", path: "/ru/feed.xml" },
    { name: "Search", path: `/ru/search?q=${encodeURIComponent(SEARCH_WORD)}` },
  ];
}
