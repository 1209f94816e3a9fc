import { raw } from "hono/html";
import type { AdminShell } from "../shell.js";
import type { ConflictView } from "./types.js";

type Text = ConflictView["theirs"];

/**
 * Someone else's save beside the refused one, so that nothing is lost: their version as it is stored now, and the
 * text that was sent (also still in the form below). Bodies are sanitized HTML (stored, or as it would have been).
 */
export function ConflictPanel(props: {
  shell: AdminShell;
  lang: string;
  articleId: number;
  view: ConflictView;
}) {
  const { shell, lang, view } = props;
  const { t } = shell;
  const id = `conflict-${lang}`;
  return (
    <section
      class="conflict notice notice--error"
      id={id}
      aria-labelledby={`${id}-title`}
      data-conflict={lang}
      data-theirs={JSON.stringify(view.theirs)}
    >
      <h3 id={`${id}-title`} class="notice__title">
        {t("editor.conflict.title")}
      </h3>
      <p>{t("editor.conflict.intro")}</p>
      <div class="conflict__versions">
        <Version shell={shell} lang={lang} heading={view.theirsHeading} text={view.theirs} />
        <Version shell={shell} lang={lang} heading={t("editor.conflict.yours")} text={view.yours} />
      </div>
      <p class="conflict__actions">
        <button type="button" class="button button--secondary" data-use-theirs={lang} hidden>
          {t("editor.conflict.useTheirs")}
        </button>{" "}
        <button type="button" class="button" data-keep-mine={lang} hidden>
          {t("editor.conflict.keepMine")}
        </button>{" "}
        <a href={`/admin/items/${props.articleId}#column-${lang}`}>{t("editor.conflict.reload")}</a>
      </p>
    </section>
  );
}

function Version(props: { shell: AdminShell; lang: string; heading: string; text: Partial<Text> }) {
  const { text } = props;
  const { t } = props.shell;
  const missing = <span class="muted">{t("editor.conflict.unchanged")}</span>;
  return (
    <div class="conflict__version">
      <h4>{props.heading}</h4>
      <dl>
        <dt>{t("editor.fieldTitle")}</dt>
        <dd lang={props.lang}>{text.title ?? missing}</dd>
        <dt>{t("editor.slug")}</dt>
        <dd>{text.slug ?? missing}</dd>
        <dt>{t("editor.lead")}</dt>
        <dd lang={props.lang}>{text.lead ?? missing}</dd>
        <dt>{t("editor.place")}</dt>
        <dd lang={props.lang}>{text.place ?? missing}</dd>
        <dt>{t("editor.body")}</dt>
        <dd lang={props.lang} class="conflict__body">
          {text.bodyHtml === undefined ? missing : raw(text.bodyHtml)}
        </dd>
      </dl>
    </div>
  );
}
