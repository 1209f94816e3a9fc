import { Hono } from "hono";
import type { SiteDeps } from "../context.js";

/** Public routes for RSS, Atom and JSON Feed for languages, sections and people. Mounted before the section/article catch-all. */
export function feedRoutes(_deps: SiteDeps): Hono {
  const app = new Hono();
  return app;
}
