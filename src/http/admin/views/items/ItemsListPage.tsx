import { AdminLayout } from "../AdminLayout.js";
import { Notice } from "../forms.js";
import type { AdminShell } from "../shell.js";
import { Options, StateBadge } from "./parts.js";
import type { ItemsListModel, ListRow } from "./types.js";

/**
 * The press office's list of items: a GET form of filters (it works without scripts), then one row per item with
 * every language's title and state, newest change first, paged.
 */
export function ItemsListPage(props: { shell: AdminShell; model: ItemsListModel }) {
  const { shell, model } = props;
  const { t } = shell;
  const f = model.filter;
  return (
    <AdminLayout shell={shell} title={t("items.title")}>
      <div class="page-head">
        <h1>{t("items.title")}</h1>
        <p class="page-head__actions">
          <a class="button" href="/admin/items/new">
            {t("items.new")}
          </a>
        </p>
      </div>
      <Notice text={model.notice} />
      <form method="get" action="/admin/items" class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading" class="visually-hidden">
          {t("items.filters")}
        </h2>
        <div class="field">
          <label for="f-state">{t("items.state")}</label>
          <select id="f-state" name="state">
            <option value="">{t("items.anyState")}</option>
            <Options options={model.states} selected={f.state} />
          </select>
        </div>
        <div class="field">
          <label for="f-section">{t("items.section")}</label>
          <select id="f-section" name="section">
            <option value="">{t("items.anySection")}</option>
            <Options options={model.sections} selected={f.section} />
          </select>
        </div>
        <div class="field">
          <label for="f-lang">{t("items.language")}</label>
          <select id="f-lang" name="lang">
            <option value="">{t("items.anyLanguage")}</option>
            <Options options={model.languages} selected={f.lang} />
          </select>
        </div>
        <div class="field">
          <label for="f-author">{t("items.author")}</label>
          <select id="f-author" name="author">
            <option value="">{t("items.anyAuthor")}</option>
            <Options options={model.authors} selected={f.author} />
          </select>
        </div>
        <p class="filters__actions">
          <button type="submit" class="button">
            {t("items.apply")}
          </button>{" "}
          <a href="/admin/items">{t("items.reset")}</a>
        </p>
      </form>
      <p role="status">{t("items.count", { n: model.total })}</p>
      {model.rows.length === 0 ? (
        <p>{t("items.empty")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data items">
            <caption>{t("items.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("items.titles")}</th>
                <th scope="col">{t("items.section")}</th>
                <th scope="col">{t("items.author")}</th>
                <th scope="col">{t("items.changed")}</th>
                <th scope="col">{t("items.published")}</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <Row shell={shell} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {model.pageCount > 1 ? (
        <nav class="paging" aria-label={t("paging.label")}>
          <p>{t("paging.pageOf", { n: model.page, total: model.pageCount })}</p>
          <ul>
            {model.previousHref ? (
              <li>
                <a href={model.previousHref} rel="prev">
                  {t("paging.previous")}
                </a>
              </li>
            ) : null}
            {model.nextHref ? (
              <li>
                <a href={model.nextHref} rel="next">
                  {t("paging.next")}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}

function Row(props: { shell: AdminShell; row: ListRow }) {
  const { row } = props;
  const { t } = props.shell;
  return (
    <tr>
      <th scope="row" class="items__titles">
        <ul class="item-langs">
          {row.translations.map((tr) => (
            <li>
              <abbr class="item-langs__code" title={tr.language}>
                {tr.lang.toUpperCase()}
              </abbr>{" "}
              {tr.title !== undefined ? (
                <>
                  <a href={`${row.href}#column-${tr.lang}`} lang={tr.lang} class="break">
                    {tr.title}
                  </a>{" "}
                  {tr.badge ? <StateBadge badge={tr.badge} /> : null}
                  {tr.outOfDate ? <span class="marker">{t("items.outOfDate")}</span> : null}
                </>
              ) : (
                <span class="muted">{t("items.missing", { language: tr.language })}</span>
              )}
            </li>
          ))}
        </ul>
        {row.embargo ? <p class="item-note">{row.embargo}</p> : null}
      </th>
      <td>
        {row.section}
        <br />
        <span class="muted">{row.kind}</span>
      </td>
      <td class="items__author">{row.authors}</td>
      <td>
        <time datetime={row.changed.iso}>{row.changed.text}</time>
      </td>
      <td>
        <time datetime={row.published.iso}>{row.published.text}</time>
      </td>
    </tr>
  );
}
