import type { Child } from "hono/jsx";
import type { Chrome } from "./types.js";
import { Sidebar } from "./Sidebar.js";

/** The frame of every public page: header with sections and languages, main content, sidebar, footer. */
export function Layout(props: { chrome: Chrome; title: string; description?: string; children: Child }) {
  const { chrome, title } = props;
  const { t } = chrome;
  const description = props.description ?? chrome.description;
  const fullTitle = title === chrome.siteName ? title : `${title} — ${chrome.siteName}`;
  return (
    <html lang={chrome.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        {chrome.canonical ? <link rel="canonical" href={chrome.canonical} /> : null}
        {chrome.alternates.map((a) => (
          <link rel="alternate" hreflang={a.lang} href={a.href} />
        ))}
        {chrome.feeds.map((feed) => (
          <link rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
        ))}
        <SocialTags chrome={chrome} title={title} description={description} />
        {chrome.jsonLd ? (
          // A data block, never run: the CSP's script-src does not apply, and the JSON is escaped so that
          // nothing in it can end the element.
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: chrome.jsonLd }}></script>
        ) : null}
        <link rel="stylesheet" href={chrome.cssHref} />
        {/* An empty icon: without one, browsers ask for /favicon.ico and log its 404 as a console error. */}
        <link rel="icon" href="data:," />
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
            <form
              class="header-search"
              action={`/${chrome.lang}/search`}
              method="get"
              role="search"
              aria-label={t("search.siteSearch")}
            >
              <label class="visually-hidden" for="header-search-q">
                {t("search.label")}
              </label>
              <input type="search" id="header-search-q" name="q" />
              <button type="submit">{t("search.submit")}</button>
            </form>
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

/** Open Graph and Twitter card tags: how the page looks when a link to it is shared. */
function SocialTags(props: { chrome: Chrome; title: string; description: string | undefined }) {
  const { chrome, title, description } = props;
  const { social } = chrome;
  return (
    <>
      <meta property="og:type" content={social.type} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      {chrome.canonical ? <meta property="og:url" content={chrome.canonical} /> : null}
      <meta property="og:site_name" content={chrome.siteName} />
      <meta property="og:locale" content={social.locale} />
      {social.localeAlternates.map((locale) => (
        <meta property="og:locale:alternate" content={locale} />
      ))}
      {social.image ? (
        <>
          <meta property="og:image" content={social.image.url} />
          <meta property="og:image:width" content={String(social.image.width)} />
          <meta property="og:image:height" content={String(social.image.height)} />
          <meta property="og:image:alt" content={social.image.alt} />
        </>
      ) : null}
      {social.publishedTime ? (
        <meta property="article:published_time" content={social.publishedTime} />
      ) : null}
      {social.modifiedTime ? <meta property="article:modified_time" content={social.modifiedTime} /> : null}
      <meta name="twitter:card" content={social.image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      {description ? <meta name="twitter:description" content={description} /> : null}
      {social.image ? (
        <>
          <meta name="twitter:image" content={social.image.url} />
          <meta name="twitter:image:alt" content={social.image.alt} />
        </>
      ) : null}
    </>
  );
}
