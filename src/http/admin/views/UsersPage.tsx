import { AdminLayout } from "./AdminLayout.js";
import { csrfField, ErrorSummary, Field, Notice } from "./forms.js";
import type { AdminShell } from "./shell.js";

export interface UserRow {
  id: number;
  name: string;
  email: string;
  role: string;
  roleLabel: string;
  active: boolean;
  totp: boolean;
  isSelf: boolean;
}

export interface UsersModel {
  users: UserRow[];
  roles: { value: string; label: string }[];
  languages: { code: string; name: string }[];
  passwordHint: string;
  notice: string | undefined;
  problems: string[];
  /** The create form's values, kept when it is shown again with problems. */
  form: { email: string; name: string; role: string; lang: string };
}

/** Administrators' list of the press office's accounts, with role changes, disabling, and a create form. */
export function UsersPage(props: { shell: AdminShell; model: UsersModel }) {
  const { shell, model } = props;
  const { t } = shell;
  return (
    <AdminLayout shell={shell} title={t("users.title")}>
      <h1>{t("users.title")}</h1>
      <Notice text={model.notice} />
      <ErrorSummary title={t("form.problems")} messages={model.problems} />
      <div class="table-wrap">
        <table class="data">
          <caption>{t("users.list")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.email")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.status")}</th>
              <th scope="col">{t("users.totp")}</th>
              <th scope="col">{t("users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {model.users.map((u) => (
              <tr>
                <th scope="row">
                  {u.name}
                  {u.isSelf ? <span class="muted"> ({t("users.you")})</span> : null}
                </th>
                <td>{u.email}</td>
                <td>
                  <form method="post" action={`/admin/users/${u.id}/role`} class="inline-form">
                    {csrfField(shell.csrfToken)}
                    <label for={`role-${u.id}`} class="visually-hidden">
                      {t("users.roleOf", { name: u.name })}
                    </label>
                    <select id={`role-${u.id}`} name="role">
                      {model.roles.map((r) => (
                        <option value={r.value} selected={r.value === u.role}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                    <button type="submit" class="button button--small">
                      {t("users.changeRole")}
                    </button>
                  </form>
                </td>
                <td>{u.active ? t("users.active") : t("users.disabledStatus")}</td>
                <td>{u.totp ? t("users.yes") : t("users.no")}</td>
                <td>
                  {u.isSelf ? null : (
                    <form
                      method="post"
                      action={`/admin/users/${u.id}/${u.active ? "disable" : "enable"}`}
                      class="inline-form"
                    >
                      {csrfField(shell.csrfToken)}
                      <button
                        type="submit"
                        class="button button--small button--secondary"
                        aria-label={t(u.active ? "users.disableLabel" : "users.enableLabel", {
                          name: u.name,
                        })}
                      >
                        {u.active ? t("users.disable") : t("users.enable")}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section class="panel" aria-labelledby="create-heading">
        <h2 id="create-heading">{t("users.create")}</h2>
        <form method="post" action="/admin/users" class="stack">
          {csrfField(shell.csrfToken)}
          <Field id="new-name" label={t("users.name")}>
            <input id="new-name" name="name" type="text" required maxlength={200} value={model.form.name} />
          </Field>
          <Field id="new-email" label={t("users.email")}>
            <input
              id="new-email"
              name="email"
              type="email"
              required
              autocomplete="off"
              value={model.form.email}
            />
          </Field>
          <Field id="new-role" label={t("users.role")}>
            <select id="new-role" name="role">
              {model.roles.map((r) => (
                <option value={r.value} selected={r.value === model.form.role}>
                  {r.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="new-lang" label={t("users.language")}>
            <select id="new-lang" name="lang">
              {model.languages.map((l) => (
                <option value={l.code} lang={l.code} selected={l.code === model.form.lang}>
                  {l.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="new-password" label={t("users.initialPassword")} hint={model.passwordHint}>
            <input
              id="new-password"
              name="password"
              type="password"
              autocomplete="new-password"
              aria-describedby="new-password-hint"
              required
            />
          </Field>
          <p>
            <button type="submit" class="button">
              {t("users.createSubmit")}
            </button>
          </p>
        </form>
      </section>
    </AdminLayout>
  );
}
