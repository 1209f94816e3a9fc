import { Hono, type Context } from "hono";
import { changeSettings } from "../../../commands/settings.js";
import type { Actor } from "../../../commands/users.js";
import { AppError } from "../../../lib/errors.js";
import { getSetting } from "../../../store/settings.js";
import { requirePermission } from "../auth/middleware.js";
import { formFields } from "../auth/request.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { SettingsPage } from "../views/SettingsPage.js";

type Ctx = Context<AdminEnv>;

function actorOf(c: Ctx): Actor {
  const user = c.get("user");
  if (!user) throw new AppError("unauthorized", "Sign in first");
  return { id: user.id, label: user.email, ip: c.get("clientIp") };
}

/** /admin/settings: the settings an administrator may change, each change audited with its old and new value. */
export function settingsRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("*", requirePermission("settings.manage"));

  app.get("/", async (c) => {
    const shell = adminShell(c, deps, "settings");
    const notice = c.req.query("notice");
    return sendAdminPage(
      c,
      <SettingsPage
        shell={shell}
        model={{
          authorMayNotApprove: await getSetting(deps.store.db, "authorMayNotApprove"),
          notice:
            notice === "saved"
              ? shell.t("settings.saved")
              : notice === "unchanged"
                ? shell.t("settings.unchanged")
                : undefined,
        }}
      />,
    );
  });

  app.post("/", async (c) => {
    const fields = await formFields(c);
    // An unchecked checkbox sends nothing: its absence means "off".
    const changed = await changeSettings({ store: deps.store, clock: deps.clock }, actorOf(c), {
      authorMayNotApprove: fields["authorMayNotApprove"] === "on",
    });
    return c.redirect(`/admin/settings?notice=${changed ? "saved" : "unchanged"}`, 303);
  });

  return app;
}
