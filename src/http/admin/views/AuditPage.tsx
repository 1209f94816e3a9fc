import { AdminLayout } from "./AdminLayout.js";
import type { AdminShell } from "./shell.js";

export interface AuditRow {
  id: number;
  /** ISO instant, for the datetime attribute. */
  at: string;
  /** "YYYY-MM-DD HH:MM:SS", UTC. */
  atText: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
  ip: string;
}

export interface AuditModel {
  rows: AuditRow[];
  total: number;
  actions: string[];
  filter: { action: string; actor: string; from: string; to: string };
  page: number;
  pageCount: number;
  previousHref: string | undefined;
  nextHref: string | undefined;
}

/** Administrators' view of the audit log: filters, then entries newest first, paged. */
export function AuditPage(props: { shell: AdminShell; model: AuditModel }) {
  const { shell, model } = props;
  const { t } = shell;
  return (
    <AdminLayout shell={shell} title={t("audit.title")}>
      <h1>{t("audit.title")}</h1>
      <form method="get" action="/admin/audit" class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading" class="visually-hidden">
          {t("audit.filters")}
        </h2>
        <div class="field">
          <label for="f-action">{t("audit.action")}</label>
          <select id="f-action" name="action">
            <option value="">{t("audit.anyAction")}</option>
            {model.actions.map((a) => (
              <option value={a} selected={a === model.filter.action}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-actor">{t("audit.actor")}</label>
          <input id="f-actor" name="actor" type="text" value={model.filter.actor} />
        </div>
        <div class="field">
          <label for="f-from">{t("audit.from")}</label>
          <input id="f-from" name="from" type="date" value={model.filter.from} />
        </div>
        <div class="field">
          <label for="f-to">{t("audit.to")}</label>
          <input id="f-to" name="to" type="date" value={model.filter.to} />
        </div>
        <p class="filters__actions">
          <button type="submit" class="button">
            {t("audit.apply")}
          </button>{" "}
          <a href="/admin/audit">{t("audit.reset")}</a>
        </p>
      </form>
      <p role="status">{t("audit.count", { n: model.total })}</p>
      {model.rows.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <caption>{t("audit.entries")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.id")}</th>
                <th scope="col">{t("audit.when")}</th>
                <th scope="col">{t("audit.who")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.subject")}</th>
                <th scope="col">{t("audit.details")}</th>
                <th scope="col">{t("audit.ip")}</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => (
                <tr>
                  <td>{r.id}</td>
                  <td>
                    <time datetime={r.at}>{r.atText}</time>
                  </td>
                  <td class="break">{r.actor}</td>
                  <td>
                    <code>{r.action}</code>
                  </td>
                  <td>{r.subject}</td>
                  <td class="break">
                    <code>{r.details}</code>
                  </td>
                  <td>{r.ip}</td>
                </tr>
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
