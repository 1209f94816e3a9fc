import type { Child } from "hono/jsx";
import { AdminLayout } from "../AdminLayout.js";
import { Notice } from "../forms.js";
import type { AdminShell } from "../shell.js";
import { When } from "./TranslationActions.js";

/** What every revision page says about the translation it belongs to, and where its links lead. */
export interface RevisionHeader {
  title: string;
  /** The translation's language (its text is marked with it). */
  lang: string;
  languageName: string;
  listHref: string;
  editorHref: string;
  compareAction: string;
  revisionHref: (version: number) => string;
}

export interface RevisionRow {
  version: number;
  savedAt: string;
  by: string;
  /** The public note when the revision was a correction ("" when it had none); undefined otherwise. */
  correction: string | undefined;
  state: string;
  previousVersion: number | undefined;
}

/**
 * Fills a template's {placeholders} with text or elements, so that an item's title can carry its own language
 * inside a sentence in the interface's language.
 */
export function fill(template: string, values: Record<string, Child>): Child[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? values[name] : part;
    });
}

/** The item's title, marked with its language when that is not the interface's. */
export function ItemTitle(props: { shell: AdminShell; header: RevisionHeader }) {
  const { shell, header } = props;
  return <span lang={header.lang !== shell.lang ? header.lang : undefined}>{header.title}</span>;
}

/** Links back to the item and (from a single version or a comparison) to the list. */
export function RevisionNav(props: { shell: AdminShell; header: RevisionHeader; withList: boolean }) {
  const { t } = props.shell;
  return (
    <nav class="revision-nav" aria-label={t("workflow.revisions")}>
      <ul>
        <li>
          <a href={props.header.editorHref}>{t("revisions.backToItem")}</a>
        </li>
        {props.withList ? (
          <li>
            <a href={props.header.listHref}>{t("revisions.backToList")}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** Picks two versions to compare (a GET form: it changes nothing). */
export function CompareForm(props: {
  shell: AdminShell;
  header: RevisionHeader;
  versions: readonly number[];
  from: number | undefined;
  to: number | undefined;
}) {
  const { shell, versions } = props;
  const { t } = shell;
  const options = (selected: number | undefined) =>
    versions.map((v) => (
      <option value={String(v)} selected={v === selected}>
        {`${t("revisions.version")} ${v}`}
      </option>
    ));
  return (
    <form method="get" action={props.header.compareAction} class="filters" aria-labelledby="compare-title">
      <h2 id="compare-title" class="visually-hidden">
        {t("revisions.compareHeading")}
      </h2>
      <div class="field">
        <label for="compare-from">{t("revisions.from")}</label>
        <select id="compare-from" name="from">
          {options(props.from)}
        </select>
      </div>
      <div class="field">
        <label for="compare-to">{t("revisions.to")}</label>
        <select id="compare-to" name="to">
          {options(props.to)}
        </select>
      </div>
      <p class="filters__actions">
        <button type="submit" class="button">
          {t("revisions.compare")}
        </button>
      </p>
    </form>
  );
}

/** The revisions of one translation, newest first, with links to view each and to compare it with the one before. */
export function RevisionListPage(props: {
  shell: AdminShell;
  header: RevisionHeader;
  rows: RevisionRow[];
  notice: string | undefined;
}) {
  const { shell, header, rows } = props;
  const { t } = shell;
  const title = t("revisions.title", { title: header.title, language: header.languageName });
  return (
    <AdminLayout shell={shell} title={title}>
      <h1 class="break">
        {fill(t("revisions.title"), {
          title: <ItemTitle shell={shell} header={header} />,
          language: header.languageName,
        })}
      </h1>
      <RevisionNav shell={shell} header={header} withList={false} />
      <Notice text={props.notice} />
      {rows.length === 0 ? (
        <p>{t("revisions.empty")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <caption>{t("revisions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("revisions.version")}</th>
                <th scope="col">{t("revisions.saved")}</th>
                <th scope="col">{t("revisions.by")}</th>
                <th scope="col">{t("workflow.state")}</th>
                <th scope="col">{t("revisions.correction")}</th>
                <th scope="col">{t("revisions.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">{String(row.version)}</th>
                  <td>
                    <When shell={shell} at={row.savedAt} />
                  </td>
                  <td>{row.by}</td>
                  <td>{row.state}</td>
                  <td class="break">
                    {row.correction === undefined
                      ? t("revisions.no")
                      : row.correction === ""
                        ? t("revisions.yesNoNote")
                        : t("revisions.yes", { note: row.correction })}
                  </td>
                  <td>
                    <ul class="row-actions">
                      <li>
                        <a href={header.revisionHref(row.version)}>
                          {t("revisions.view")}{" "}
                          <span class="visually-hidden">{t("revisions.viewLabel", { n: row.version })}</span>
                        </a>
                      </li>
                      {row.previousVersion !== undefined ? (
                        <li>
                          <a href={`${header.compareAction}?from=${row.previousVersion}&to=${row.version}`}>
                            {t("revisions.compareWithPrevious")}{" "}
                            <span class="visually-hidden">
                              {t("revisions.compareLabel", { n: row.version })}
                            </span>
                          </a>
                        </li>
                      ) : null}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length >= 2 ? (
        <CompareForm
          shell={shell}
          header={header}
          versions={rows.map((r) => r.version)}
          from={rows[1]?.version}
          to={rows[0]?.version}
        />
      ) : null}
    </AdminLayout>
  );
}
