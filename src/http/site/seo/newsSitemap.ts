import type { Config } from "../../../config/schema.js";
import { publicTranslationsBetween, type PublicTranslation } from "../../../store/sitemapQueries.js";
import type { SiteDeps } from "../context.js";
import { publicHref } from "./sitemapUrls.js";
import { NEWS_NS, SITEMAP_NS, XML_DECLARATION, escapeXml, w3cDateTime } from "./xml.js";

/** Google News wants the articles of the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_URLS = 1000;

/** Published translations dated within the last 48 hours up to now (nothing dated in the future). */
export function recentNews(deps: SiteDeps, now: Date): Promise<PublicTranslation[]> {
  return publicTranslationsBetween(deps.store.db, deps.config.languages, {
    from: new Date(now.getTime() - NEWS_WINDOW_MS).toISOString(),
    to: now.toISOString(),
    limit: NEWS_MAX_URLS,
  });
}

/** The news sitemap: each item with the publication (the site's name in the item's language) and its date. */
export function newsSitemapXml(
  config: Pick<Config, "siteName" | "defaultLanguage">,
  base: string,
  items: PublicTranslation[],
): string {
  const entries = items.map((item) => {
    const name = config.siteName[item.lang] ?? config.siteName[config.defaultLanguage] ?? "Pressroom";
    return [
      `<url><loc>${escapeXml(publicHref(base, item))}</loc>`,
      "<news:news><news:publication>",
      `<news:name>${escapeXml(name)}</news:name><news:language>${escapeXml(item.lang)}</news:language>`,
      "</news:publication>",
      `<news:publication_date>${w3cDateTime(item.publishedAt)}</news:publication_date>`,
      `<news:title>${escapeXml(item.title)}</news:title>`,
      "</news:news></url>",
    ].join("");
  });
  return `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${entries.join("\n")}\n</urlset>\n`;
}
