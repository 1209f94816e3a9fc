import type { Option, StateBadgeModel } from "./types.js";

/** A translation's state in words (never colour alone); the class only adds a tint. */
export function StateBadge(props: { badge: StateBadgeModel }) {
  return <span class={`badge badge--${props.badge.state}`}>{props.badge.label}</span>;
}

/** A problem tied to the field it concerns: the summary links to that field's id. */
export interface LinkedProblem {
  /** The id of the field to focus, or "" when the problem concerns no one field. */
  field: string;
  message: string;
}

/**
 * The list of what is wrong with a submitted form, each item a link to its field, announced as soon as the page
 * shows it. Renders nothing when there are no problems.
 */
export function ProblemSummary(props: { id: string; title: string; problems: readonly LinkedProblem[] }) {
  if (props.problems.length === 0) return null;
  return (
    <div class="notice notice--error" role="alert" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h2 id={`${props.id}-title`} class="notice__title">
        {props.title}
      </h2>
      <ul>
        {props.problems.map((p) => (
          <li>{p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The `<option>`s of a select, with the given value chosen. */
export function Options(props: { options: readonly Option[]; selected: string | readonly string[] }) {
  const chosen = typeof props.selected === "string" ? [props.selected] : props.selected;
  return (
    <>
      {props.options.map((o) => (
        <option value={o.value} selected={chosen.includes(o.value)}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/** The id of a field's error message, for aria-describedby, when the field has a problem. */
export function problemIdOf(problems: readonly LinkedProblem[], field: string): string | undefined {
  return problems.some((p) => p.field === field) ? `${field}-problem` : undefined;
}

/** The field's own error message under its label, when it has one. */
export function FieldProblem(props: { problems: readonly LinkedProblem[]; field: string }) {
  const messages = props.problems.filter((p) => p.field === props.field).map((p) => p.message);
  if (messages.length === 0) return null;
  return (
    <p class="field__problem" id={`${props.field}-problem`}>
      {messages.join(" ")}
    </p>
  );
}
