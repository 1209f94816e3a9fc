import { AdminLayout } from "../AdminLayout.js";
import { csrfField } from "../forms.js";
import type { AdminShell } from "../shell.js";
import { FieldProblem, Options, ProblemSummary, problemIdOf } from "./parts.js";
import type { NewItemModel } from "./types.js";

/** Starting an item: where it goes, what it is, when it is dated, and a title in one language or more. */
export function NewItemPage(props: { shell: AdminShell; model: NewItemModel }) {
  const { shell, model } = props;
  const { t } = shell;
  const v = model.values;
  const described = (field: string, hint?: string) =>
    [hint, problemIdOf(model.problems, field)].filter((id) => id !== undefined).join(" ") || undefined;
  return (
    <AdminLayout shell={shell} title={t("newItem.title")}>
      <h1>{t("newItem.title")}</h1>
      <p>{t("newItem.intro")}</p>
      <ProblemSummary id="problems" title={t("form.problems")} problems={model.problems} />
      <form method="post" action="/admin/items" class="panel stack new-item" novalidate>
        {csrfField(shell.csrfToken)}
        <div class="field">
          <label for="new-section">{t("items.section")}</label>
          <FieldProblem problems={model.problems} field="new-section" />
          <select id="new-section" name="sectionId" aria-describedby={described("new-section")}>
            <Options options={model.sections} selected={v.sectionId} />
          </select>
        </div>
        <div class="field">
          <label for="new-kind">{t("items.kind")}</label>
          <FieldProblem problems={model.problems} field="new-kind" />
          <select id="new-kind" name="kind" aria-describedby={described("new-kind")}>
            <Options options={model.kinds} selected={v.kind} />
          </select>
        </div>
        <div class="field">
          <label for="new-published">{t("newItem.publishedAt")}</label>
          <p class="field__hint" id="new-published-hint">
            {t("newItem.publishedAtHint", { zone: model.timezone })}
          </p>
          <FieldProblem problems={model.problems} field="new-published" />
          <input
            id="new-published"
            name="publishedAt"
            type="datetime-local"
            value={v.publishedAt}
            aria-describedby={described("new-published", "new-published-hint")}
          />
        </div>
        <fieldset class="fieldset">
          <legend>{t("newItem.titles")}</legend>
          <FieldProblem problems={model.problems} field="new-titles" />
          {model.languages.map((l, i) => {
            const id = i === 0 ? "new-titles" : `new-title-${l.code}`;
            return (
              <div class="field">
                <label for={id}>{t("newItem.titleIn", { language: l.name })}</label>
                <input
                  id={id}
                  name={`title_${l.code}`}
                  type="text"
                  lang={l.code}
                  maxlength={500}
                  value={v.titles[l.code] ?? ""}
                  aria-describedby={i === 0 ? described("new-titles") : undefined}
                />
              </div>
            );
          })}
        </fieldset>
        <p>
          <button type="submit" class="button">
            {t("newItem.submit")}
          </button>
        </p>
      </form>
    </AdminLayout>
  );
}
