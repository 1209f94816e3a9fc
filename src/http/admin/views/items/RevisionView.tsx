import { raw } from "hono/html";
import type { AdminStringKey } from "../../../../i18n/admin.js";
import { AdminLayout } from "../AdminLayout.js";
import { csrfField } from "../forms.js";
import type { AdminShell } from "../shell.js";
import { fill, ItemTitle, RevisionNav, type RevisionHeader } from "./RevisionList.js";
import { When } from "./TranslationActions.js";

export interface RevisionModel {
  version: number;
  title: string;
  lead: string;
  /** Sanitized when it was saved; shown as readers would have seen it. */
  bodyHtml: string;
  slug: string;
  place: string | null;
  signatureText: string | null;
  createdAt: string;
  by: string;
  state: string;
}

/** The restore form: a save based on the translation's current version; published text offers a correction. */
export interface RestoreModel {
  action: string;
  baseVersion: number;
  correction: boolean;
}

/** One version of a translation in full: its fields, its text as rendered, and the way to restore it. */
export function RevisionPage(props: {
  shell: AdminShell;
  header: RevisionHeader;
  revision: RevisionModel;
  isCurrent: boolean;
  compareHref: string | undefined;
  restore: RestoreModel | undefined;
}) {
  const { shell, header, revision: r, restore } = props;
  const { t } = shell;
  const title = t("revision.title", { n: r.version, title: r.title, language: header.languageName });
  const content = header.lang !== shell.lang ? header.lang : undefined;
  const field = (label: AdminStringKey, value: string | null) => (
    <div>
      <dt>{t(label)}</dt>
      <dd class="break">
        {value === null || value === "" ? <span lang={shell.lang}>{t("revision.none")}</span> : value}
      </dd>
    </div>
  );
  return (
    <AdminLayout shell={shell} title={title}>
      <h1 class="break">
        {fill(t("revision.title"), {
          n: String(r.version),
          title: <ItemTitle shell={shell} header={{ ...header, title: r.title }} />,
          language: header.languageName,
        })}
      </h1>
      <RevisionNav shell={shell} header={header} withList={true} />
      <p>
        {fill(t("revision.meta"), {
          time: <When shell={shell} at={r.createdAt} />,
          name: r.by,
          state: r.state,
        })}
      </p>
      {props.isCurrent ? <p class="notice notice--info">{t("revision.current")}</p> : null}
      {props.compareHref ? (
        <p>
          <a href={props.compareHref}>{t("revisions.compareWithPrevious")}</a>
        </p>
      ) : null}
      <dl class="facts revision-fields" lang={content}>
        {field("revision.field.title", r.title)}
        {field("revision.field.lead", r.lead)}
        {field("revision.field.slug", r.slug)}
        {field("revision.field.place", r.place)}
        {field("revision.field.signature", r.signatureText)}
      </dl>
      <section class="panel" aria-labelledby="revision-body-title">
        <h2 id="revision-body-title">{t("revision.field.body")}</h2>
        <div class="revision-body" lang={content}>
          {raw(r.bodyHtml)}
        </div>
      </section>
      {props.isCurrent ? null : restore ? (
        <RestoreForm shell={shell} restore={restore} />
      ) : (
        <p class="muted">{t("revision.cannotRestore")}</p>
      )}
    </AdminLayout>
  );
}

function RestoreForm(props: { shell: AdminShell; restore: RestoreModel }) {
  const { shell, restore } = props;
  const { t } = shell;
  return (
    <section class="panel" aria-labelledby="restore-title">
      <h2 id="restore-title">{t("revision.restoreHeading")}</h2>
      <p class="muted">{t("revision.restoreHint")}</p>
      <form method="post" action={restore.action} class="stack">
        {csrfField(shell.csrfToken)}
        <input type="hidden" name="baseVersion" value={String(restore.baseVersion)} />
        {restore.correction ? (
          <fieldset class="correction-choice">
            <legend>{t("revisions.correction")}</legend>
            <div class="check">
              <input id="restore-correction" name="correction" type="checkbox" value="yes" />
              <label for="restore-correction">{t("revision.asCorrection")}</label>
            </div>
            <div class="field">
              <label for="restore-note">{t("revision.correctionNote")}</label>
              <p class="field__hint" id="restore-note-hint">
                {t("revision.correctionHint")}
              </p>
              <textarea
                id="restore-note"
                name="note"
                rows={2}
                maxlength={2000}
                aria-describedby="restore-note-hint"
              ></textarea>
            </div>
          </fieldset>
        ) : null}
        <p>
          <button type="submit" class="button">
            {t("revision.restore")}
          </button>
        </p>
      </form>
    </section>
  );
}
