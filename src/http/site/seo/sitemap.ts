import { countPublicTranslations, latest, newestInSlice } from "../../../store/sitemapQueries.js";
import type { SiteDeps } from "../context.js";
import { recentNews } from "./newsSitemap.js";
import { articleSitemapUrls, fixedSitemapUrls, type SitemapUrl } from "./sitemapUrls.js";
import { SITEMAP_NS, XHTML_NS, XML_DECLARATION, escapeXml, w3cDateTime } from "./xml.js";

/** The protocol's ceiling of URLs per sitemap file; tests pass a smaller one to see the split. */
export const URLS_PER_SITEMAP = 50_000;

/** Where child sitemap number `page` (from 1) lives. */
export function sitemapPagePath(page: number): string {
  return `/sitemaps/pages-${page}.xml`;
}

export const NEWS_SITEMAP_PATH = "/sitemaps/news.xml";

interface Layout {
  fixed: SitemapUrl[];
  total: number;
  pageCount: number;
}

/** How the URL list splits into files: homes and sections first, then every published translation. */
async function layoutOf(deps: SiteDeps, base: string, urlsPerSitemap: number): Promise<Layout> {
  if (!Number.isInteger(urlsPerSitemap) || urlsPerSitemap < 1) {
    throw new Error(`urlsPerSitemap must be a whole number from 1 up, not ${urlsPerSitemap}`);
  }
  const fixed = await fixedSitemapUrls(deps, base);
  const total = fixed.length + (await countPublicTranslations(deps.store.db, deps.config.languages));
  return { fixed, total, pageCount: Math.max(1, Math.ceil(total / urlsPerSitemap)) };
}

/** Positions [start, end) of a page, split between the fixed list and the article slice after it. */
function rangeOf(layout: Layout, page: number, urlsPerSitemap: number) {
  const start = (page - 1) * urlsPerSitemap;
  const end = Math.min(start + urlsPerSitemap, layout.total);
  const articleStart = Math.max(0, start - layout.fixed.length);
  const articleEnd = Math.max(0, end - layout.fixed.length);
  return {
    fixed: layout.fixed.slice(start, end),
    articles: { offset: articleStart, limit: articleEnd - articleStart },
  };
}

/** The sitemap index: one child per page of at most `urlsPerSitemap` URLs, plus the news sitemap when it has items. */
export async function sitemapIndexXml(
  deps: SiteDeps,
  base: string,
  now: Date,
  urlsPerSitemap: number = URLS_PER_SITEMAP,
): Promise<string> {
  const layout = await layoutOf(deps, base, urlsPerSitemap);
  const children: { loc: string; lastmod: string | undefined }[] = [];
  for (let page = 1; page <= layout.pageCount; page++) {
    const range = rangeOf(layout, page, urlsPerSitemap);
    const newestArticle =
      range.articles.limit > 0
        ? await newestInSlice(deps.store.db, deps.config.languages, range.articles)
        : undefined;
    children.push({
      loc: `${base}${sitemapPagePath(page)}`,
      lastmod: latest([...range.fixed.map((u) => u.lastmod), newestArticle]),
    });
  }
  const news = await recentNews(deps, now);
  // An empty urlset is not valid sitemap XML, so the news sitemap is announced only when it has something.
  if (news.length > 0) {
    children.push({
      loc: `${base}${NEWS_SITEMAP_PATH}`,
      lastmod: latest(news.flatMap((n) => [n.publishedAt, n.updatedAt])),
    });
  }
  const entries = children.map(
    (child) => `<sitemap><loc>${escapeXml(child.loc)}</loc>${lastmodXml(child.lastmod)}</sitemap>`,
  );
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

/** Child sitemap number `page` (from 1), or undefined when there is no such page. */
export async function sitemapPageXml(
  deps: SiteDeps,
  base: string,
  page: number,
  urlsPerSitemap: number = URLS_PER_SITEMAP,
): Promise<string | undefined> {
  const layout = await layoutOf(deps, base, urlsPerSitemap);
  if (!Number.isInteger(page) || page < 1 || page > layout.pageCount) return undefined;
  const range = rangeOf(layout, page, urlsPerSitemap);
  const urls =
    range.articles.limit > 0
      ? [...range.fixed, ...(await articleSitemapUrls(deps, base, range.articles))]
      : range.fixed;
  return urlsetXml(urls);
}

function urlsetXml(urls: SitemapUrl[]): string {
  const entries = urls.map((url) => {
    const links = url.alternates.map(
      (a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
    );
    return `<url><loc>${escapeXml(url.loc)}</loc>${lastmodXml(url.lastmod)}${links.join("")}</url>`;
  });
  return `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${entries.join("\n")}\n</urlset>\n`;
}

function lastmodXml(instant: string | undefined): string {
  return instant === undefined ? "" : `<lastmod>${w3cDateTime(instant)}</lastmod>`;
}
