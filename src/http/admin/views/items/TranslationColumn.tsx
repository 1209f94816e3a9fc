import type { EditorTranslation } from "../../../../commands/editorial/index.js";
import { csrfField } from "../forms.js";
import type { AdminShell } from "../shell.js";
import { ConflictPanel } from "./ConflictPanel.js";
import { FieldProblem, Options, problemIdOf, StateBadge } from "./parts.js";
import { TranslationActions } from "./TranslationActions.js";
import type { EditorColumn } from "./types.js";

/**
 * One language of an item: its own form (title, address, lead, text, place, signature, and for published text the
 * correction choice), then the preview link and the workflow actions, which are forms of their own and so sit after
 * this one. Works without scripts; with them the text area becomes a rich-text editor and drafts save themselves.
 */
export function TranslationColumn(props: {
  shell: AdminShell;
  articleId: number;
  column: EditorColumn;
  translation: EditorTranslation | undefined;
}) {
  const { shell, column: col, translation } = props;
  const { t } = shell;
  const lang = col.lang;
  const id = (field: string) => `${lang}-${field}`;
  const problems = col.problems;
  const describedBy = (field: string, ...hints: string[]) =>
    [...hints, problemIdOf(problems, id(field))].filter((x) => x !== undefined).join(" ") || undefined;
  const readOnly = !col.editable;
  const v = col.values;
  return (
    <section class="editor-column" id={`column-${lang}`} aria-labelledby={id("heading")}>
      <h2 id={id("heading")} class="editor-column__heading">
        {col.language}
        {col.badge ? (
          <>
            {" "}
            <StateBadge badge={col.badge} />
          </>
        ) : null}
      </h2>
      {col.lastSaved ? <p class="muted editor-column__meta">{col.lastSaved}</p> : null}
      {col.outOfDate ? <p class="marker marker--block">{t("editor.outOfDate")}</p> : null}
      {col.exists && readOnly ? <p class="notice notice--info">{t("editor.readOnly")}</p> : null}
      {!col.exists ? (
        <p class="notice notice--info">{t("editor.addTitle", { language: col.language })}</p>
      ) : null}
      {col.conflict ? (
        <ConflictPanel shell={shell} lang={lang} articleId={props.articleId} view={col.conflict} />
      ) : null}
      {col.exists || col.editable ? (
        <form
          id={col.formId}
          method="post"
          action={col.action}
          class="translation-form stack"
          data-lang={lang}
          data-autosave={col.autosave ? "on" : "off"}
          data-editable={col.editable ? "yes" : "no"}
          novalidate
        >
          {csrfField(shell.csrfToken)}
          {col.exists ? (
            <input type="hidden" name="baseVersion" value={String(col.baseVersion)} data-base-version="" />
          ) : null}
          <div class="field">
            <label for={id("title")}>{t("editor.fieldTitle")}</label>
            <FieldProblem problems={problems} field={id("title")} />
            <input
              id={id("title")}
              name="title"
              type="text"
              lang={lang}
              maxlength={500}
              value={v.title}
              readonly={readOnly}
              required
              aria-describedby={describedBy("title")}
            />
          </div>
          <div class="field">
            <label for={id("slug")}>{t("editor.slug")}</label>
            <p class="field__hint" id={id("slug-hint")}>
              {col.slugLocked ? t("editor.slugLocked") : t("editor.slugHint")}
            </p>
            <FieldProblem problems={problems} field={id("slug")} />
            <input
              id={id("slug")}
              name="slug"
              type="text"
              maxlength={255}
              value={v.slug}
              readonly={readOnly || col.slugLocked}
              autocomplete="off"
              spellcheck={false}
              data-slug={lang}
              aria-describedby={describedBy("slug", id("slug-hint"), id("slug-status"))}
            />
            <p class="field__status" id={id("slug-status")} role="status"></p>
          </div>
          <div class="field">
            <label for={id("lead")}>{t("editor.lead")}</label>
            <textarea
              id={id("lead")}
              name="lead"
              lang={lang}
              rows={3}
              readonly={readOnly}
              aria-describedby={describedBy("lead")}
            >
              {v.lead}
            </textarea>
          </div>
          <div class="field">
            <label for={id("body")} id={id("body-label")}>
              {t("editor.body")}
            </label>
            <p class="field__hint" id={id("body-hint")}>
              {t("editor.bodyHint")}
            </p>
            <FieldProblem problems={problems} field={id("body")} />
            <textarea
              id={id("body")}
              name="bodyHtml"
              lang={lang}
              rows={14}
              readonly={readOnly}
              data-rich-text={col.editable ? lang : undefined}
              aria-describedby={describedBy("body", id("body-hint"))}
            >
              {v.bodyHtml}
            </textarea>
          </div>
          <div class="field">
            <label for={id("place")}>{t("editor.place")}</label>
            <input
              id={id("place")}
              name="place"
              type="text"
              lang={lang}
              maxlength={200}
              value={v.place}
              readonly={readOnly}
            />
          </div>
          <div class="field">
            <label for={id("signature")}>{t("editor.signature")}</label>
            <FieldProblem problems={problems} field={id("signature")} />
            <select
              id={id("signature")}
              name="signature"
              disabled={readOnly}
              aria-describedby={describedBy("signature")}
            >
              <option value="">{t("editor.noSignature")}</option>
              <Options options={col.signatures} selected={v.signature} />
            </select>
          </div>
          {col.published && col.editable ? <Correction shell={shell} column={col} /> : null}
          <div class="form-actions">
            {col.editable ? (
              <button type="submit" class="button">
                {col.exists
                  ? t("editor.save", { language: col.language })
                  : t("editor.add", { language: col.language })}
              </button>
            ) : null}
            <p class="form-actions__status" role="status" data-status=""></p>
          </div>
          {col.editable && col.exists ? (
            <p class="field__hint" data-save-hint="" hidden>
              {col.autosave ? t("editor.autosaveHint") : t("editor.manualHint")}
            </p>
          ) : null}
        </form>
      ) : null}
      {col.previewHref ? (
        <p>
          <a href={col.previewHref}>{t("editor.preview", { language: col.language })}</a>
        </p>
      ) : null}
      {translation ? (
        <TranslationActions shell={shell} articleId={props.articleId} translation={translation} />
      ) : null}
    </section>
  );
}

function Correction(props: { shell: AdminShell; column: EditorColumn }) {
  const { shell, column: col } = props;
  const { t } = shell;
  const id = (field: string) => `${col.lang}-${field}`;
  const noteProblem = problemIdOf(col.problems, id("correction-note"));
  return (
    <fieldset class="fieldset correction">
      <legend class="visually-hidden">{t("editor.correction")}</legend>
      <div class="checkbox">
        <input
          id={id("correction")}
          name="correction"
          type="checkbox"
          value="1"
          checked={col.values.correction}
          aria-describedby={id("correction-hint")}
        />
        <label for={id("correction")}>{t("editor.correction")}</label>
      </div>
      <p class="field__hint" id={id("correction-hint")}>
        {t("editor.correctionHint")}
      </p>
      <div class="field">
        <label for={id("correction-note")}>{t("editor.correctionNote")}</label>
        <FieldProblem problems={col.problems} field={id("correction-note")} />
        <textarea
          id={id("correction-note")}
          name="correctionNote"
          lang={col.lang}
          rows={2}
          maxlength={1000}
          aria-describedby={noteProblem}
        >
          {col.values.correctionNote}
        </textarea>
      </div>
    </fieldset>
  );
}
