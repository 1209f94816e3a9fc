import { Hono } from "hono";
import {
  diffRevisions,
  getRevision,
  listRevisions,
  restoreRevision,
  type EditorialContext,
  type EditorTranslation,
} from "../../../commands/editorial/index.js";
import { isWorkflowState } from "../../../domain/workflow.js";
import type { AdminTranslate } from "../../../i18n/admin.js";
import { AppError } from "../../../lib/errors.js";
import type { RevisionSummary } from "../../../store/revisions.js";
import { requireSignedIn, wantsJson } from "../auth/middleware.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { renderAdminError } from "../views/renderError.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { RevisionDiffPage, type DiffModel } from "../views/items/RevisionDiff.js";
import { RevisionListPage, type RevisionHeader, type RevisionRow } from "../views/items/RevisionList.js";
import { RevisionPage } from "../views/items/RevisionView.js";
import { actionNoticeText, languageName } from "../views/items/TranslationActions.js";
import {
  attempt,
  bodyFields,
  editorHref,
  editorialContextOf,
  idParam,
  translationOf,
  type ItemsContext,
} from "./actions.js";

const BASE = "/:id/translations/:lang/revisions";

function stateText(t: AdminTranslate, state: string): string {
  return isWorkflowState(state) ? t(`workflow.state.${state}`) : state;
}

/** What every revision page shows above its content, and where its links lead. */
function headerOf(t: AdminTranslate, articleId: number, tr: EditorTranslation): RevisionHeader {
  const list = `/admin/items/${articleId}/translations/${tr.lang}/revisions`;
  return {
    title: tr.title,
    lang: tr.lang,
    languageName: languageName(t, tr.lang),
    listHref: list,
    editorHref: editorHref(articleId),
    compareAction: `${list}/compare`,
    revisionHref: (version: number) => `${list}/${version}`,
  };
}

/** A translation and its revisions, newest first: the start of every revision page. */
async function load(c: ItemsContext, deps: AdminDeps) {
  const articleId = idParam(c, "id");
  const ctx = editorialContextOf(c, deps);
  const { translation } = await translationOf(ctx, articleId, c.req.param("lang") ?? "");
  const revisions = await listRevisions(ctx, translation.id);
  const shell = adminShell(c, deps, "items");
  return { articleId, ctx, translation, revisions, shell, header: headerOf(shell.t, articleId, translation) };
}

function versionParam(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new AppError("bad_request", `"${value}" is not a version number`);
  return Number(value);
}

function byVersion(revisions: readonly RevisionSummary[], version: number): RevisionSummary {
  const found = revisions.find((r) => r.version === version);
  if (!found) throw new AppError("not_found", `There is no version ${version}`);
  return found;
}

/**
 * The revisions of one translation, under /admin/items/:id/translations/:lang/revisions: the list, one
 * version in full, a word diff of two (`compare?from=&to=`, by version number; the previous and the latest by
 * default), and restoring a version as a new one. Any signed-in member may read; restoring is a save, with the
 * same permissions, the same baseVersion check (409 when stale) and, for published text, the correction choice.
 */
export function revisionRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get(BASE, requireSignedIn(), async (c) => {
    const { revisions, shell, header } = await load(c, deps);
    const { t } = shell;
    const rows: RevisionRow[] = revisions.map((r, i) => ({
      version: r.version,
      savedAt: r.createdAt,
      by: r.authorName ?? t("workflow.unknownUser"),
      correction: r.isCorrection ? (r.correctionNote ?? "") : undefined,
      state: stateText(t, r.state),
      previousVersion: revisions[i + 1]?.version,
    }));
    if (wantsJson(c)) return c.json({ revisions });
    return sendAdminPage(
      c,
      RevisionListPage({ shell, header, rows, notice: actionNoticeText(t, c.req.query("notice")) }),
    );
  });

  app.get(`${BASE}/compare`, requireSignedIn(), async (c) => {
    const { ctx, revisions, shell, header } = await load(c, deps);
    const versions = revisions.map((r) => r.version);
    const toVersion = versionParam(c.req.query("to")) ?? versions[0];
    const fromVersion =
      versionParam(c.req.query("from")) ?? versions.find((v) => toVersion !== undefined && v < toVersion);
    let diff: DiffModel | undefined;
    if (toVersion !== undefined && fromVersion !== undefined) {
      const from = byVersion(revisions, fromVersion);
      const to = byVersion(revisions, toVersion);
      const result = await diffRevisions(ctx, { from: from.id, to: to.id });
      if (wantsJson(c)) return c.json({ diff: result });
      diff = { from, to, result };
    }
    return sendAdminPage(c, RevisionDiffPage({ shell, header, versions, diff }));
  });

  app.get(`${BASE}/:version{[0-9]+}`, requireSignedIn(), async (c) => {
    const { ctx, translation, revisions, shell, header } = await load(c, deps);
    const summary = byVersion(revisions, Number(c.req.param("version")));
    const revision = await getRevision(ctx, summary.id);
    if (wantsJson(c)) return c.json({ revision });
    const older = revisions.find((r) => r.version < revision.version);
    return sendAdminPage(
      c,
      RevisionPage({
        shell,
        header,
        revision: {
          ...revision,
          by: summary.authorName ?? shell.t("workflow.unknownUser"),
          state: stateText(shell.t, revision.state),
        },
        isCurrent: revision.version === translation.version,
        compareHref:
          older === undefined
            ? undefined
            : `${header.compareAction}?from=${older.version}&to=${revision.version}`,
        restore: translation.editable
          ? {
              action: `${header.revisionHref(revision.version)}/restore`,
              baseVersion: translation.version,
              correction: translation.state === "published",
            }
          : undefined,
      }),
    );
  });

  app.post(`${BASE}/:version{[0-9]+}/restore`, requireSignedIn(), async (c) => {
    const articleId = idParam(c, "id");
    const lang = c.req.param("lang") ?? "";
    const version = Number(c.req.param("version"));
    const fields = await bodyFields(c);
    const ctx: EditorialContext = editorialContextOf(c, deps);
    const list = `/admin/items/${articleId}/translations/${lang}/revisions`;
    return attempt(c, deps, "restore", `${list}/${version}`, async () => {
      const { translation } = await translationOf(ctx, articleId, lang);
      const summary = byVersion(await listRevisions(ctx, translation.id), version);
      const baseVersion = versionParam(fields["baseVersion"]);
      if (baseVersion === undefined) throw new AppError("bad_request", "The restore form has no baseVersion");
      const asCorrection = fields["correction"] === "yes" || fields["correction"] === "true";
      const result = await restoreRevision(ctx, {
        revisionId: summary.id,
        baseVersion,
        correction: asCorrection ? { note: fields["note"] ?? "" } : undefined,
      });
      if (wantsJson(c)) return c.json({ restored: result });
      return c.redirect(`${list}?notice=${result.changed ? "restored" : "unchanged"}`, 303);
    });
  });

  app.onError((error, c) => renderAdminError(deps, c, error));
  return app;
}
