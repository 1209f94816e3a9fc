/**
 * Body HTML is stored with site-relative links ("/media/…", "/en/news/…"). A feed is read far from the site,
 * where such a link would point nowhere, so every relative href and src is resolved against the item's page.
 * Attribute values are as sanitize-html writes them: double-quoted, with quotes inside escaped.
 */
const LINK_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)"/gi;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function absolutizeLinks(html: string, pageUrl: string): string {
  return html.replace(LINK_ATTRIBUTE, (whole, prefix: string, value: string) => {
    if (HAS_SCHEME.test(value)) return whole;
    try {
      return `${prefix}${new URL(value, pageUrl).href}"`;
    } catch {
      return whole;
    }
  });
}
