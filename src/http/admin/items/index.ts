import { Hono } from "hono";
import type { AdminDeps, AdminEnv } from "../context.js";
import { itemActionRoutes } from "./actions.js";
import { editorRoutes } from "./editor.js";
import { newItemRoutes } from "./editorNew.js";
import { previewRoutes } from "./editorPreview.js";
import { listRoutes } from "./list.js";
import { itemMediaRoutes } from "./media.js";
import { previewLinkRoutes } from "./previews.js";
import { revisionRoutes } from "./revisions.js";

/**
 * Everything under /admin/items: the list, a new item, the editor with its saves, address checks, reader's
 * preview and media panel, then the workflow, revision and preview-link routers. The editor's routers come first: Hono runs
 * matching handlers in the order they were added, so a router added later cannot get in front of them.
 */
export function itemsRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.route("/", listRoutes(deps));
  app.route("/", newItemRoutes(deps));
  app.route("/", editorRoutes(deps));
  app.route("/", previewRoutes(deps));
  app.route("/", itemMediaRoutes(deps));
  app.route("/", itemActionRoutes(deps));
  app.route("/", revisionRoutes(deps));
  app.route("/", previewLinkRoutes(deps));
  return app;
}
