import { w3cDateTime } from "./xml.js";

/** What a NewsArticle's structured data is made of; every address already absolute. */
export interface NewsArticleFacts {
  url: string;
  lang: string;
  headline: string;
  description: string;
  publishedAt: string;
  modifiedAt: string;
  /** The person who signed the item; the organisation is the author of unsigned items. */
  author?: string | undefined;
  organization: { name: string; url: string };
  image?: string | undefined;
}

/** schema.org NewsArticle, as search engines read it for article rich results. */
export function newsArticleJsonLd(facts: NewsArticleFacts): Record<string, unknown> {
  const organization = {
    "@type": "Organization",
    name: facts.organization.name,
    url: facts.organization.url,
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: facts.headline,
    description: facts.description,
    datePublished: w3cDateTime(facts.publishedAt),
    dateModified: w3cDateTime(facts.modifiedAt),
    inLanguage: facts.lang,
    url: facts.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": facts.url },
    author: facts.author === undefined ? organization : { "@type": "Person", name: facts.author },
    publisher: organization,
    ...(facts.image === undefined ? {} : { image: [facts.image] }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. The HTML parser ends a script element at the first
 * `</script`, whatever the JSON means, so `<`, `>` and `&` are written as JSON escapes (the data is unchanged
 * for a JSON reader), as are the two line separators that old JavaScript parsers choke on.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
