/**
 * robots.txt: everything public may be crawled; the back office and journalists' previews may not (previews
 * also send X-Robots-Tag: noindex). The sitemap's address is absolute, as the protocol requires.
 */
export function robotsTxt(base: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin/",
    "Disallow: /preview/",
    "",
    `Sitemap: ${base}/sitemap.xml`,
    "",
  ].join("\n");
}
