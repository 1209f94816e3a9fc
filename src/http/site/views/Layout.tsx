import type { Child } from "hono/jsx";
import type { Chrome } from "./types.js";
import { Sidebar } from "./Sidebar.js";

/** The frame of every public page: header with sections and languages, main content, sidebar, footer. */
export function Layout(props: { chrome: Chrome; title: string; description?: string; children: Child }) {
  const { chrome, title } = props;
  const { t } = chrome;
  const fullTitle = title === chrome.siteName ? title : `${title} — ${chrome.siteName}`;
  return (
    <html lang={chrome.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="canonical" href={chrome.canonical} />
        {chrome.alternates.map((a) => (
          <link rel="alternate" hreflang={a.lang} href={a.href} />
        ))}
        <link rel="stylesheet" href={chrome.cssHref} />
        <script src={chrome.jsHref} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#content">
          {t("site.skipToContent")}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <p class="site-title">
              <a href={chrome.homeHref}>{chrome.siteName}</a>
            </p>
            <nav class="site-nav" aria-label={t("site.mainNavigation")}>
              <ul>
                {chrome.nav.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.current ? "true" : undefined}>
                      {item.title}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <nav class="lang-switch" aria-label={t("site.languageSwitch")}>
              <ul>
                <li>
                  <span aria-current="true" lang={chrome.lang}>
                    {chrome.currentLanguageName}
                  </span>
                </li>
                {chrome.languages.map((l) => (
                  <li>
                    <a href={l.href} hreflang={l.code} lang={l.code} rel="alternate">
                      {l.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <div class="site-main">
          <main id="content" class="content">
            {props.children}
          </main>
          {chrome.sidebar ? <Sidebar chrome={chrome} items={chrome.sidebar} /> : null}
        </div>
        <footer class="site-footer">
          <div class="site-footer__inner">
            <p>
              {chrome.siteName}. {t("site.footer")}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
