import { demoSections, missionArticles } from "../../src/demo/content.js";

export type Lang = "en" | "ru";
export const LANGS: Lang[] = ["en", "ru"];

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo content has no ${what}`);
  return value;
}

const mission = required(
  missionArticles.find((a) => a.key === "mission-arrives-in-armenia"),
  "article about the mission's arrival in Armenia",
);
const newsOdkb = required(
  demoSections.find((s) => s.key === "news_odkb"),
  "news_odkb section",
);

/** The title of the mission-to-Armenia article, as the demo content gives it. */
export function missionTitle(lang: Lang): string {
  return required(mission.translations[lang], `${lang} mission article`).title;
}

/** The title of the "CSTO news" section, its page's h1. */
export function newsOdkbTitle(lang: Lang): string {
  return required(newsOdkb.translations[lang], `${lang} news_odkb section`).title;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The href of the link in a page's HTML whose text is exactly `text`, if there is one. */
export function findLinkHref(html: string, text: string): string | undefined {
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([^<]*)<\/a>/g)) {
    const [, href, inner] = match;
    if (href !== undefined && inner !== undefined && decodeEntities(inner).trim() === text) {
      return decodeEntities(href);
    }
  }
  return undefined;
}

/**
 * The address of the mission-to-Armenia article, read off the "all news" list the way a reader would find it:
 * page by page until it shows up.
 */
export async function findMissionArticlePath(baseUrl: string, lang: Lang): Promise<string> {
  const title = missionTitle(lang);
  for (let page = 1; page <= 10; page++) {
    const listPath = page === 1 ? `/${lang}/news/` : `/${lang}/news/?page=${page}`;
    const response = await fetch(`${baseUrl}${listPath}`);
    if (response.status !== 200) break;
    const href = findLinkHref(await response.text(), title);
    if (href !== undefined) return href;
  }
  throw new Error(`"${title}" is not in the ${lang} list of all news`);
}
