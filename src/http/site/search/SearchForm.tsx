import type { Translate } from "../../../i18n/strings.js";
import type { Choice, SearchFormView } from "./presenter.js";

/** A labelled drop-down whose first option means "no filter". */
function Select(props: {
  id: string;
  name: string;
  label: string;
  any: string;
  choices: Choice[];
  value?: string;
}) {
  return (
    <p class="search-field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        <option value="">{props.any}</option>
        {props.choices.map((c) => (
          <option value={c.value} selected={c.value === props.value}>
            {c.label}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * A plain GET form, so that a search works without JavaScript and every search has an address to share. The
 * filters fold away under a disclosure until one of them is used.
 */
export function SearchForm(props: { t: Translate; form: SearchFormView }) {
  const { t, form } = props;
  const { state } = form;
  return (
    <form class="search-form" action={form.action} method="get" role="search">
      <label class="search-form__label" for="search-q">
        {t("search.label")}
      </label>
      <div class="search-form__row">
        <input type="search" id="search-q" name="q" value={state.q} autocomplete="off" />
        <button type="submit">{t("search.submit")}</button>
      </div>
      <details class="search-filters" open={form.filtersOpen}>
        <summary>{t("search.filters")}</summary>
        <div class="search-filters__fields">
          <Select
            id="search-section"
            name="section"
            label={t("search.section")}
            any={t("search.anySection")}
            choices={form.sections}
            value={state.section}
          />
          <Select
            id="search-kind"
            name="kind"
            label={t("search.kind")}
            any={t("search.anyKind")}
            choices={form.kinds}
            value={state.kind}
          />
          <p class="search-field">
            <label for="search-from">{t("search.from")}</label>
            <input type="date" id="search-from" name="from" value={state.from} />
          </p>
          <p class="search-field">
            <label for="search-to">{t("search.to")}</label>
            <input type="date" id="search-to" name="to" value={state.to} />
          </p>
          <Select
            id="search-person"
            name="person"
            label={t("search.person")}
            any={t("search.anyPerson")}
            choices={form.people}
            value={state.person}
          />
          <p class="search-field">
            <label for="search-order">{t("search.order")}</label>
            <select id="search-order" name="order">
              <option value="relevance" selected={state.order === "relevance"}>
                {t("search.order.relevance")}
              </option>
              <option value="date" selected={state.order === "date"}>
                {t("search.order.date")}
              </option>
            </select>
          </p>
        </div>
        <p>
          <button type="submit">{t("search.submit")}</button>
        </p>
      </details>
    </form>
  );
}
