import type { Child } from "hono/jsx";
import type { EditorArticle, EditorPreviewLink } from "../../../../commands/editorial/index.js";
import { can } from "../../../../domain/roles.js";
import { toLocalInput } from "../../../../i18n/localTime.js";
import { csrfField } from "../forms.js";
import type { AdminShell } from "../shell.js";
import { When } from "./TranslationActions.js";

/** "Under embargo until {time}." with the time as a <time> element. */
function withTime(template: string, time: Child): Child {
  const [before = "", after = ""] = template.split("{time}");
  return (
    <>
      {before}
      {time}
      {after}
    </>
  );
}

/**
 * The item-wide panels under the language columns: the embargo (its state for everyone; setting, moving,
 * lifting and releasing it for publishers), the preview links for accredited journalists (for those who may
 * manage them), and deleting the item (for publishers, through a confirmation page). Every change is its own
 * POST form; none sits inside another form.
 */
export function ArticlePanels(props: { shell: AdminShell; article: EditorArticle }) {
  const { shell, article } = props;
  const role = shell.user?.role;
  return (
    <div class="article-panels" lang={shell.lang}>
      <EmbargoPanel
        shell={shell}
        article={article}
        manage={role !== undefined && can(role, "article.embargo")}
      />
      {article.previewLinks !== undefined ? (
        <PreviewLinksPanel shell={shell} articleId={article.id} links={article.previewLinks} />
      ) : null}
      {role !== undefined && can(role, "article.delete") ? (
        <DeletePanel shell={shell} articleId={article.id} />
      ) : null}
    </div>
  );
}

function EmbargoPanel(props: { shell: AdminShell; article: EditorArticle; manage: boolean }) {
  const { shell, article } = props;
  const { t } = shell;
  const held = article.translations.filter((tr) => tr.state === "embargoed");
  const isPublic = article.translations.some((tr) => tr.state === "published");
  const ready = article.translations.some((tr) => tr.state === "approved" || tr.state === "scheduled");
  const until = article.embargoUntil;
  const base = `/admin/items/${article.id}/embargo`;
  const status =
    held.length > 0 && until !== null
      ? withTime(t("embargo.active"), <When shell={shell} at={until} />)
      : until !== null
        ? withTime(t("embargo.ended"), <When shell={shell} at={until} />)
        : t("embargo.none");
  return (
    <section class="panel" id="embargo" aria-labelledby="embargo-title">
      <h2 id="embargo-title">{t("embargo.heading")}</h2>
      <p class={held.length > 0 ? "embargo-state embargo-state--on" : "embargo-state"}>
        <strong>{status}</strong>
      </p>
      <p class="muted">{t("embargo.hint")}</p>
      {props.manage && !isPublic && (ready || held.length > 0) ? (
        <form method="post" action={base} class="inline-form">
          {csrfField(shell.csrfToken)}
          <div class="field">
            <label for="embargo-until">{t("embargo.until", { zone: shell.timezone })}</label>
            <input
              id="embargo-until"
              name="until"
              type="datetime-local"
              required
              value={held.length > 0 && until !== null ? toLocalInput(until, shell.timezone) : undefined}
            />
          </div>
          <button type="submit" class="button button--small">
            {t(held.length > 0 ? "embargo.move" : "embargo.set")}
          </button>
        </form>
      ) : null}
      {props.manage && held.length > 0 ? (
        <div class="embargo-actions">
          <form method="post" action={`${base}/lift`} class="inline-form">
            {csrfField(shell.csrfToken)}
            <button
              type="submit"
              class="button button--small button--secondary"
              aria-describedby="embargo-lift-hint"
            >
              {t("embargo.lift")}
            </button>
            <span class="muted" id="embargo-lift-hint">
              {t("embargo.liftHint")}
            </span>
          </form>
          <form method="post" action={`${base}/release`} class="inline-form">
            {csrfField(shell.csrfToken)}
            <button type="submit" class="button button--small" aria-describedby="embargo-release-hint">
              {t("embargo.release")}
            </button>
            <span class="muted" id="embargo-release-hint">
              {t("embargo.releaseHint")}
            </span>
          </form>
        </div>
      ) : null}
    </section>
  );
}

function PreviewLinksPanel(props: { shell: AdminShell; articleId: number; links: EditorPreviewLink[] }) {
  const { shell, articleId, links } = props;
  const { t } = shell;
  return (
    <section class="panel" id="previews" aria-labelledby="previews-title">
      <h2 id="previews-title">{t("previews.heading")}</h2>
      <p class="muted">{t("previews.hint")}</p>
      <form method="post" action={`/admin/items/${articleId}/previews`} class="inline-form preview-form">
        {csrfField(shell.csrfToken)}
        <div class="field">
          <label for="preview-label">{t("previews.label")}</label>
          <input id="preview-label" name="label" type="text" required maxlength={200} />
        </div>
        <div class="field">
          <label for="preview-hours">{t("previews.hours")}</label>
          <input
            id="preview-hours"
            name="hours"
            type="number"
            required
            min={1}
            max={720}
            step={1}
            value="48"
          />
        </div>
        <button type="submit" class="button button--small">
          {t("previews.create")}
        </button>
      </form>
      {links.length === 0 ? (
        <p class="muted">{t("previews.none")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <caption>{t("previews.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("previews.for")}</th>
                <th scope="col">{t("previews.createdBy")}</th>
                <th scope="col">{t("previews.expires")}</th>
                <th scope="col">{t("previews.status")}</th>
                <th scope="col">{t("previews.views")}</th>
                <th scope="col">{t("previews.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr>
                  <th scope="row" class="break">
                    {link.label}
                  </th>
                  <td>{link.createdBy?.name ?? t("workflow.unknownUser")}</td>
                  <td>
                    <When shell={shell} at={link.expiresAt} />
                  </td>
                  <td>
                    <span class={`badge badge--link-${link.status}`}>
                      {t(`previews.status.${link.status}`)}
                    </span>
                  </td>
                  <td>{String(link.views)}</td>
                  <td>
                    {link.status === "active" ? (
                      <form
                        method="post"
                        action={`/admin/items/${articleId}/previews/${link.id}/revoke`}
                        class="inline-form"
                      >
                        {csrfField(shell.csrfToken)}
                        <button
                          type="submit"
                          class="button button--small button--secondary"
                          aria-label={t("previews.revokeLabel", { label: link.label })}
                        >
                          {t("previews.revoke")}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DeletePanel(props: { shell: AdminShell; articleId: number }) {
  const { t } = props.shell;
  return (
    <section class="panel" id="delete" aria-labelledby="delete-title">
      <h2 id="delete-title">{t("delete.heading")}</h2>
      <p class="muted">{t("delete.hint")}</p>
      <p>
        <a class="button button--danger" href={`/admin/items/${props.articleId}/delete`}>
          {t("delete.button")}
        </a>
      </p>
    </section>
  );
}
