import { Hono } from "hono";
import type { SiteDeps } from "../context.js";

/** Public routes for robots.txt and the sitemaps. Mounted before the section/article catch-all. */
export function seoRoutes(_deps: SiteDeps): Hono {
  const app = new Hono();
  return app;
}
