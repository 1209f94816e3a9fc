/** Public URLs, in the old site's shape with a language in front: /{lang}/{section path}/{slug}/ */
export function homeUrl(lang: string): string {
  return `/${lang}/`;
}

export function sectionUrl(lang: string, path: string, page = 1): string {
  const base = `/${lang}/${path.split("/").map(encodeURIComponent).join("/")}/`;
  return page > 1 ? `${base}?page=${page}` : base;
}

export function articleUrl(lang: string, sectionPath: string, slug: string): string {
  return `${sectionUrl(lang, sectionPath)}${encodeURIComponent(slug)}/`;
}

export function withPage(url: string, page: number): string {
  return page > 1 ? `${url}?page=${page}` : url;
}
