import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { Attachments, type AttachmentModel } from "./Attachments.js";
import { Breadcrumbs } from "./Breadcrumbs.js";
import { Figure, type FigureModel } from "./Figure.js";
import { Layout } from "./Layout.js";
import { NewsList } from "./NewsList.js";
import type { Chrome, Crumb, ListItem } from "./types.js";

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
  /** Images described in the page's language, shown before the text. */
  figures?: FigureModel[] | undefined;
  /** Documents listed after the text. */
  attachments?: AttachmentModel[] | undefined;
  /** Public corrections of this translation, newest first. */
  corrections?: CorrectionModel[] | undefined;
  /** Other news on the same people, section and subject; the block is left out when there are none. */
  related?: ListItem[] | undefined;
}

export interface CorrectionModel {
  date: string;
  isoDate: string;
  note: string;
}

/**
 * An item as the old site showed it: title, date, body, signature, then the three ways back, and related news
 * after them. A `banner` (the embargo notice of a preview) is shown above everything else in the main content.
 */
export function ArticlePage(props: { chrome: Chrome; model: ArticleModel; banner?: Child }) {
  const { chrome, model } = props;
  const { t } = chrome;
  return (
    <Layout chrome={chrome} title={model.title} description={model.lead}>
      {props.banner ?? null}
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
        <div class="article-body">
          {(model.figures ?? []).map((figure) => (
            <Figure figure={figure} />
          ))}
          {raw(model.bodyHtml)}
        </div>
        {model.signature ? <p class="signature">{model.signature}</p> : null}
        <Corrections t={t} items={model.corrections ?? []} />
        <Attachments t={t} items={model.attachments ?? []} />
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
      <RelatedNews chrome={chrome} items={model.related ?? []} />
    </Layout>
  );
}

/** "Corrected on <date>: <note>" for each correction, in the words of the page's language. */
function Corrections(props: { t: Chrome["t"]; items: CorrectionModel[] }) {
  const { t, items } = props;
  if (items.length === 0) return null;
  return (
    <section class="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t("article.corrections")}</h2>
      <ul>
        {items.map((item) => (
          <li>
            {t("article.correctedOn")
              .split(/(\{date\}|\{note\})/)
              .map((part) =>
                part === "{date}" ? (
                  <time datetime={item.isoDate}>{item.date}</time>
                ) : part === "{note}" ? (
                  item.note
                ) : (
                  part
                ),
              )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A short list of other news to read next, after the ways back. */
function RelatedNews(props: { chrome: Chrome; items: ListItem[] }) {
  if (props.items.length === 0) return null;
  return (
    <section class="related-news" aria-labelledby="related-title">
      <h2 id="related-title">{props.chrome.t("related.title")}</h2>
      <NewsList chrome={props.chrome} items={props.items} headingLevel={3} />
    </section>
  );
}
