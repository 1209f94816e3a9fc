import { Hono } from "hono";
import { systemClock, type Clock } from "../../../lib/clock.js";
import { AppError } from "../../../lib/errors.js";
import type { SiteDeps } from "../context.js";
import { revalidatedText } from "./httpCache.js";
import { newsSitemapXml, recentNews } from "./newsSitemap.js";
import { siteBase } from "./origin.js";
import { robotsTxt } from "./robots.js";
import { URLS_PER_SITEMAP, sitemapIndexXml, sitemapPageXml } from "./sitemap.js";

const XML = "application/xml; charset=utf-8";
const PAGE_FILE = /^pages-([1-9][0-9]{0,6})\.xml$/;

export interface SeoOptions {
  /** URLs per child sitemap; only tests lower it, to see the split without 50,000 items. */
  urlsPerSitemap?: number | undefined;
}

/** Public routes for robots.txt and the sitemaps. Mounted before the section/article catch-all. */
export function seoRoutes(deps: SiteDeps & { clock?: Clock | undefined }, options: SeoOptions = {}): Hono {
  const app = new Hono();
  const clock = deps.clock ?? systemClock;
  const urlsPerSitemap = options.urlsPerSitemap ?? URLS_PER_SITEMAP;

  app.get("/robots.txt", (c) =>
    revalidatedText(c, robotsTxt(siteBase(c, deps.config)), "text/plain; charset=utf-8"),
  );

  app.get("/sitemap.xml", async (c) =>
    revalidatedText(
      c,
      await sitemapIndexXml(deps, siteBase(c, deps.config), clock.now(), urlsPerSitemap),
      XML,
    ),
  );

  app.get("/sitemaps/:file", async (c) => {
    const file = c.req.param("file");
    const base = siteBase(c, deps.config);
    if (file === "news.xml") {
      const items = await recentNews(deps, clock.now());
      return revalidatedText(c, newsSitemapXml(deps.config, base, items), XML);
    }
    const page = PAGE_FILE.exec(file)?.[1];
    const xml =
      page === undefined ? undefined : await sitemapPageXml(deps, base, Number(page), urlsPerSitemap);
    if (xml === undefined) throw new AppError("not_found", `There is no sitemap ${file}`);
    return revalidatedText(c, xml, XML);
  });

  return app;
}
