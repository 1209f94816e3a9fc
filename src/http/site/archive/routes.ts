import { Hono, type Context, type Next } from "hono";
import { parsePageParam } from "../../../domain/paging.js";
import { AppError } from "../../../lib/errors.js";
import { findPublishedBySlug } from "../../../store/publicArticles.js";
import { ALL_NEWS_PATH, type SiteDeps } from "../context.js";
import { parseMonth, parseYear } from "./calendar.js";
import { renderArchiveMonth, renderArchiveYear, type ArchivePlace } from "./pages.js";

const YEAR = ":year{[0-9]{4}}";
const MONTH = ":month{[0-9]{2}}";
const LANG = ":lang{[a-z]{2}}";

/**
 * Public routes for date archive pages /{lang}/news/{yyyy}/ and /{yyyy}/{mm}/. Mounted before the section/article
 * catch-all. Anything that is not a valid archive address (0000, month 13, letters) is passed on to it, so that
 * it answers the site's 404, or shows a section or item that happens to live at that address.
 */
export function archiveRoutes(deps: SiteDeps): Hono {
  const app = new Hono();

  app.get(`/${LANG}/${ALL_NEWS_PATH}/${YEAR}`, addSlash);
  app.get(`/${LANG}/${ALL_NEWS_PATH}/${YEAR}/${MONTH}`, addSlash);

  app.get(`/${LANG}/${ALL_NEWS_PATH}/${YEAR}/`, async (c, next) => {
    const place = await archivePlace(deps, c.req.param("lang"), c.req.param("year"));
    if (!place) return next();
    return page(c, await renderArchiveYear(deps, place));
  });

  app.get(`/${LANG}/${ALL_NEWS_PATH}/${YEAR}/${MONTH}/`, async (c, next) => {
    const month = parseMonth(c.req.param("month"));
    const place =
      month === undefined ? undefined : await archivePlace(deps, c.req.param("lang"), c.req.param("year"));
    if (!place || month === undefined) return next();
    const pageParam = parsePageParam((name) => c.req.query(name));
    if (!pageParam.ok) {
      throw new AppError("invalid_page", `"${pageParam.raw}" is not a page number`, { page: pageParam.raw });
    }
    return page(c, await renderArchiveMonth(deps, place, month, pageParam.page));
  });

  return app;
}

/** Archive pages, like sections, live at addresses ending in "/". */
function addSlash(c: Context, next: Next) {
  const url = new URL(c.req.url);
  if (url.pathname.endsWith("/")) return next();
  return c.redirect(`${url.pathname}/${url.search}`, 301);
}

/**
 * The archive's place for an address, or undefined when the address is not the archive's: an unknown language
 * or year, a site without an all-news section, or a section or item the editors put at that very path.
 */
async function archivePlace(
  deps: SiteDeps,
  lang: string,
  rawYear: string,
): Promise<ArchivePlace | undefined> {
  const year = parseYear(rawYear);
  if (year === undefined || !deps.config.languages.includes(lang)) return undefined;
  const tree = await deps.sections.get();
  const newsSection = tree.findByPath(lang, ALL_NEWS_PATH);
  if (!newsSection) return undefined;
  if (tree.findByPath(lang, `${ALL_NEWS_PATH}/${rawYear}`)) return undefined;
  if (await findPublishedBySlug(deps.store.db, lang, newsSection.id, rawYear)) return undefined;
  return { tree, lang, newsSection, year };
}

function page(c: Context, html: string): Response {
  // As every public page: revalidate each time, so that a new publication shows in its month at once.
  c.header("Cache-Control", "public, no-cache");
  return c.html(html);
}
