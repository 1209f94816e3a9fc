import { SEARCH_TAG, tagResponse } from "../../cache/tags.js";
import { Hono } from "hono";
import { AppError } from "../../../lib/errors.js";
import { searchService } from "../../../search/service.js";
import type { SearchService } from "../../../search/types.js";
import type { SiteDeps } from "../context.js";
import { renderSearch } from "./render.js";

/** Public routes for the search page /{lang}/search. Mounted before the section/article catch-all. */
export function searchRoutes(deps: SiteDeps): Hono {
  const app = new Hono();
  // Made on the first search rather than at start, so that a site which is never searched pays nothing for it.
  let service: SearchService | undefined;

  app.get("/:lang{[a-z]{2}}/search", async (c) => {
    const lang = c.req.param("lang");
    if (!deps.config.languages.includes(lang)) {
      throw new AppError("not_found", `The site has no "${lang}" language`);
    }
    service ??= searchService(deps.store);
    const answer = await renderSearch(deps, service, lang, (name) => c.req.query(name));
    // Result pages are endless variations of one page: links are followed, the pages themselves not indexed.
    c.header("X-Robots-Tag", "noindex");
    // Any change of text can change a result page: the page cache drops them all on every change.
    tagResponse(SEARCH_TAG);
    return c.html(answer.html, answer.status);
  });

  // Sections and items end in "/", so a reader may well type one after "search" too.
  app.get("/:lang{[a-z]{2}}/search/", (c) => {
    const lang = c.req.param("lang");
    if (!deps.config.languages.includes(lang)) return c.notFound();
    const url = new URL(c.req.url);
    return c.redirect(`/${lang}/search${url.search}`, 301);
  });

  return app;
}
