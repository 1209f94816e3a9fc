import { raw } from "hono/html";
import { Breadcrumbs } from "./Breadcrumbs.js";
import { Layout } from "./Layout.js";
import type { Chrome, Crumb } from "./types.js";

export interface ArticleModel {
  title: string;
  lead: string;
  date: string;
  isoDate: string;
  eventDates: string | undefined;
  place: string | undefined;
  /** Sanitized on the server when saved; rendered as is. */
  bodyHtml: string;
  signature: string | undefined;
  crumbs: Crumb[];
  goBackHref: string;
  sectionHref: string;
  allNewsHref: string;
}

/** An item as the old site showed it: title, date, body, signature, then the three ways back. */
export function ArticlePage(props: { chrome: Chrome; model: ArticleModel }) {
  const { chrome, model } = props;
  const { t } = chrome;
  return (
    <Layout chrome={chrome} title={model.title} description={model.lead}>
      <Breadcrumbs chrome={chrome} crumbs={model.crumbs} />
      <article>
        <h1>{model.title}</h1>
        <div class="article-meta">
          <p>
            {t("article.published")}: <time datetime={model.isoDate}>{model.date}</time>
          </p>
          {model.eventDates ? (
            <p>
              {t("article.event")}: {model.eventDates}
            </p>
          ) : null}
          {model.place ? (
            <p>
              {t("article.place")}: {model.place}
            </p>
          ) : null}
        </div>
        <div class="article-body">{raw(model.bodyHtml)}</div>
        {model.signature ? <p class="signature">{model.signature}</p> : null}
      </article>
      <nav class="article-nav" aria-label={t("article.navigation")}>
        <ul>
          <li>
            <a href={model.goBackHref} data-go-back="">
              {t("article.goBack")}
            </a>
          </li>
          <li>
            <a href={model.sectionHref}>{t("article.backToSection")}</a>
          </li>
          <li>
            <a href={model.allNewsHref}>{t("article.backToAllNews")}</a>
          </li>
        </ul>
      </nav>
    </Layout>
  );
}
