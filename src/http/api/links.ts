import { mediaUrl } from "../media/present.js";
import { peopleIndexUrl, personUrl } from "../site/people/urls.js";
import { articleUrl, homeUrl, sectionUrl } from "../site/urls.js";

/** The API's own path prefix, as mounted in app.ts. */
export const API_PREFIX = "/api/v1";

/** A query parameter of a link; undefined values are left out, so that defaults never show in addresses. */
export type LinkParam = readonly [name: string, value: string | undefined];

/**
 * Absolute addresses for one request. Partner sites copy them into their own pages, so every address the API
 * gives is absolute: config.publicUrl when set, else the origin the request reached (see site/seo/origin.ts).
 */
export class ApiLinks {
  constructor(readonly base: string) {}

  absolute(path: string): string {
    return `${this.base}${path}`;
  }

  /** An API address, with the given parameters in the order given. */
  api(path: string, params: readonly LinkParam[] = []): string {
    const search = new URLSearchParams();
    for (const [name, value] of params) if (value !== undefined) search.set(name, value);
    const query = search.toString();
    return this.absolute(`${API_PREFIX}${path}${query === "" ? "" : `?${query}`}`);
  }

  home(lang: string): string {
    return this.absolute(homeUrl(lang));
  }

  section(lang: string, path: string): string {
    return this.absolute(sectionUrl(lang, path));
  }

  article(lang: string, sectionPath: string, slug: string): string {
    return this.absolute(articleUrl(lang, sectionPath, slug));
  }

  /** The API resource of an article in a language. */
  apiArticle(lang: string, articleId: number): string {
    return this.api(`/${lang}/articles/${articleId}`);
  }

  peopleIndex(lang: string): string {
    return this.absolute(peopleIndexUrl(lang));
  }

  person(lang: string, slug: string): string {
    return this.absolute(personUrl(lang, slug));
  }

  apiPerson(lang: string, slug: string): string {
    return this.api(`/${lang}/people/${encodeURIComponent(slug)}`);
  }

  /** A stored file (image variant, attachment). */
  media(storageKey: string): string {
    return this.absolute(mediaUrl(storageKey));
  }
}

/** The links of a page of a list: itself, and the pages either side of it when there are any. */
export interface PageLinks {
  self: string;
  next: string | null;
  prev: string | null;
}

/**
 * Links to pages of a list, keeping every parameter the request used. Page 1 and the default page size are
 * left out, so that one list always has one address (and one entry in every cache on the way).
 */
export function pageLinks(
  links: ApiLinks,
  path: string,
  params: readonly LinkParam[],
  paging: { page: number; pages: number; perPage: number; defaultPerPage: number },
): PageLinks {
  const at = (page: number): string =>
    links.api(path, [
      ...params,
      ["page", page > 1 ? String(page) : undefined],
      ["per_page", paging.perPage !== paging.defaultPerPage ? String(paging.perPage) : undefined],
    ]);
  return {
    self: at(paging.page),
    next: paging.page < paging.pages ? at(paging.page + 1) : null,
    prev: paging.page > 1 ? at(Math.min(paging.page - 1, paging.pages)) : null,
  };
}
