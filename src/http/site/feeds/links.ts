import { FEED_FORMATS, type FeedFileName, type FeedFormat } from "../../../domain/feeds/model.js";
import { personUrl } from "../people/urls.js";
import { homeUrl, sectionUrl } from "../urls.js";

/** What a feed follows, as addresses name it. */
export interface FeedScope {
  lang: string;
  /** A section's path in this language, e.g. "news/news_odkb": the feed holds its whole subtree. */
  sectionPath?: string | undefined;
  /** A person's slug: the feed holds the items that name them. */
  personSlug?: string | undefined;
}

/** An autodiscovery link: `<link rel="alternate" type={type} title={title} href={href}>`. */
export interface FeedLink {
  type: string;
  title: string;
  href: string;
}

const FORMAT_NAMES: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/** The site-relative address of the HTML page a feed follows. */
export function feedPageUrl(scope: FeedScope): string {
  if (scope.personSlug !== undefined) return personUrl(scope.lang, scope.personSlug);
  if (scope.sectionPath !== undefined) return sectionUrl(scope.lang, scope.sectionPath);
  return homeUrl(scope.lang);
}

/** The site-relative address of one feed file: the page's address plus "feed.xml", "atom.xml" or "feed.json". */
export function feedUrl(scope: FeedScope, file: FeedFileName): string {
  return `${feedPageUrl(scope)}${file}`;
}

/** A feed's title: the site's name, then the section's title or the person's name when there is one. */
export function feedTitle(siteName: string, subject?: string): string {
  return subject === undefined || subject === "" ? siteName : `${siteName} — ${subject}`;
}

/**
 * The three feeds of a page, for `<link rel="alternate">` autodiscovery in its head. `subject` is the section's
 * title or the person's name as the page shows it; `siteName` is config.siteName for the language.
 */
export function feedLinksFor(
  input: FeedScope & { siteName: string; subject?: string | undefined },
): FeedLink[] {
  const title = feedTitle(input.siteName, input.subject);
  return (Object.keys(FEED_FORMATS) as FeedFileName[]).map((file) => {
    const { format, mediaType } = FEED_FORMATS[file];
    return {
      type: mediaType,
      title: `${title} (${FORMAT_NAMES[format]})`,
      href: feedUrl(input, file),
    };
  });
}
