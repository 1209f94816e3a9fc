import type { Child } from "hono/jsx";

/** The hidden field every back-office form carries: csrfField(c.get("csrfToken")). */
export function csrfField(token: string | undefined) {
  return token === undefined ? null : <input type="hidden" name="_csrf" value={token} />;
}

/** The same as a component: <CsrfField token={c.get("csrfToken")} />. */
export function CsrfField(props: { token: string | undefined }) {
  return csrfField(props.token);
}

/**
 * A list of what is wrong with a submitted form, announced to screen readers as soon as the page shows it.
 * Renders nothing when there are no problems.
 */
export function ErrorSummary(props: { title: string; messages: readonly string[]; id?: string }) {
  if (props.messages.length === 0) return null;
  const id = props.id ?? "problems";
  return (
    <div class="notice notice--error" role="alert" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`} class="notice__title">
        {props.title}
      </h2>
      <ul>
        {props.messages.map((m) => (
          <li>{m}</li>
        ))}
      </ul>
    </div>
  );
}

/** A short confirmation after something was done (a polite live region). */
export function Notice(props: { text: string | undefined }) {
  if (!props.text) return null;
  return (
    <p class="notice notice--ok" role="status">
      {props.text}
    </p>
  );
}

/** A labelled field: the label, an optional hint tied to the input, then the input itself. */
export function Field(props: { id: string; label: string; hint?: string | undefined; children: Child }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}
