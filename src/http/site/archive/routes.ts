import { Hono } from "hono";
import type { SiteDeps } from "../context.js";

/** Public routes for date archive pages /{lang}/news/{yyyy}/ and /{yyyy}/{mm}/. Mounted before the section/article catch-all. */
export function archiveRoutes(_deps: SiteDeps): Hono {
  const app = new Hono();
  return app;
}
