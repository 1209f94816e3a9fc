import { AdminLayout } from "./AdminLayout.js";
import { csrfField, ErrorSummary, Field, Notice } from "./forms.js";
import type { AdminShell } from "./shell.js";

export type AccountForm = "language" | "password" | "totp";

export interface AccountModel {
  displayName: string;
  email: string;
  roleLabel: string;
  uiLanguage: string;
  languages: { code: string; name: string }[];
  totp: { enabled: boolean; since: string | undefined; requiredByRole: boolean };
  passwordHint: string;
  notice: string | undefined;
  /** Problems with the form that was just submitted. */
  problems: { form: AccountForm; messages: string[] } | undefined;
}

/** The user's own account: interface language, password, and two-step sign-in. */
export function AccountPage(props: { shell: AdminShell; model: AccountModel }) {
  const { shell, model } = props;
  const { t } = shell;
  const problemsOf = (form: AccountForm) => (model.problems?.form === form ? model.problems.messages : []);
  return (
    <AdminLayout shell={shell} title={t("account.title")}>
      <h1>{t("account.title")}</h1>
      <p>
        {t("account.details", { name: model.displayName, role: model.roleLabel })} ({model.email})
      </p>
      <Notice text={model.notice} />

      <section class="panel" aria-labelledby="language-heading">
        <h2 id="language-heading">{t("account.language")}</h2>
        <ErrorSummary id="language-problems" title={t("form.problems")} messages={problemsOf("language")} />
        <form method="post" action="/admin/account/language" class="inline-form">
          {csrfField(shell.csrfToken)}
          <Field id="ui-language" label={t("account.language")}>
            <select id="ui-language" name="lang">
              {model.languages.map((l) => (
                <option value={l.code} lang={l.code} selected={l.code === model.uiLanguage}>
                  {l.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" class="button">
            {t("form.save")}
          </button>
        </form>
      </section>

      <section class="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">{t("account.password")}</h2>
        <ErrorSummary id="password-problems" title={t("form.problems")} messages={problemsOf("password")} />
        <form method="post" action="/admin/account/password" class="stack">
          {csrfField(shell.csrfToken)}
          <input type="text" name="username" value={model.email} autocomplete="username" hidden />
          <Field id="current-password" label={t("account.currentPassword")}>
            <input
              id="current-password"
              name="current"
              type="password"
              autocomplete="current-password"
              required
            />
          </Field>
          <Field id="new-password" label={t("account.newPassword")} hint={model.passwordHint}>
            <input
              id="new-password"
              name="password"
              type="password"
              autocomplete="new-password"
              aria-describedby="new-password-hint"
              required
            />
          </Field>
          <Field id="repeat-password" label={t("account.repeatPassword")}>
            <input id="repeat-password" name="repeat" type="password" autocomplete="new-password" required />
          </Field>
          <p>
            <button type="submit" class="button">
              {t("account.password")}
            </button>
          </p>
        </form>
      </section>

      <section class="panel" aria-labelledby="totp-heading">
        <h2 id="totp-heading">{t("totp.heading")}</h2>
        <ErrorSummary id="totp-problems" title={t("form.problems")} messages={problemsOf("totp")} />
        {model.totp.enabled ? (
          <>
            <p>{t("totp.on", { date: model.totp.since ?? "" })}</p>
            {model.totp.requiredByRole ? (
              <p>{t("totp.requiredByRole")}</p>
            ) : (
              <form method="post" action="/admin/account/totp/disable" class="stack">
                {csrfField(shell.csrfToken)}
                <p>{t("totp.disableIntro")}</p>
                <Field id="disable-code" label={t("totp.code")}>
                  <input
                    id="disable-code"
                    name="code"
                    type="text"
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    maxlength={7}
                    required
                  />
                </Field>
                <p>
                  <button type="submit" class="button button--secondary">
                    {t("totp.disable")}
                  </button>
                </p>
              </form>
            )}
          </>
        ) : (
          <>
            <p>{t("totp.off")}</p>
            <p>
              <a href="/admin/account/totp" class="button">
                {t("totp.setup")}
              </a>
            </p>
          </>
        )}
      </section>
    </AdminLayout>
  );
}

/** Setting up TOTP: the key, the otpauth:// link, and the code that confirms it. */
export function TotpSetupPage(props: {
  shell: AdminShell;
  secret: string;
  uri: string;
  required: boolean;
  error: string | undefined;
}) {
  const { shell } = props;
  const { t } = shell;
  const grouped = props.secret.match(/.{1,4}/g)?.join(" ") ?? props.secret;
  return (
    <AdminLayout shell={shell} title={t("totp.setup")}>
      <div class="narrow">
        <h1>{t("totp.setup")}</h1>
        {props.required ? <p class="notice notice--info">{t("totp.requiredNotice")}</p> : null}
        <ErrorSummary title={t("form.problems")} messages={props.error ? [props.error] : []} />
        <p>{t("totp.setupIntro")}</p>
        <dl class="totp-key">
          <dt>{t("totp.secret")}</dt>
          <dd>
            <code class="secret">{grouped}</code>
          </dd>
          <dt>{t("totp.uri")}</dt>
          <dd>
            <a href={props.uri} class="break">
              {props.uri}
            </a>
          </dd>
        </dl>
        <form method="post" action="/admin/account/totp/enable" class="stack">
          {csrfField(shell.csrfToken)}
          <Field id="setup-code" label={t("totp.code")}>
            <input
              id="setup-code"
              name="code"
              type="text"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength={7}
              required
              autofocus
            />
          </Field>
          <p>
            <button type="submit" class="button">
              {t("totp.confirm")}
            </button>
          </p>
        </form>
      </div>
    </AdminLayout>
  );
}
