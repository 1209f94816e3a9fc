import { AdminLayout } from "./AdminLayout.js";
import { csrfField, ErrorSummary, Field, Notice } from "./forms.js";
import type { AdminShell } from "./shell.js";

export interface SectionLanguage {
  code: string;
  name: string;
}

export interface SectionRow {
  id: number;
  depth: number;
  position: number;
  /** The section's name in the interface language (or the first one it has), for labels. */
  name: string;
  translations: Record<string, { title: string; path: string } | undefined>;
}

export interface SectionFormValues {
  parentId: string;
  position: string;
  translations: Record<string, { title: string; slug: string }>;
}

export interface SectionsModel {
  languages: SectionLanguage[];
  /** In tree order: each section followed by the sections under it. */
  rows: SectionRow[];
  notice: string | undefined;
  problems: string[];
  form: SectionFormValues;
}

/** Administrators' tree of the site's sections, with their titles and addresses in every language. */
export function SectionsPage(props: { shell: AdminShell; model: SectionsModel }) {
  const { shell, model } = props;
  const { t } = shell;
  return (
    <AdminLayout shell={shell} title={t("sections.title")}>
      <h1>{t("sections.title")}</h1>
      <Notice text={model.notice} />
      <ErrorSummary title={t("form.problems")} messages={model.problems} />
      <div class="table-wrap">
        <table class="data">
          <caption>{t("sections.tree")}</caption>
          <thead>
            <tr>
              {model.languages.map((l) => (
                <th scope="col">{t("sections.titleIn", { language: l.name })}</th>
              ))}
              {model.languages.map((l) => (
                <th scope="col">{t("sections.pathIn", { language: l.name })}</th>
              ))}
              <th scope="col">{t("sections.position")}</th>
              <th scope="col">{t("sections.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr>
                {model.languages.map((l, i) => {
                  const tr = row.translations[l.code];
                  const indent = `${"— ".repeat(row.depth)}`;
                  const text = (
                    <>
                      {row.depth > 0 ? <span aria-hidden="true">{indent}</span> : null}
                      <span lang={l.code}>{tr?.title ?? ""}</span>
                    </>
                  );
                  return i === 0 ? <th scope="row">{text}</th> : <td>{text}</td>;
                })}
                {model.languages.map((l) => {
                  const tr = row.translations[l.code];
                  return (
                    <td>
                      {tr ? (
                        <a href={`/${l.code}/${tr.path}/`} lang={l.code}>
                          <code>{tr.path}</code>
                        </a>
                      ) : null}
                    </td>
                  );
                })}
                <td>{row.position}</td>
                <td>
                  <a
                    href={`/admin/sections/${row.id}`}
                    class="button button--small button--secondary"
                    aria-label={t("sections.editLabel", { name: row.name })}
                  >
                    {t("sections.edit")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section class="panel" aria-labelledby="create-heading">
        <h2 id="create-heading">{t("sections.create")}</h2>
        <form method="post" action="/admin/sections" class="stack">
          {csrfField(shell.csrfToken)}
          <Field id="new-parent" label={t("sections.parent")}>
            <select id="new-parent" name="parentId">
              <option value="" selected={model.form.parentId === ""}>
                {t("sections.noParent")}
              </option>
              {model.rows.map((row) => (
                <option value={String(row.id)} selected={model.form.parentId === String(row.id)}>
                  {`${"— ".repeat(row.depth)}${row.name}`}
                </option>
              ))}
            </select>
          </Field>
          <SectionFields shell={shell} languages={model.languages} values={model.form} prefix="new" />
          <p>
            <button type="submit" class="button">
              {t("sections.createSubmit")}
            </button>
          </p>
        </form>
      </section>
    </AdminLayout>
  );
}

/** The title and slug in every language, then the position: shared by the create and edit forms. */
export function SectionFields(props: {
  shell: AdminShell;
  languages: SectionLanguage[];
  values: SectionFormValues;
  prefix: string;
}) {
  const { shell, languages, values, prefix } = props;
  const { t } = shell;
  return (
    <>
      {languages.map((l) => {
        const v = values.translations[l.code] ?? { title: "", slug: "" };
        return (
          <fieldset class="stack">
            <legend>{l.name}</legend>
            <Field id={`${prefix}-title-${l.code}`} label={t("sections.titleIn", { language: l.name })}>
              <input
                id={`${prefix}-title-${l.code}`}
                name={`title_${l.code}`}
                type="text"
                lang={l.code}
                required
                maxlength={200}
                value={v.title}
              />
            </Field>
            <Field
              id={`${prefix}-slug-${l.code}`}
              label={t("sections.slugIn", { language: l.name })}
              hint={t("sections.slugHint")}
            >
              <input
                id={`${prefix}-slug-${l.code}`}
                name={`slug_${l.code}`}
                type="text"
                required
                maxlength={255}
                autocomplete="off"
                spellcheck={false}
                aria-describedby={`${prefix}-slug-${l.code}-hint`}
                value={v.slug}
              />
            </Field>
          </fieldset>
        );
      })}
      <Field id={`${prefix}-position`} label={t("sections.position")} hint={t("sections.positionHint")}>
        <input
          id={`${prefix}-position`}
          name="position"
          type="number"
          min={0}
          step={1}
          required
          aria-describedby={`${prefix}-position-hint`}
          value={values.position}
        />
      </Field>
    </>
  );
}
