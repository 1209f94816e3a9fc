/**
 * Identities of feeds and items as tag: URIs (RFC 4151). They name the article by its id, never by its slug
 * or title, so a reader's feed program does not show an edited item twice. The date is part of the tagging
 * authority and must never change once feeds are out.
 */
const TAGGING_DATE = "2026";

/** The host of the site, lower-case and without a port (a tag: authority is a bare DNS name). */
export function tagAuthority(siteUrl: string): string {
  return new URL(siteUrl).hostname.toLowerCase();
}

/** "tag:example.org,2026:article/123/ru": one language version of one article. */
export function itemTagUri(host: string, articleId: number, lang: string): string {
  return `tag:${host},${TAGGING_DATE}:article/${articleId}/${lang}`;
}

/** What a feed follows: a whole language, a section (by id, as its path may change) or a person. */
export type FeedSubject =
  { kind: "language" } | { kind: "section"; sectionId: number } | { kind: "person"; personId: number };

/** "tag:example.org,2026:feed/ru/section/4". */
export function feedTagUri(host: string, lang: string, subject: FeedSubject): string {
  const base = `tag:${host},${TAGGING_DATE}:feed/${lang}`;
  switch (subject.kind) {
    case "language":
      return base;
    case "section":
      return `${base}/section/${subject.sectionId}`;
    case "person":
      return `${base}/person/${subject.personId}`;
  }
}
