import { Hono, type Context } from "hono";
import { MIN_PASSWORD_LENGTH } from "../../../auth/passwords.js";
import { addUser, changeRole, disableUser, enableUser, type Actor } from "../../../commands/users.js";
import { ROLES } from "../../../domain/roles.js";
import { ADMIN_LANGUAGES, isAdminStringKey, type AdminTranslate } from "../../../i18n/admin.js";
import { AppError, isAppError } from "../../../lib/errors.js";
import { listUsers } from "../../../store/users.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { problemText } from "../views/problems.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { UsersPage, type UsersModel } from "../views/UsersPage.js";
import { requirePermission } from "./middleware.js";
import { formFields } from "./request.js";

type Ctx = Context<AdminEnv>;

const NOTICES = {
  created: "users.created",
  role: "users.roleChanged",
  disabled: "users.disabledDone",
  enabled: "users.enabledDone",
} as const;

function isNotice(value: string | undefined): value is keyof typeof NOTICES {
  return value !== undefined && value in NOTICES;
}

function label(t: AdminTranslate, key: string, fallback: string): string {
  return isAdminStringKey(key) ? t(key) : fallback;
}

function actorOf(c: Ctx): Actor {
  const user = c.get("user");
  if (!user) throw new AppError("unauthorized", "Sign in first");
  return { id: user.id, label: user.email, ip: c.get("clientIp") };
}

function userIdParam(c: Ctx): number {
  const raw = c.req.param("id") ?? "";
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new AppError("not_found", `No user "${raw}"`);
  return id;
}

/** /admin/users: administrators list, create, re-role, disable and enable accounts. */
export function usersRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("*", requirePermission("users.manage"));
  const ctx = { store: deps.store, clock: deps.clock };

  const page = async (
    c: Ctx,
    problems: string[],
    form: UsersModel["form"] | undefined,
    status: 200 | 409 | 422,
  ): Promise<Response> => {
    const shell = adminShell(c, deps, "users");
    const { t } = shell;
    const self = c.get("user")?.id;
    const notice = c.req.query("notice");
    const users = await listUsers(deps.store.db);
    const model: UsersModel = {
      users: users.map((u) => ({
        id: u.id,
        name: u.displayName,
        email: u.email,
        role: u.role,
        roleLabel: label(t, `role.${u.role}`, u.role),
        active: u.disabledAt === null,
        totp: u.totpEnabledAt !== null,
        isSelf: u.id === self,
      })),
      roles: ROLES.map((r) => ({ value: r, label: label(t, `role.${r}`, r) })),
      languages: ADMIN_LANGUAGES.map((code) => ({ code, name: label(t, `lang.${code}`, code) })),
      passwordHint: t("account.passwordHint", { min: MIN_PASSWORD_LENGTH }),
      notice: status === 200 && isNotice(notice) ? t(NOTICES[notice]) : undefined,
      problems,
      form: form ?? { email: "", name: "", role: "correspondent", lang: shell.lang },
    };
    return sendAdminPage(c, <UsersPage shell={shell} model={model} />, status);
  };

  /** Runs a change, then back to the list with a notice; a refusal re-shows the list with the reason. */
  const change = async (
    c: Ctx,
    notice: keyof typeof NOTICES,
    work: () => Promise<void>,
    form?: UsersModel["form"],
  ): Promise<Response> => {
    try {
      await work();
    } catch (error) {
      if (!isAppError(error) || (error.code !== "validation_failed" && error.code !== "conflict"))
        throw error;
      const { t } = adminShell(c, deps);
      return page(c, [problemText(t, error)], form, error.code === "conflict" ? 409 : 422);
    }
    return c.redirect(`/admin/users?notice=${notice}`, 303);
  };

  app.get("/", (c) => page(c, [], undefined, 200));

  app.post("/", async (c) => {
    const fields = await formFields(c);
    const form = {
      email: fields["email"] ?? "",
      name: fields["name"] ?? "",
      role: fields["role"] ?? "",
      lang: fields["lang"] ?? "",
    };
    return change(
      c,
      "created",
      async () => {
        if (!ADMIN_LANGUAGES.includes(form.lang)) {
          throw new AppError("validation_failed", "Unknown language", { problem: "language_invalid" });
        }
        await addUser(ctx, actorOf(c), {
          email: form.email,
          displayName: form.name,
          role: form.role,
          password: fields["password"] ?? "",
          uiLanguage: form.lang,
        });
      },
      form,
    );
  });

  app.post("/:id/role", async (c) => {
    const id = userIdParam(c);
    const role = (await formFields(c))["role"] ?? "";
    return change(c, "role", () => changeRole(ctx, actorOf(c), id, role));
  });

  app.post("/:id/disable", (c) => {
    const id = userIdParam(c);
    return change(c, "disabled", () => disableUser(ctx, actorOf(c), id));
  });

  app.post("/:id/enable", (c) => {
    const id = userIdParam(c);
    return change(c, "enabled", () => enableUser(ctx, actorOf(c), id));
  });

  return app;
}
