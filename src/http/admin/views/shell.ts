import type { Context } from "hono";
import { adminTranslator, type AdminTranslate } from "../../../i18n/admin.js";
import { adminLanguageOf } from "../auth/request.js";
import type { AdminDeps, AdminEnv, AdminUser } from "../context.js";

/** The sections of the back office's main navigation. */
export type AdminNavKey = "items" | "media" | "users" | "sections" | "settings" | "audit" | "account";

/** What AdminLayout needs about the request: language, strings, the user, the CSRF token, assets. */
export interface AdminShell {
  lang: string;
  t: AdminTranslate;
  siteName: string;
  user: AdminUser | undefined;
  csrfToken: string | undefined;
  cssHref: string;
  jsHref: string | undefined;
  /** The navigation entry marked as the current page. */
  current: AdminNavKey | undefined;
  /** The site's IANA time zone (config.timezone), in which times are shown and datetime-local inputs read. */
  timezone: string;
}

/**
 * The shell of a back-office page, in the user's interface language:
 * `const shell = adminShell(c, deps, "items")`, then `<AdminLayout shell={shell} title=…>…</AdminLayout>`.
 */
export function adminShell(c: Context<AdminEnv>, deps: AdminDeps, current?: AdminNavKey): AdminShell {
  const lang = adminLanguageOf(c, deps.config);
  return {
    lang,
    t: adminTranslator(lang),
    siteName: deps.config.siteName[lang] ?? deps.config.siteName[deps.config.defaultLanguage] ?? "Pressroom",
    user: c.get("user"),
    csrfToken: c.get("csrfToken"),
    cssHref: deps.assets.adminCss.path,
    jsHref: deps.assets.adminJs?.path,
    current,
    timezone: deps.config.timezone,
  };
}

/** Sends a rendered back-office page as a full HTML document: `return sendAdminPage(c, <AdminLayout …/>)`. */
export async function sendAdminPage(
  c: Context,
  page: { toString(): string | Promise<string> },
  status: 200 | 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 = 200,
): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await page.toString()}`, status);
}
