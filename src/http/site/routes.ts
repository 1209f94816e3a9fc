import { Hono, type Context } from "hono";
import { negotiateLanguage } from "../../domain/languages.js";
import { parsePageParam } from "../../domain/paging.js";
import { AppError } from "../../lib/errors.js";
import type { SiteDeps } from "./context.js";
import { legacyTarget } from "./legacyRedirects.js";
import { renderArticle, renderHome, renderSection } from "./pages.js";
import { archiveRoutes } from "./archive/routes.js";
import { feedRoutes } from "./feeds/routes.js";
import { peopleRoutes } from "./people/routes.js";
import { searchRoutes } from "./search/routes.js";
import { seoRoutes } from "./seo/routes.js";

/** The reader's site: /, /{lang}/, and /{lang}/{section path}/[{slug}/]. */
export function siteRoutes(deps: SiteDeps): Hono {
  const app = new Hono();
  const { config } = deps;

  app.get("/", (c) => {
    const lang = negotiateLanguage(c.req.header("accept-language"), config.languages, config.defaultLanguage);
    c.header("Vary", "Accept-Language");
    c.header("Cache-Control", "private, no-cache");
    return c.redirect(`/${lang}/`, 302);
  });

  app.get("/:lang{[a-z]{2}}", (c) => {
    requireLanguage(deps, c.req.param("lang"));
    return c.redirect(`/${c.req.param("lang")}/`, 301);
  });

  app.get("/:lang{[a-z]{2}}/", async (c) => {
    const lang = requireLanguage(deps, c.req.param("lang"));
    return page(c, await renderHome(deps, await deps.sections.get(), lang));
  });

  // Specific public routes come before the section/article catch-all, which answers every other /{lang}/ path.
  app.route("/", seoRoutes(deps));
  app.route("/", feedRoutes(deps));
  app.route("/", searchRoutes(deps));
  app.route("/", archiveRoutes(deps));
  app.route("/", peopleRoutes(deps));

  app.get("/:lang{[a-z]{2}}/*", async (c) => {
    const lang = requireLanguage(deps, c.req.param("lang"));
    const url = new URL(c.req.url);
    // Items and sections live at addresses ending in "/", as on the old site.
    if (!url.pathname.endsWith("/")) return c.redirect(`${url.pathname}/${url.search}`, 301);
    const segments = decodeSegments(url.pathname.slice(lang.length + 2, -1));
    const tree = await deps.sections.get();

    const section = tree.findByPath(lang, segments.join("/"));
    if (section) {
      const pageParam = parsePageParam((name) => c.req.query(name));
      if (!pageParam.ok) {
        throw new AppError("invalid_page", `"${pageParam.raw}" is not a page number`, {
          page: pageParam.raw,
        });
      }
      return page(c, await renderSection(deps, tree, lang, section, pageParam.page));
    }

    const slug = segments.at(-1);
    const parent = segments.length > 1 ? tree.findByPath(lang, segments.slice(0, -1).join("/")) : undefined;
    if (parent && slug !== undefined) {
      const html = await renderArticle(deps, tree, lang, parent, slug);
      if (html !== undefined) return page(c, html);
    }
    throw new AppError("not_found", `Nothing is published at ${url.pathname}`);
  });

  // Addresses of the old site, which had no language prefix: a permanent redirect keeps old links working.
  app.get("*", async (c, next) => {
    const url = new URL(c.req.url);
    const target = await legacyTarget(
      deps,
      await deps.sections.get(),
      url.pathname,
      url.search,
      c.req.header("accept-language"),
    );
    if (!target) return next();
    c.header("Vary", "Accept-Language");
    return c.redirect(target, 301);
  });

  return app;
}

/** Caching headers, ETags and compression are added by the page cache middleware (src/http/cache/). */
function page(c: Context, html: string): Response {
  return c.html(html);
}

function requireLanguage(deps: SiteDeps, lang: string): string {
  if (!deps.config.languages.includes(lang)) {
    throw new AppError("not_found", `The site has no "${lang}" language`);
  }
  return lang;
}

function decodeSegments(path: string): string[] {
  try {
    return path.split("/").map((s) => decodeURIComponent(s));
  } catch {
    throw new AppError("bad_request", "The address is not valid UTF-8");
  }
}
