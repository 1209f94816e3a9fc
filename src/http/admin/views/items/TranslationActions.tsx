import type { EditorTranslation } from "../../../../commands/editorial/index.js";
import type { TranslationAction } from "../../../../domain/workflow.js";
import { isAdminStringKey, type AdminTranslate } from "../../../../i18n/admin.js";
import { formatDateTime } from "../../../../i18n/dateTimes.js";
import { csrfField } from "../forms.js";
import type { AdminShell } from "../shell.js";

/** Notices the item routes redirect with (`?notice=…`): the editor page and the list show them. */
const NOTICES = new Set([
  "submit",
  "return",
  "approve",
  "publish",
  "schedule",
  "unschedule",
  "unpublish",
  "reopen",
  "embargo",
  "lift",
  "release",
  "revoked",
  "restored",
  "unchanged",
  "deleted",
]);

/**
 * The text of a `?notice=` that the workflow, embargo, preview and delete routes redirect with, in the user's
 * language; undefined for anything else. Pages render it with `<Notice text={actionNoticeText(t, notice)} />`.
 */
export function actionNoticeText(t: AdminTranslate, notice: string | undefined): string | undefined {
  if (notice === undefined || !NOTICES.has(notice)) return undefined;
  const key = `workflow.done.${notice}`;
  return isAdminStringKey(key) ? t(key) : undefined;
}

/** A language's name in the interface's language ("English", "Русский"), else its code. */
export function languageName(t: AdminTranslate, lang: string): string {
  const key = `lang.${lang}`;
  return isAdminStringKey(key) ? t(key) : lang;
}

/** A moment as the back office shows it: in the site's time zone, which is named. */
export function When(props: { shell: AdminShell; at: string }) {
  return <time datetime={props.at}>{formatDateTime(props.at, props.shell.lang, props.shell.timezone)}</time>;
}

const SECONDARY: ReadonlySet<TranslationAction> = new Set(["return", "unschedule", "reopen"]);
const DANGER: ReadonlySet<TranslationAction> = new Set(["unpublish"]);

/**
 * One translation's place in the workflow: its state and the facts that go with it, then each action the
 * user may take now as its own small POST form (CSRF-protected), and the way to its revisions.
 */
export function TranslationActions(props: {
  shell: AdminShell;
  articleId: number;
  translation: EditorTranslation;
}) {
  const { shell, articleId, translation: tr } = props;
  const { t } = shell;
  const id = `workflow-${tr.id}`;
  const base = `/admin/items/${articleId}/translations/${tr.lang}`;
  const someone = (person: { name: string | null } | null) => person?.name ?? t("workflow.unknownUser");
  return (
    <section class="workflow" id={id} aria-labelledby={`${id}-title`} lang={shell.lang}>
      <h3 id={`${id}-title`}>
        {t("workflow.heading")}
        {/* Each language has one of these boxes: the hidden part tells their landmarks apart. */}
        <span class="visually-hidden"> ({languageName(t, tr.lang)})</span>
      </h3>
      <dl class="facts">
        <div>
          <dt>{t("workflow.state")}</dt>
          <dd>
            <span class={`badge badge--${tr.state}`}>{t(`workflow.state.${tr.state}`)}</span>
          </dd>
        </div>
        {tr.scheduledAt ? (
          <div>
            <dt>{t("workflow.scheduledFor")}</dt>
            <dd>
              <When shell={shell} at={tr.scheduledAt} />
            </dd>
          </div>
        ) : null}
        {tr.approvedBy !== null ? (
          <div>
            <dt>{t("workflow.approvedBy")}</dt>
            <dd>{someone(tr.approver)}</dd>
          </div>
        ) : null}
        {tr.reviewNote ? (
          <div>
            <dt>{t("workflow.reviewNote")}</dt>
            <dd class="break">{tr.reviewNote}</dd>
          </div>
        ) : null}
        {tr.firstPublishedAt ? (
          <div>
            <dt>{t("workflow.firstPublished")}</dt>
            <dd>
              <When shell={shell} at={tr.firstPublishedAt} />
            </dd>
          </div>
        ) : null}
        {tr.lastCorrection ? (
          <div>
            <dt>{t("workflow.lastCorrected")}</dt>
            <dd class="break">
              <When shell={shell} at={tr.lastCorrection.at} />: {tr.lastCorrection.note}
            </dd>
          </div>
        ) : null}
      </dl>
      {tr.actions.length === 0 ? (
        <p class="muted">{t("workflow.noActions")}</p>
      ) : (
        <div class="workflow__actions">
          {tr.actions.map((action) => (
            <ActionForm shell={shell} href={`${base}/transition`} idBase={id} action={action} />
          ))}
        </div>
      )}
      <p class="workflow__more">
        <a href={`${base}/revisions`}>{t("workflow.revisions")}</a>
      </p>
    </section>
  );
}

function ActionForm(props: { shell: AdminShell; href: string; idBase: string; action: TranslationAction }) {
  const { shell, action, idBase } = props;
  const { t } = shell;
  const field = `${idBase}-${action}`;
  const kind = DANGER.has(action) ? " button--danger" : SECONDARY.has(action) ? " button--secondary" : "";
  return (
    <form method="post" action={props.href} class="workflow__form">
      {csrfField(shell.csrfToken)}
      <input type="hidden" name="action" value={action} />
      {action === "return" || action === "approve" ? (
        <div class="field">
          <label for={`${field}-note`}>
            {t(action === "return" ? "workflow.returnNote" : "workflow.approveNote")}
          </label>
          <textarea
            id={`${field}-note`}
            name="note"
            rows={2}
            maxlength={2000}
            required={action === "return"}
          ></textarea>
        </div>
      ) : null}
      {action === "schedule" ? (
        <div class="field">
          <label for={`${field}-at`}>{t("workflow.scheduleAt", { zone: shell.timezone })}</label>
          <input id={`${field}-at`} name="at" type="datetime-local" required />
        </div>
      ) : null}
      <button type="submit" class={`button button--small${kind}`}>
        {t(`workflow.action.${action}`)}
      </button>
    </form>
  );
}
