import type { Child } from "hono/jsx";
import { can, type Permission } from "../../../domain/roles.js";
import type { AdminStringKey } from "../../../i18n/admin.js";
import { csrfField } from "./forms.js";
import type { AdminNavKey, AdminShell } from "./shell.js";

interface NavEntry {
  key: AdminNavKey;
  href: string;
  label: AdminStringKey;
  /** Shown only to roles with this permission. */
  permission?: Permission;
}

const NAV: readonly NavEntry[] = [
  { key: "items", href: "/admin/items", label: "nav.items" },
  { key: "media", href: "/admin/media", label: "nav.media", permission: "media.upload" },
  { key: "users", href: "/admin/users", label: "nav.users", permission: "users.manage" },
  { key: "sections", href: "/admin/sections", label: "nav.sections", permission: "sections.manage" },
  { key: "settings", href: "/admin/settings", label: "nav.settings", permission: "settings.manage" },
  { key: "audit", href: "/admin/audit", label: "nav.audit", permission: "audit.read" },
  { key: "account", href: "/admin/account", label: "nav.account" },
];

/**
 * The frame of every back-office page, in the user's interface language: a skip link, a header with the
 * navigation the user's role allows and a sign-out button (a POST form with the CSRF token), then the main
 * content. Before sign-in it shows only the site's name.
 */
export function AdminLayout(props: { shell: AdminShell; title: string; children: Child }) {
  const { shell, title } = props;
  const { t, user } = shell;
  return (
    <html lang={shell.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} — ${t("admin.name")} — ${shell.siteName}`}</title>
        {/* For scripts: fetch() requests send it back in the X-CSRF-Token header. */}
        {shell.csrfToken && user ? <meta name="csrf-token" content={shell.csrfToken} /> : null}
        <link rel="stylesheet" href={shell.cssHref} />
        {shell.jsHref ? <script src={shell.jsHref} defer></script> : null}
      </head>
      <body class="admin">
        <a class="skip-link" href="#content">
          {t("admin.skipToContent")}
        </a>
        <header class="admin-header">
          <div class="admin-header__inner">
            <p class="admin-brand">
              {user ? (
                <a href="/admin/">
                  {shell.siteName} <span class="admin-brand__part">{t("admin.name")}</span>
                </a>
              ) : (
                <>
                  {shell.siteName} <span class="admin-brand__part">{t("admin.name")}</span>
                </>
              )}
            </p>
            {user ? (
              <nav class="admin-nav" aria-label={t("admin.navigation")}>
                <ul>
                  {NAV.filter((entry) => !entry.permission || can(user.role, entry.permission)).map(
                    (entry) => (
                      <li>
                        <a href={entry.href} aria-current={shell.current === entry.key ? "page" : undefined}>
                          {t(entry.label)}
                        </a>
                      </li>
                    ),
                  )}
                  <li>
                    <form method="post" action="/admin/logout" class="admin-nav__signout">
                      {csrfField(shell.csrfToken)}
                      <button type="submit" class="link-button">
                        {t("nav.signOut")}
                      </button>
                    </form>
                  </li>
                </ul>
              </nav>
            ) : null}
            {user ? <p class="admin-user">{t("admin.signedInAs", { name: user.displayName })}</p> : null}
          </div>
        </header>
        <main id="content" class="admin-main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}
