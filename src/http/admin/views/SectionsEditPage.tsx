import { AdminLayout } from "./AdminLayout.js";
import { csrfField, ErrorSummary, Notice } from "./forms.js";
import { SectionFields, type SectionFormValues, type SectionLanguage } from "./SectionsPage.js";
import type { AdminShell } from "./shell.js";

export interface SectionEditModel {
  id: number;
  name: string;
  languages: SectionLanguage[];
  /** The section's current public addresses, per language. */
  paths: Record<string, string | undefined>;
  notice: string | undefined;
  problems: string[];
  form: SectionFormValues;
}

/** One section's titles, slugs and position. */
export function SectionsEditPage(props: { shell: AdminShell; model: SectionEditModel }) {
  const { shell, model } = props;
  const { t } = shell;
  const title = t("sections.editTitle", { name: model.name });
  return (
    <AdminLayout shell={shell} title={title}>
      <p>
        <a href="/admin/sections">{t("sections.backToList")}</a>
      </p>
      <h1>{title}</h1>
      <Notice text={model.notice} />
      <ErrorSummary title={t("form.problems")} messages={model.problems} />
      <ul>
        {model.languages.map((l) => {
          const path = model.paths[l.code];
          return path === undefined ? null : (
            <li>
              <a href={`/${l.code}/${path}/`}>{t("sections.public", { language: l.name })}</a>
            </li>
          );
        })}
      </ul>
      <form method="post" action={`/admin/sections/${model.id}`} class="stack">
        {csrfField(shell.csrfToken)}
        <SectionFields shell={shell} languages={model.languages} values={model.form} prefix="edit" />
        <p>
          <button type="submit" class="button">
            {t("form.save")}
          </button>
        </p>
      </form>
    </AdminLayout>
  );
}
