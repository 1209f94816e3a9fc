import type { RevisionDiff } from "../../../../commands/editorial/index.js";
import type { TextDiff } from "../../../../domain/diff.js";
import type { AdminStringKey } from "../../../../i18n/admin.js";
import { AdminLayout } from "../AdminLayout.js";
import type { AdminShell } from "../shell.js";
import { CompareForm, fill, ItemTitle, RevisionNav, type RevisionHeader } from "./RevisionList.js";

/** Two versions and the command's word diff of them. */
export interface DiffModel {
  from: { version: number };
  to: { version: number };
  result: RevisionDiff;
}

const FIELDS: readonly { key: "title" | "lead" | "body" | "place" | "signature"; label: AdminStringKey }[] = [
  { key: "title", label: "revision.field.title" },
  { key: "lead", label: "revision.field.lead" },
  { key: "body", label: "revision.field.body" },
  { key: "place", label: "revision.field.place" },
  { key: "signature", label: "revision.field.signature" },
];

/**
 * A word diff of two versions, field by field. Added words are <ins> and removed ones <del>: underlined and
 * struck through (not colour alone), with a hidden "added:"/"removed:" for screen readers, which announce
 * neither element, and a legend in words.
 */
export function RevisionDiffPage(props: {
  shell: AdminShell;
  header: RevisionHeader;
  versions: readonly number[];
  diff: DiffModel | undefined;
}) {
  const { shell, header, diff } = props;
  const { t } = shell;
  const content = header.lang !== shell.lang ? header.lang : undefined;
  const titleText = diff
    ? t("diff.title", { from: diff.from.version, to: diff.to.version })
    : t("revisions.compareHeading");
  const inserted = diff ? FIELDS.reduce((n, f) => n + diff.result[f.key].inserted, 0) : 0;
  const deleted = diff ? FIELDS.reduce((n, f) => n + diff.result[f.key].deleted, 0) : 0;
  return (
    <AdminLayout shell={shell} title={`${titleText} — ${header.title}`}>
      <h1 class="break">{titleText}</h1>
      <p class="break">
        <ItemTitle shell={shell} header={header} /> ({header.languageName})
      </p>
      <RevisionNav shell={shell} header={header} withList={true} />
      {props.versions.length >= 2 ? (
        <CompareForm
          shell={shell}
          header={header}
          versions={props.versions}
          from={diff?.from.version}
          to={diff?.to.version}
        />
      ) : null}
      {!diff ? (
        <p>{t("diff.needTwo")}</p>
      ) : (
        <>
          <p class="diff-legend">
            {t("diff.legend")} <del>{t("diff.removed")}</del> <ins>{t("diff.added")}</ins>
          </p>
          <p>{t("diff.summary", { inserted, deleted })}</p>
          {diff.result.slugChanged ? (
            <p>
              {fill(t("diff.slugChanged"), {
                from: <code>{diff.result.from.slug}</code>,
                to: <code>{diff.result.to.slug}</code>,
              })}
            </p>
          ) : null}
          {FIELDS.map((field) => (
            <section class="panel" aria-labelledby={`diff-${field.key}`}>
              <h2 id={`diff-${field.key}`}>{t(field.label)}</h2>
              <DiffText
                shell={shell}
                diff={diff.result[field.key]}
                block={field.key === "body"}
                lang={content}
              />
            </section>
          ))}
        </>
      )}
    </AdminLayout>
  );
}

function DiffText(props: { shell: AdminShell; diff: TextDiff; block: boolean; lang: string | undefined }) {
  const { shell, diff } = props;
  const { t } = shell;
  if (diff.ops.every((op) => op.type === "equal")) {
    return (
      <>
        <p class="muted">{t("diff.same")}</p>
        {diff.ops.length > 0 ? (
          <div class={props.block ? "diff diff--block" : "diff"} lang={props.lang}>
            {diff.ops.map((op) => op.text).join("")}
          </div>
        ) : null}
      </>
    );
  }
  return (
    <div class={props.block ? "diff diff--block" : "diff"} lang={props.lang}>
      {diff.ops.map((op) =>
        op.type === "equal" ? (
          op.text
        ) : op.type === "insert" ? (
          <ins>
            <span class="visually-hidden" lang={shell.lang}>
              {`${t("diff.added")} `}
            </span>
            {op.text}
          </ins>
        ) : (
          <del>
            <span class="visually-hidden" lang={shell.lang}>
              {`${t("diff.removed")} `}
            </span>
            {op.text}
          </del>
        ),
      )}
    </div>
  );
}
