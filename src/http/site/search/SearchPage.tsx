import type { Child } from "hono/jsx";
import type { TextSegment } from "../../../domain/search/types.js";
import { Layout } from "../views/Layout.js";
import { Pager } from "../views/NewsList.js";
import type { Chrome, Pager as PagerModel } from "../views/types.js";
import { SearchForm } from "./SearchForm.js";
import type { SearchFormView, SearchHitView } from "./presenter.js";

export interface SearchResultsView {
  /** "12 results", "более 1 000 результатов". */
  count: string;
  hits: SearchHitView[];
  pager: PagerModel;
  /** Set when nothing was found: why, and a way to drop the filters when some were in use. */
  empty?: { text: string; withoutFiltersHref?: string | undefined } | undefined;
}

export interface SearchPageModel {
  title: string;
  form: SearchFormView;
  showHint: boolean;
  /** Notices about the query and refused parameters, in plain words. */
  messages: string[];
  suggestion?: { query: string; href: string } | undefined;
  results?: SearchResultsView | undefined;
}

/** Text with the matched words marked; hono/jsx escapes every piece, so no markup can come from the index. */
function Marked(props: { segments: TextSegment[] }) {
  return <>{props.segments.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}</>;
}

/** A translated sentence with an element (a link) in place of its one placeholder, wherever the language puts it. */
function Sentence(props: { template: string; placeholder: string; children: Child }) {
  const [before = "", after = ""] = props.template.split(`{${props.placeholder}}`);
  return (
    <>
      {before}
      {props.children}
      {after}
    </>
  );
}

function Results(props: { chrome: Chrome; results: SearchResultsView }) {
  const { chrome, results } = props;
  const { t } = chrome;
  return (
    <section class="search-results" aria-labelledby="search-count">
      <h2 id="search-count" class="search-count">
        {results.count}
      </h2>
      {results.empty ? (
        <div class="search-empty">
          <p>{results.empty.text}</p>
          <p>{t("search.noResultsTips")}</p>
          {results.empty.withoutFiltersHref ? (
            <p>
              <a href={results.empty.withoutFiltersHref}>{t("search.withoutFilters")}</a>
            </p>
          ) : null}
        </div>
      ) : (
        <ul class="news-list search-hits">
          {results.hits.map((hit) => (
            <li>
              <h3>
                <a href={hit.href}>
                  <Marked segments={hit.titleSegments} />
                </a>
              </h3>
              <p class="search-hit__meta">
                <time class="date" datetime={hit.isoDate}>
                  {hit.date}
                </time>{" "}
                <span class="search-hit__section">
                  <Sentence template={t("search.inSection")} placeholder="section">
                    <a href={hit.sectionHref}>{hit.sectionTitle}</a>
                  </Sentence>
                </span>
              </p>
              <p class="search-hit__snippet">
                <Marked segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager chrome={chrome} pager={results.pager} />
    </section>
  );
}

/** The reader's search: the form, what was understood of the query, then the results. */
export function SearchPage(props: { chrome: Chrome; model: SearchPageModel }) {
  const { chrome, model } = props;
  const { t } = chrome;
  return (
    <Layout chrome={chrome} title={model.title}>
      <h1>{t("search.title")}</h1>
      <SearchForm t={t} form={model.form} />
      {model.showHint ? <p class="search-hint">{t("search.hint")}</p> : null}
      {model.messages.length > 0 ? (
        <div class="search-messages" role="note" aria-label={t("search.messages")}>
          <ul>
            {model.messages.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {model.suggestion ? (
        <p class="search-suggestion">
          <Sentence template={t("search.didYouMean")} placeholder="query">
            <a href={model.suggestion.href}>{model.suggestion.query}</a>
          </Sentence>
        </p>
      ) : null}
      {model.results ? <Results chrome={chrome} results={model.results} /> : null}
    </Layout>
  );
}
