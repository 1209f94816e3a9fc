import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../../lib/errors.js";
import { accountRoutes } from "./auth/accountRoutes.js";
import { auditRoutes } from "./auth/auditRoutes.js";
import { adminHeaders, csrfProtection, sessionMiddleware } from "./auth/middleware.js";
import { signInRoutes } from "./auth/signInRoutes.js";
import { usersRoutes } from "./auth/usersRoutes.js";
import { mediaAdminRoutes } from "../media/admin.js";
import type { AdminDeps, AdminEnv } from "./context.js";
import { itemsRoutes } from "./items/index.js";
import { sectionsRoutes } from "./sections/routes.js";
import { settingsRoutes } from "./settings/routes.js";
import { renderAdminError } from "./views/renderError.js";

/**
 * The back office, mounted at /admin. Every request passes, in order: no-store/noindex headers, the session
 * (c.var.user, c.var.csrfToken, c.var.clientIp), and CSRF protection of every unsafe method. Routers below add
 * requireSignedIn() or requirePermission(…) themselves. Errors are answered by renderAdminError (HTML in the
 * user's language, or JSON); unknown /admin addresses are answered by app.ts's notFound the same way.
 */
export function adminRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  // No request body may outgrow the largest upload (plus room for the form around it), chunked or not:
  // CSRF checks and uploads read bodies, and an endless one must not fill the memory.
  const maxBody = Math.max(deps.config.maxImageBytes, deps.config.maxAttachmentBytes) + 1024 * 1024;
  app.use(
    "*",
    adminHeaders(),
    // Before the session: it replaces the request object, which the session middleware keys its state by.
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new AppError(
          "payload_too_large",
          `The request is larger than ${Math.round(maxBody / 1048576)} MB`,
        );
      },
    }),
    sessionMiddleware(deps),
    csrfProtection(),
  );

  // "/admin" and "/admin/" both lead to the list of items (a mounted "/" matches only the first).
  app.get("*", async (c, next) => {
    if (c.req.path === "/admin" || c.req.path === "/admin/") return c.redirect("/admin/items", 303);
    await next();
  });
  app.route("/", signInRoutes(deps));
  app.route("/account", accountRoutes(deps));
  app.route("/users", usersRoutes(deps));
  app.route("/sections", sectionsRoutes(deps));
  app.route("/settings", settingsRoutes(deps));
  app.route("/audit", auditRoutes(deps));
  app.route("/media", mediaAdminRoutes(deps));
  app.route("/items", itemsRoutes(deps));

  app.onError((error, c) => renderAdminError(deps, c, error));
  return app;
}
