import { Hono } from "hono";
import type { SiteDeps } from "../context.js";

/** Public routes for the search page /{lang}/search. Mounted before the section/article catch-all. */
export function searchRoutes(_deps: SiteDeps): Hono {
  const app = new Hono();
  return app;
}
