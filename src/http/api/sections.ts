import type { Context } from "hono";
import type { Section } from "../../domain/sections.js";
import { listTag } from "../cache/tags.js";
import type { SiteDeps } from "../site/context.js";
import { languageName } from "../site/presenters.js";
import { apiLinks, languageScope, sendJson, type ApiScope } from "./respond.js";
import type { SectionJson } from "./types.js";

/** GET /languages: the site's languages, the default first as configured, with where each one's data lives. */
export function listLanguages(deps: SiteDeps, c: Context): Response {
  const links = apiLinks(deps, c);
  const { languages, defaultLanguage } = deps.config;
  const items = languages.map((code) => ({
    code,
    name: languageName(code),
    default: code === defaultLanguage,
    url: links.home(code),
    links: {
      sections: links.api(`/${code}/sections`),
      articles: links.api(`/${code}/articles`),
      search: links.api(`/${code}/search`),
      people: links.api(`/${code}/people`),
    },
  }));
  return sendJson(c, { items }, languages.map(listTag));
}

/** GET /{lang}/sections: the section tree in the language, in the editors' order. */
export async function listSections(deps: SiteDeps, c: Context, lang: string): Promise<Response> {
  const scope = await languageScope(deps, c, lang);
  return sendJson(c, { lang, items: sectionsUnder(scope, scope.tree.roots(), null) }, [listTag(lang)]);
}

/** A section with no title in the language has no page there, and neither do its children: both are left out. */
function sectionsUnder(
  scope: ApiScope,
  sections: readonly Section[],
  parentPath: string | null,
): SectionJson[] {
  return sections.flatMap((section): SectionJson[] => {
    const own = section.translations[scope.lang];
    if (!own) return [];
    return [
      {
        id: section.id,
        slug: own.slug,
        path: own.path,
        title: own.title,
        url: scope.links.section(scope.lang, own.path),
        articles_url: scope.links.api(`/${scope.lang}/articles`, [["section", own.path]]),
        parent: parentPath,
        children: sectionsUnder(scope, scope.tree.children(section.id), own.path),
      },
    ];
  });
}
