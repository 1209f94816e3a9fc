import { Hono, type Context, type Next } from "hono";
import { parsePageParam } from "../../../domain/paging.js";
import { AppError } from "../../../lib/errors.js";
import type { SiteDeps } from "../context.js";
import { renderPeopleIndex, renderPerson } from "./pages.js";

const LANG = ":lang{[a-z]{2}}";
/** The top-level path of people's pages in every language. */
const PEOPLE = "people";

/**
 * Public routes for person pages /{lang}/people/{slug}/ and the index /{lang}/people/. Mounted before the
 * section/article catch-all; a section the editors named "people" keeps its address, as these pass it on.
 */
export function peopleRoutes(deps: SiteDeps): Hono {
  const app = new Hono();

  app.get(`/${LANG}/${PEOPLE}`, addSlash);
  app.get(`/${LANG}/${PEOPLE}/:slug`, addSlash);

  app.get(`/${LANG}/${PEOPLE}/`, async (c, next) => {
    const lang = c.req.param("lang");
    const tree = await deps.sections.get();
    if (!deps.config.languages.includes(lang) || tree.findByPath(lang, PEOPLE)) return next();
    return page(c, await renderPeopleIndex(deps, tree, lang));
  });

  app.get(`/${LANG}/${PEOPLE}/:slug/`, async (c, next) => {
    const lang = c.req.param("lang");
    const tree = await deps.sections.get();
    if (!deps.config.languages.includes(lang) || tree.findByPath(lang, PEOPLE)) return next();
    const slug = c.req.param("slug");
    const pageParam = parsePageParam((name) => c.req.query(name));
    if (!pageParam.ok) {
      throw new AppError("invalid_page", `"${pageParam.raw}" is not a page number`, { page: pageParam.raw });
    }
    const html = await renderPerson(deps, tree, lang, slug, pageParam.page);
    if (html === undefined) throw new AppError("not_found", `No person "${slug}" has a name in "${lang}"`);
    return page(c, html);
  });

  return app;
}

/** People's pages, like sections, live at addresses ending in "/". */
function addSlash(c: Context, next: Next) {
  const url = new URL(c.req.url);
  if (url.pathname.endsWith("/")) return next();
  return c.redirect(`${url.pathname}/${url.search}`, 301);
}

function page(c: Context, html: string): Response {
  // As every public page: revalidate each time, so that a new publication shows on the person's page at once.
  c.header("Cache-Control", "public, no-cache");
  return c.html(html);
}
