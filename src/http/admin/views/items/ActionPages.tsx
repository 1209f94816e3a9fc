import { AdminLayout } from "../AdminLayout.js";
import { csrfField } from "../forms.js";
import type { AdminShell } from "../shell.js";

/** A workflow, embargo, preview or restore action that was refused: why, in the user's language, and a way back. */
export function ActionRefusedPage(props: { shell: AdminShell; text: string; backHref: string }) {
  const { shell } = props;
  const { t } = shell;
  return (
    <AdminLayout shell={shell} title={t("refusal.title")}>
      <div class="narrow">
        <h1>{t("refusal.title")}</h1>
        <p class="notice notice--error" role="alert">
          {props.text}
        </p>
        <p>
          <a href={props.backHref}>{t("refusal.back")}</a>
        </p>
      </div>
    </AdminLayout>
  );
}

/** The confirmation step of deleting an item: a real page with a POST form, so no script is needed. */
export function DeleteConfirmPage(props: {
  shell: AdminShell;
  action: string;
  cancelHref: string;
  title: string;
  /** The language of the item's title, when it differs from the interface's. */
  titleLang: string | undefined;
}) {
  const { shell } = props;
  const { t } = shell;
  const [before = "", after = ""] = t("delete.title").split("{title}");
  const heading = t("delete.title", { title: props.title });
  return (
    <AdminLayout shell={shell} title={heading}>
      <div class="narrow">
        <h1>
          {before}
          <span lang={props.titleLang !== shell.lang ? props.titleLang : undefined}>{props.title}</span>
          {after}
        </h1>
        <p>{t("delete.text")}</p>
        <form method="post" action={props.action} class="inline-form">
          {csrfField(shell.csrfToken)}
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class="button button--danger">
            {t("delete.confirm")}
          </button>
          <a class="button button--secondary" href={props.cancelHref}>
            {t("delete.cancel")}
          </a>
        </form>
      </div>
    </AdminLayout>
  );
}

/**
 * A new preview link, shown this once: the address in a read-only field (selectable without a script) and a
 * copy button that the back office's script reveals and wires up (`data-copy-from` names the field).
 */
export function PreviewCreatedPage(props: {
  shell: AdminShell;
  url: string;
  label: string;
  expires: { iso: string; text: string };
  backHref: string;
}) {
  const { shell } = props;
  const { t } = shell;
  const [before = "", after = ""] = t("previews.created.expires").split("{time}");
  return (
    <AdminLayout shell={shell} title={t("previews.created.title")}>
      <div class="narrow">
        <h1>{t("previews.created.title")}</h1>
        <p class="notice notice--ok" role="status">
          {t("previews.created.text", { label: props.label })}
        </p>
        <div class="field">
          <label for="preview-url">{t("previews.created.url")}</label>
          <input
            id="preview-url"
            class="preview-url"
            type="text"
            readonly
            value={props.url}
            spellcheck={false}
            autocomplete="off"
          />
        </div>
        <p class="copy-row">
          <button
            type="button"
            class="button button--small"
            data-copy-from="preview-url"
            data-copied-text={t("previews.copied")}
            hidden
          >
            {t("previews.copy")}
          </button>
          <span class="copy-status" role="status"></span>
        </p>
        <p>
          {before}
          <time datetime={props.expires.iso}>{props.expires.text}</time>
          {after}
        </p>
        <p>
          <a href={props.backHref}>{t("refusal.back")}</a>
        </p>
      </div>
    </AdminLayout>
  );
}
