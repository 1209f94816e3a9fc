import { Hono, type Context } from "hono";
import {
  completeSecondFactor,
  signInWithPassword,
  signOut,
  type AuthContext,
  type RequestFacts,
} from "../../../auth/signIn.js";
import { ADMIN_LANGUAGES, adminTranslator, isAdminStringKey } from "../../../i18n/admin.js";
import { deleteSession } from "../../../store/sessions.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { CodePage, LoginPage, type LoginModel } from "../views/LoginPage.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { clearLoginCsrf } from "./csrf.js";
import { liveSessionOf } from "./middleware.js";
import { clearSessionCookie, formFields, safeNext, setSessionCookie } from "./request.js";

type AuthContextOf = Context<AdminEnv>;

/** The auth use cases' context for this app. */
export function authContext(deps: AdminDeps): AuthContext {
  return { store: deps.store, clock: deps.clock, sessionDays: deps.config.sessionDays, logger: deps.logger };
}

/** What the session and the audit log keep about a request. */
export function requestFacts(c: AuthContextOf): RequestFacts {
  return {
    ip: c.get("clientIp"),
    userAgent: c.req.header("user-agent") ?? null,
    replacesSessionId: liveSessionOf(c)?.session.id,
  };
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** /admin/login (password), /admin/login/code (TOTP) and /admin/logout. */
export function signInRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  const loginPage = (
    c: AuthContextOf,
    model: Omit<LoginModel, "languages">,
    status: 200 | 401 | 429,
  ): Promise<Response> => {
    const shell = adminShell(c, deps);
    const languages = ADMIN_LANGUAGES.map((code) => {
      const key = `lang.${code}`;
      return {
        code,
        name: isAdminStringKey(key) ? shell.t(key) : code,
        href: withQuery("/admin/login", { lang: code, next: model.next }),
      };
    });
    return sendAdminPage(c, <LoginPage shell={shell} model={{ ...model, languages }} />, status);
  };

  app.get("/login", (c) => {
    const next = safeNext(c.req.query("next"));
    if (c.get("user")) return c.redirect(next ?? "/admin/", 303);
    const notice =
      c.req.query("signed_out") === undefined ? undefined : adminShell(c, deps).t("login.signedOut");
    return loginPage(c, { email: "", next, error: undefined, notice }, 200);
  });

  app.post("/login", async (c) => {
    const form = await formFields(c);
    const next = safeNext(form["next"]);
    const email = (form["email"] ?? "").trim().slice(0, 254);
    const { t } = adminShell(c, deps);
    const outcome = await signInWithPassword(
      authContext(deps),
      { email, password: form["password"] ?? "" },
      requestFacts(c),
    );
    if (outcome.kind === "throttled") {
      c.header("Retry-After", String(outcome.retryAfterSeconds));
      const error = t("login.throttled", { seconds: outcome.retryAfterSeconds });
      return loginPage(c, { email, next, error, notice: undefined }, 429);
    }
    if (outcome.kind === "failed") {
      return loginPage(c, { email, next, error: t("login.failed"), notice: undefined }, 401);
    }
    const pending = outcome.session.record.secondFactorPending;
    setSessionCookie(c, deps.config, outcome.session.token, pending);
    clearLoginCsrf(deps, c);
    if (pending) {
      return c.redirect(withQuery("/admin/login/code", { lang: outcome.user.uiLanguage, next }), 303);
    }
    return c.redirect(next ?? "/admin/", 303);
  });

  const codePage = (
    c: AuthContextOf,
    next: string | undefined,
    error: string | undefined,
    status: 200 | 401 | 429,
  ) => sendAdminPage(c, <CodePage shell={adminShell(c, deps)} next={next} error={error} />, status);

  app.get("/login/code", (c) => {
    if (!liveSessionOf(c)?.session.secondFactorPending) return c.redirect("/admin/login", 303);
    return codePage(c, safeNext(c.req.query("next")), undefined, 200);
  });

  app.post("/login/code", async (c) => {
    const live = liveSessionOf(c);
    if (!live?.session.secondFactorPending) return c.redirect("/admin/login", 303);
    const form = await formFields(c);
    const next = safeNext(form["next"]);
    const t = adminTranslator(live.user.uiLanguage);
    const outcome = await completeSecondFactor(authContext(deps), live, form["code"] ?? "", requestFacts(c));
    if (outcome.kind === "throttled") {
      c.header("Retry-After", String(outcome.retryAfterSeconds));
      return codePage(c, next, t("login.throttled", { seconds: outcome.retryAfterSeconds }), 429);
    }
    if (outcome.kind === "failed") return codePage(c, next, t("code.failed"), 401);
    setSessionCookie(c, deps.config, outcome.session.token, false);
    return c.redirect(next ?? "/admin/", 303);
  });

  app.post("/logout", async (c) => {
    const live = liveSessionOf(c);
    if (live && live.session.secondFactorPending) await deleteSession(deps.store.db, live.session.id);
    else if (live) await signOut(authContext(deps), live, requestFacts(c));
    clearSessionCookie(c, deps.config);
    return c.redirect(withQuery("/admin/login", { signed_out: "1", lang: live?.user.uiLanguage }), 303);
  });

  return app;
}
