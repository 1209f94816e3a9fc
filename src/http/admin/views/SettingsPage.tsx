import { AdminLayout } from "./AdminLayout.js";
import { csrfField, Notice } from "./forms.js";
import type { AdminShell } from "./shell.js";

export interface SettingsModel {
  authorMayNotApprove: boolean;
  notice: string | undefined;
}

/** The settings an administrator may change. */
export function SettingsPage(props: { shell: AdminShell; model: SettingsModel }) {
  const { shell, model } = props;
  const { t } = shell;
  return (
    <AdminLayout shell={shell} title={t("settings.title")}>
      <h1>{t("settings.title")}</h1>
      <Notice text={model.notice} />
      <form method="post" action="/admin/settings" class="stack">
        {csrfField(shell.csrfToken)}
        <fieldset class="stack">
          <legend>{t("settings.workflow")}</legend>
          <div class="field field--checkbox">
            <input
              id="author-may-not-approve"
              name="authorMayNotApprove"
              type="checkbox"
              value="on"
              checked={model.authorMayNotApprove}
              aria-describedby="author-may-not-approve-hint"
            />
            <label for="author-may-not-approve">{t("settings.authorMayNotApprove")}</label>
            <p class="field__hint" id="author-may-not-approve-hint">
              {t("settings.authorMayNotApproveHint")}
            </p>
          </div>
        </fieldset>
        <p>
          <button type="submit" class="button">
            {t("form.save")}
          </button>
        </p>
      </form>
    </AdminLayout>
  );
}
