import { withPage } from "../urls.js";

/** People's pages: /{lang}/people/ and /{lang}/people/{slug}/. */
export function peopleIndexUrl(lang: string): string {
  return `/${lang}/people/`;
}

export function personUrl(lang: string, slug: string, page = 1): string {
  return withPage(`${peopleIndexUrl(lang)}${encodeURIComponent(slug)}/`, page);
}
