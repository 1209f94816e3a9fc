import { feedLinksFor } from "../feeds/links.js";
import type { FeedLink } from "../views/types.js";

/**
 * What a page's own feeds are about besides the whole language: the section it shows (or its item is in), or
 * the person it is about. The language feed is always offered.
 */
export type FeedScope =
  { kind: "section"; path: string; title: string } | { kind: "person"; slug: string; name: string };

/**
 * The feeds for autodiscovery (`<link rel="alternate">`): the language's (`/{lang}/feed.xml`, `atom.xml`,
 * `feed.json`), then the same three under the section's or person's address. The feeds module owns the
 * address scheme and the titles; this only says which scopes a page offers.
 */
export function feedLinks(lang: string, siteName: string, scope?: FeedScope): FeedLink[] {
  const own =
    scope?.kind === "section"
      ? feedLinksFor({ lang, siteName, sectionPath: scope.path, subject: scope.title })
      : scope?.kind === "person"
        ? feedLinksFor({ lang, siteName, personSlug: scope.slug, subject: scope.name })
        : [];
  return [...feedLinksFor({ lang, siteName }), ...own];
}
