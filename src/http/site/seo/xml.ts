/** Escapes text for XML content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * An instant in the W3C Datetime profile the sitemap protocols ask for (YYYY-MM-DDThh:mm:ssTZD), in UTC. The
 * stored form has milliseconds, which the profile allows but some crawlers do not expect.
 */
export function w3cDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`Not an instant: ${instant}`);
  return `${date.toISOString().slice(0, 19)}Z`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const XHTML_NS = "http://www.w3.org/1999/xhtml";
export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
