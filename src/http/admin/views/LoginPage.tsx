import { AdminLayout } from "./AdminLayout.js";
import { csrfField, ErrorSummary, Field, Notice } from "./forms.js";
import type { AdminShell } from "./shell.js";

export interface LoginModel {
  email: string;
  /** Where to go after signing in (already checked to be a back-office path). */
  next: string | undefined;
  error: string | undefined;
  notice: string | undefined;
  /** Links to this page in the other interface languages. */
  languages: { code: string; name: string; href: string }[];
}

/** The sign-in form: e-mail and password, with the error of the last attempt. */
export function LoginPage(props: { shell: AdminShell; model: LoginModel }) {
  const { shell, model } = props;
  const { t } = shell;
  return (
    <AdminLayout shell={shell} title={t("login.title")}>
      <div class="narrow">
        <h1>{t("login.title")}</h1>
        <p>{t("login.intro")}</p>
        <Notice text={model.notice} />
        <ErrorSummary title={t("form.problems")} messages={model.error ? [model.error] : []} />
        <form method="post" action={`/admin/login?lang=${shell.lang}`} class="stack">
          {csrfField(shell.csrfToken)}
          {model.next ? <input type="hidden" name="next" value={model.next} /> : null}
          <Field id="email" label={t("login.email")}>
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="username"
              required
              value={model.email}
              autofocus={model.email === ""}
            />
          </Field>
          <Field id="password" label={t("login.password")}>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
              autofocus={model.email !== ""}
            />
          </Field>
          <p>
            <button type="submit" class="button">
              {t("login.submit")}
            </button>
          </p>
        </form>
        <nav class="lang-choice" aria-label={t("login.language")}>
          <ul>
            {model.languages.map((l) =>
              l.code === shell.lang ? (
                <li>
                  <span aria-current="true" lang={l.code}>
                    {l.name}
                  </span>
                </li>
              ) : (
                <li>
                  <a href={l.href} lang={l.code} hreflang={l.code}>
                    {l.name}
                  </a>
                </li>
              ),
            )}
          </ul>
        </nav>
      </div>
    </AdminLayout>
  );
}

/** The second step of signing in: the TOTP code. */
export function CodePage(props: { shell: AdminShell; next: string | undefined; error: string | undefined }) {
  const { shell } = props;
  const { t } = shell;
  return (
    <AdminLayout shell={shell} title={t("code.title")}>
      <div class="narrow">
        <h1>{t("code.title")}</h1>
        <ErrorSummary title={t("form.problems")} messages={props.error ? [props.error] : []} />
        <form method="post" action={`/admin/login/code?lang=${shell.lang}`} class="stack">
          {csrfField(shell.csrfToken)}
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <Field id="code" label={t("code.label")} hint={t("code.hint")}>
            <input
              id="code"
              name="code"
              type="text"
              inputmode="numeric"
              pattern="[0-9 ]{6,7}"
              maxlength={7}
              autocomplete="one-time-code"
              aria-describedby="code-hint"
              required
              autofocus
            />
          </Field>
          <p>
            <button type="submit" class="button">
              {t("code.submit")}
            </button>
          </p>
        </form>
        <form method="post" action="/admin/logout">
          {csrfField(shell.csrfToken)}
          <button type="submit" class="link-button">
            {t("code.startOver")}
          </button>
        </form>
      </div>
    </AdminLayout>
  );
}
