import { isValidSlug, suggestSlug, uniqueSlug } from "../../domain/slugs.js";
import {
  availableActions,
  canEdit,
  isOutOfDate,
  type TranslationAction,
  type WorkflowState,
} from "../../domain/workflow.js";
import { AppError } from "../../lib/errors.js";
import { slugsStartingWith } from "../../store/articles.js";
import {
  findArticleRow,
  isSlugTaken,
  listEditorialItems,
  translationsOfArticle,
  userNames,
  type EditorialListFilter,
  type EditorialListItem,
} from "../../store/translations.js";
import { authorMayNotApprove, stateOf, type EditorialContext } from "./context.js";
import { loadEditorExtras, type EditorPreviewLink, type LastCorrection } from "./editorExtras.js";

/** One translation as the editor page shows it, with what the actor may do with it. */
export interface EditorTranslation {
  id: number;
  lang: string;
  state: WorkflowState;
  /** The baseVersion for the next save. */
  version: number;
  title: string;
  lead: string;
  bodyHtml: string;
  slug: string;
  place: string | null;
  signature: { personId: number | null; postId: number | null; text: string | null };
  author: { id: number; name: string | null } | null;
  updatedBy: { id: number; name: string | null } | null;
  updatedAt: string;
  contentChangedAt: string | null;
  scheduledAt: string | null;
  firstPublishedAt: string | null;
  reviewNote: string | null;
  approvedBy: number | null;
  /** Who approved it, with their name (for "approved by"). */
  approver: { id: number; name: string | null } | null;
  /** The newest public correction, for "last corrected". */
  lastCorrection: LastCorrection | null;
  /** Another language's text changed after this one's last did: "translation may be out of date". */
  outOfDate: boolean;
  /** Whether the actor may save this translation now (published text: as a correction). */
  editable: boolean;
  /** The workflow buttons to offer the actor. */
  actions: TranslationAction[];
}

export interface EditorArticle {
  id: number;
  sectionId: number;
  kind: string;
  publishedAt: string;
  eventStart: string | null;
  eventEnd: string | null;
  peopleIds: number[];
  createdBy: number | null;
  embargoUntil: string | null;
  translations: EditorTranslation[];
  /** The article's preview links, newest first; undefined when the actor may not manage them. */
  previewLinks: EditorPreviewLink[] | undefined;
}

/** An article with every translation, for the editor page that shows the languages side by side. */
export async function loadArticleForEditing(
  ctx: EditorialContext,
  articleId: number,
): Promise<EditorArticle> {
  const db = ctx.store.db;
  const article = await findArticleRow(db, articleId);
  if (!article) throw new AppError("not_found", `Article ${articleId} does not exist`);
  const [rows, people, barred] = await Promise.all([
    translationsOfArticle(db, articleId),
    db.selectFrom("article_people").select("person_id").where("article_id", "=", articleId).execute(),
    authorMayNotApprove(ctx, db),
  ]);
  const [names, extras] = await Promise.all([
    userNames(
      db,
      rows.flatMap((r) =>
        [r.author_id, r.updated_by, r.approved_by].filter((id): id is number => id !== null),
      ),
    ),
    loadEditorExtras(
      ctx,
      articleId,
      rows.map((r) => r.id),
    ),
  ]);
  const person = (id: number | null) => (id === null ? null : { id, name: names.get(id) ?? null });
  const { actor } = ctx;
  return {
    id: article.id,
    sectionId: article.section_id,
    kind: article.kind,
    publishedAt: article.published_at,
    eventStart: article.event_start,
    eventEnd: article.event_end,
    peopleIds: people.map((p) => p.person_id).sort((a, b) => a - b),
    createdBy: article.created_by,
    embargoUntil: article.embargo_until,
    translations: rows.map((row) => {
      const state = stateOf(row);
      const facts =
        actor === "system"
          ? undefined
          : { role: actor.role, isAuthor: row.author_id === actor.id, authorMayNotApprove: barred };
      return {
        id: row.id,
        lang: row.lang,
        state,
        version: row.version,
        title: row.title,
        lead: row.lead,
        bodyHtml: row.body_html,
        slug: row.slug,
        place: row.place,
        signature: {
          personId: row.signature_person_id,
          postId: row.signature_post_id,
          text: row.signature_text,
        },
        author: person(row.author_id),
        updatedBy: person(row.updated_by),
        updatedAt: row.updated_at,
        contentChangedAt: row.content_changed_at,
        scheduledAt: row.scheduled_at,
        firstPublishedAt: row.first_published_at,
        reviewNote: row.review_note,
        approvedBy: row.approved_by,
        approver: person(row.approved_by),
        lastCorrection: extras.lastCorrections.get(row.id) ?? null,
        outOfDate: isOutOfDate(
          { contentChangedAt: row.content_changed_at },
          rows
            .filter((other) => other.id !== row.id)
            .map((other) => ({ contentChangedAt: other.content_changed_at })),
        ),
        editable: facts ? canEdit(state, facts) : true,
        actions: facts ? availableActions(state, facts) : [],
      };
    }),
    previewLinks: extras.previewLinks,
  };
}

/** The back office's list of items, filterable by state, sections, language and author. */
export async function listItems(
  ctx: Pick<EditorialContext, "store">,
  filter: EditorialListFilter,
): Promise<{ items: EditorialListItem[]; total: number }> {
  return listEditorialItems(ctx.store.db, filter);
}

/** For "checked as you type": whether a slug is valid and free, and a free suggestion otherwise. */
export async function checkSlug(
  ctx: Pick<EditorialContext, "store">,
  input: {
    sectionId: number;
    lang: string;
    slug?: string | undefined;
    title?: string | undefined;
    translationId?: number | undefined;
  },
): Promise<{ slug: string; valid: boolean; available: boolean; suggestion: string }> {
  const db = ctx.store.db;
  const base = suggestSlug(input.title?.trim() || input.slug || "item");
  const existing = await slugsStartingWith(db, input.sectionId, input.lang, base);
  if (input.translationId !== undefined) {
    const own = await db
      .selectFrom("article_translations")
      .select("slug")
      .where("id", "=", input.translationId)
      .executeTakeFirst();
    if (own) existing.delete(own.slug);
  }
  const suggestion = uniqueSlug(base, (candidate) => !existing.has(candidate));
  const slug = input.slug ?? suggestion;
  const valid = isValidSlug(slug);
  const available =
    valid &&
    !(await isSlugTaken(db, {
      sectionId: input.sectionId,
      lang: input.lang,
      slug,
      exceptId: input.translationId,
    }));
  return { slug, valid, available, suggestion };
}
