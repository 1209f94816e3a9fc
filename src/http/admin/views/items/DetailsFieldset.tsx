import type { AdminShell } from "../shell.js";
import { FieldProblem, Options, problemIdOf, type LinkedProblem } from "./parts.js";
import type { DetailsModel } from "./types.js";

/**
 * The fields every language shares, above the language columns. They belong (through the `form` attribute) to the
 * first language's form, so that its Save button sends them without scripts; with scripts, the other languages'
 * saves and the autosave send them too. Locked unless the member may edit every language.
 */
export function DetailsFieldset(props: {
  shell: AdminShell;
  model: DetailsModel;
  problems: LinkedProblem[];
}) {
  const { shell, model, problems } = props;
  const { t } = shell;
  const v = model.values;
  const form = model.formId;
  const off = !model.editable;
  const describedBy = (id: string, hint?: string) =>
    [hint, problemIdOf(problems, id)].filter((x) => x !== undefined).join(" ") || undefined;
  return (
    <fieldset class="fieldset details" id="item-details" disabled={off}>
      <legend>{t("editor.details")}</legend>
      {/* Tells the server that these fields were sent, so that an empty people list means "nobody". */}
      <input type="hidden" name="details" value="1" form={form} />
      <p class="field__hint" id="item-details-hint">
        {off ? t("editor.detailsLocked") : t("editor.detailsHint")}
      </p>
      <div class="details__grid">
        <div class="field">
          <label for="item-section">{t("items.section")}</label>
          <FieldProblem problems={problems} field="item-section" />
          <select
            id="item-section"
            name="sectionId"
            form={form}
            data-detail="sectionId"
            aria-describedby={describedBy("item-section")}
          >
            <Options options={model.sections} selected={v.sectionId} />
          </select>
        </div>
        <div class="field">
          <label for="item-kind">{t("items.kind")}</label>
          <FieldProblem problems={problems} field="item-kind" />
          <select
            id="item-kind"
            name="kind"
            form={form}
            data-detail="kind"
            aria-describedby={describedBy("item-kind")}
          >
            <Options options={model.kinds} selected={v.kind} />
          </select>
        </div>
        <div class="field">
          <label for="item-published">{t("newItem.publishedAt")}</label>
          <p class="field__hint" id="item-published-hint">
            {t("editor.publishedAtHint", { zone: model.timezone })}
          </p>
          <FieldProblem problems={problems} field="item-published" />
          <input
            id="item-published"
            name="publishedAt"
            type="datetime-local"
            form={form}
            data-detail="publishedAt"
            value={v.publishedAt}
            aria-describedby={describedBy("item-published", "item-published-hint")}
          />
        </div>
        <div class="field">
          <label for="item-event-start">{t("editor.eventStart")}</label>
          <FieldProblem problems={problems} field="item-event-start" />
          <input
            id="item-event-start"
            name="eventStart"
            type="date"
            form={form}
            data-detail="eventStart"
            value={v.eventStart}
            aria-describedby={describedBy("item-event-start")}
          />
        </div>
        <div class="field">
          <label for="item-event-end">{t("editor.eventEnd")}</label>
          <FieldProblem problems={problems} field="item-event-end" />
          <input
            id="item-event-end"
            name="eventEnd"
            type="date"
            form={form}
            data-detail="eventEnd"
            value={v.eventEnd}
            aria-describedby={describedBy("item-event-end")}
          />
        </div>
        <div class="field details__people">
          <label for="item-people">{t("editor.people")}</label>
          <p class="field__hint" id="item-people-hint">
            {t("editor.peopleHint")}
          </p>
          <FieldProblem problems={problems} field="item-people" />
          <select
            id="item-people"
            name="peopleIds"
            multiple
            size={Math.min(6, Math.max(3, model.people.length))}
            form={form}
            data-detail="peopleIds"
            aria-describedby={describedBy("item-people", "item-people-hint")}
          >
            <Options options={model.people} selected={v.peopleIds} />
          </select>
        </div>
      </div>
    </fieldset>
  );
}
