import type { Config } from "../../../config/schema.js";
import { latest } from "../../../store/sitemapQueries.js";
import type { SocialMeta } from "../views/types.js";
import { newsArticleJsonLd, serializeJsonLd } from "./jsonLd.js";
import type { ShareImage } from "./shareImage.js";
import { w3cDateTime } from "./xml.js";

/** What a page tells search engines and link previews beyond its title and address. All fields optional. */
export interface PageSeo {
  description?: string | undefined;
  image?: ShareImage | undefined;
  /** Makes the page an Open Graph "article" with schema.org NewsArticle data. */
  article?: ArticleFacts | undefined;
}

export interface ArticleFacts {
  headline: string;
  description: string;
  publishedAt: string;
  /** The latest of the translation's last save and its corrections; never before the publication. */
  modifiedAt: string;
  /** The signer's name in the page's language, when the item is signed. */
  author?: string | undefined;
}

/** Open Graph wants language_TERRITORY; these are the site's languages and those of the member states. */
const OG_LOCALES: Record<string, string> = {
  ru: "ru_RU",
  en: "en_US",
  hy: "hy_AM",
  be: "be_BY",
  kk: "kk_KZ",
  ky: "ky_KG",
  tg: "tg_TJ",
};

export function openGraphLocale(lang: string): string {
  return OG_LOCALES[lang] ?? lang;
}

export interface HeadInput {
  config: Pick<Config, "organizationName" | "defaultLanguage">;
  lang: string;
  /** Absolute base of the site ("" when unknown) and this page's canonical address. */
  base: string;
  canonical: string;
  /** Languages this page exists in, the current one included. */
  languages: string[];
  seo?: PageSeo | undefined;
}

export function headMeta(input: HeadInput): {
  description: string | undefined;
  social: SocialMeta;
  jsonLd: string | undefined;
} {
  const { seo, lang, base } = input;
  const image = seo?.image
    ? {
        url: `${base}${seo.image.path}`,
        width: seo.image.width,
        height: seo.image.height,
        alt: seo.image.alt,
      }
    : undefined;
  const social: SocialMeta = {
    type: seo?.article ? "article" : "website",
    locale: openGraphLocale(lang),
    localeAlternates: input.languages.filter((code) => code !== lang).map(openGraphLocale),
    image,
  };
  const article = seo?.article;
  if (!article) return { description: seo?.description, social, jsonLd: undefined };
  const modifiedAt = latest([article.modifiedAt, article.publishedAt]) ?? article.publishedAt;
  social.publishedTime = w3cDateTime(article.publishedAt);
  social.modifiedTime = w3cDateTime(modifiedAt);
  const organizationName =
    input.config.organizationName[lang] ?? input.config.organizationName[input.config.defaultLanguage] ?? "";
  const jsonLd = newsArticleJsonLd({
    url: input.canonical,
    lang,
    headline: article.headline,
    description: article.description,
    publishedAt: article.publishedAt,
    modifiedAt,
    author: article.author,
    organization: { name: organizationName, url: `${base}/${lang}/` },
    image: image?.url,
  });
  return { description: seo.description ?? article.description, social, jsonLd: serializeJsonLd(jsonLd) };
}
