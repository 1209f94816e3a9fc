import { Hono, type Context } from "hono";
import { MIN_PASSWORD_LENGTH, passwordVerifier } from "../../../auth/passwords.js";
import { confirmTotp, disableTotp, proposeTotpSecret } from "../../../auth/secondFactor.js";
import { accountBucket, checkThrottle, recordFailure } from "../../../auth/throttle.js";
import { otpauthUri } from "../../../auth/totp.js";
import { changePassword, setUiLanguage, type Actor } from "../../../commands/users.js";
import { ADMIN_LANGUAGES, isAdminStringKey } from "../../../i18n/admin.js";
import { AppError, isAppError } from "../../../lib/errors.js";
import { findUserById, type UserRecord } from "../../../store/users.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { AccountPage, TotpSetupPage, type AccountForm } from "../views/AccountPage.js";
import { problemText } from "../views/problems.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { liveSessionOf, requireSignedIn } from "./middleware.js";
import { formFields, setSessionCookie } from "./request.js";
import { authContext, requestFacts } from "./signInRoutes.js";

type Ctx = Context<AdminEnv>;

const NOTICES = {
  language: "account.languageSaved",
  password: "account.passwordChanged",
  totpEnabled: "totp.enabled",
  totpDisabled: "totp.disabled",
} as const;

function isNotice(value: string | undefined): value is keyof typeof NOTICES {
  return value !== undefined && value in NOTICES;
}

/** The signed-in user as stored, with their session (account pages need both). */
async function currentUser(deps: AdminDeps, c: Ctx): Promise<{ user: UserRecord; sessionId: string }> {
  const live = liveSessionOf(c);
  const user = live && (await findUserById(deps.store.db, live.user.id));
  if (!live || !user) throw new AppError("unauthorized", "Sign in first");
  return { user, sessionId: live.session.id };
}

/** The current password, checked like a sign-in: throttled per account, failures counted. */
async function checkCurrentPassword(deps: AdminDeps, user: UserRecord, password: string): Promise<void> {
  const bucket = accountBucket(user.email);
  const now = deps.clock.now();
  const verdict = await checkThrottle(deps.store.db, [bucket], now);
  if (!verdict.allowed) {
    throw new AppError("too_many_attempts", "Too many attempts", {
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  }
  if (!(await passwordVerifier.verify(user.passwordHash, password))) {
    await recordFailure(deps.store.db, [bucket], now);
    throw new AppError("validation_failed", "Wrong current password", { problem: "current_password_wrong" });
  }
}

export function actorOf(c: Ctx, user: { id: number; email: string }): Actor {
  return { id: user.id, label: user.email, ip: c.get("clientIp") };
}

/** /admin/account: language, password and two-step sign-in of the signed-in user. */
export function accountRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("*", requireSignedIn());

  const accountPage = async (
    c: Ctx,
    problems: { form: AccountForm; messages: string[] } | undefined,
    status: 200 | 422 | 429 = 200,
  ) => {
    const { user } = await currentUser(deps, c);
    const shell = adminShell(c, deps, "account");
    const { t } = shell;
    const noticeKey = c.req.query("notice");
    const roleKey = `role.${user.role}`;
    return sendAdminPage(
      c,
      <AccountPage
        shell={shell}
        model={{
          displayName: user.displayName,
          email: user.email,
          roleLabel: isAdminStringKey(roleKey) ? t(roleKey) : user.role,
          uiLanguage: user.uiLanguage,
          languages: ADMIN_LANGUAGES.map((code) => {
            const key = `lang.${code}`;
            return { code, name: isAdminStringKey(key) ? t(key) : code };
          }),
          totp: {
            enabled: user.totpEnabledAt !== null,
            since: user.totpEnabledAt?.slice(0, 10),
            requiredByRole: deps.config.totpRequiredRoles.includes(user.role),
          },
          passwordHint: t("account.passwordHint", { min: MIN_PASSWORD_LENGTH }),
          notice: status === 200 && isNotice(noticeKey) ? t(NOTICES[noticeKey]) : undefined,
          problems,
        }}
      />,
      status,
    );
  };

  /** Runs a change; a refusal with a known problem re-shows the page with the message, status 422 (or 429). */
  const attempt = async (c: Ctx, form: AccountForm, work: () => Promise<Response>): Promise<Response> => {
    try {
      return await work();
    } catch (error) {
      if (!isAppError(error) || !["validation_failed", "too_many_attempts"].includes(error.code)) throw error;
      const { t } = adminShell(c, deps);
      const retry = error.details?.["retryAfterSeconds"];
      const message =
        typeof retry === "number" ? t("login.throttled", { seconds: retry }) : problemText(t, error);
      if (form === "totp" && c.req.path.endsWith("/enable")) return setupPage(c, message, 422);
      return accountPage(c, { form, messages: [message] }, error.code === "too_many_attempts" ? 429 : 422);
    }
  };

  const setupPage = async (c: Ctx, error: string | undefined, status: 200 | 422) => {
    const { user } = await currentUser(deps, c);
    if (user.totpEnabledAt !== null) return c.redirect("/admin/account", 303);
    const secret = await proposeTotpSecret(deps, user);
    const issuer = deps.config.siteName[deps.config.defaultLanguage] ?? "Pressroom";
    const shell = adminShell(c, deps, "account");
    return sendAdminPage(
      c,
      <TotpSetupPage
        shell={shell}
        secret={secret}
        uri={otpauthUri({ secret, account: user.email, issuer })}
        required={deps.config.totpRequiredRoles.includes(user.role)}
        error={error}
      />,
      status,
    );
  };

  app.get("/", (c) => accountPage(c, undefined));

  app.post("/language", (c) =>
    attempt(c, "language", async () => {
      const { user } = await currentUser(deps, c);
      const lang = (await formFields(c))["lang"] ?? "";
      if (!ADMIN_LANGUAGES.includes(lang)) {
        throw new AppError("validation_failed", "Unknown language", { problem: "language_invalid" });
      }
      await setUiLanguage({ store: deps.store, clock: deps.clock }, user.id, lang);
      return c.redirect("/admin/account?notice=language", 303);
    }),
  );

  app.post("/password", (c) =>
    attempt(c, "password", async () => {
      const { user, sessionId } = await currentUser(deps, c);
      const form = await formFields(c);
      const password = form["password"] ?? "";
      await checkCurrentPassword(deps, user, form["current"] ?? "");
      if (password !== form["repeat"]) {
        throw new AppError("validation_failed", "The passwords differ", { problem: "password_mismatch" });
      }
      await changePassword({ store: deps.store, clock: deps.clock }, actorOf(c, user), {
        userId: user.id,
        password,
        keepSessionId: sessionId,
      });
      return c.redirect("/admin/account?notice=password", 303);
    }),
  );

  app.get("/totp", (c) => setupPage(c, undefined, 200));

  app.post("/totp/enable", (c) =>
    attempt(c, "totp", async () => {
      const { user, sessionId } = await currentUser(deps, c);
      const code = (await formFields(c))["code"] ?? "";
      const session = await confirmTotp(
        authContext(deps),
        actorOf(c, user),
        { userId: user.id, code, currentSessionId: sessionId },
        requestFacts(c),
      );
      setSessionCookie(c, deps.config, session.token, false);
      return c.redirect("/admin/account?notice=totpEnabled", 303);
    }),
  );

  app.post("/totp/disable", (c) =>
    attempt(c, "totp", async () => {
      const { user } = await currentUser(deps, c);
      const code = (await formFields(c))["code"] ?? "";
      await disableTotp(authContext(deps), actorOf(c, user), {
        userId: user.id,
        code,
        requiredRoles: deps.config.totpRequiredRoles,
      });
      return c.redirect("/admin/account?notice=totpDisabled", 303);
    }),
  );

  return app;
}
