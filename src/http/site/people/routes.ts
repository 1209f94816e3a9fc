import { Hono } from "hono";
import type { SiteDeps } from "../context.js";

/** Public routes for person pages /{lang}/people/{slug}/. Mounted before the section/article catch-all. */
export function peopleRoutes(_deps: SiteDeps): Hono {
  const app = new Hono();
  return app;
}
