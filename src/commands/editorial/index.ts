/**
 * The editorial back end: every command checks the actor's permission itself, runs in its own transaction and
 * audits what it changes. Route handlers build an EditorialContext per request and call these.
 */
export { actorOf, type Actor, type EditorialContext } from "./context.js";
export { conflictDetailsOf, type ConflictDetails, type TranslationText } from "./conflict.js";
export {
  addTranslation,
  createDraft,
  type DraftCreated,
  type DraftInput,
  type DraftTranslationInput,
} from "./createDraft.js";
export { deleteArticle } from "./deleteArticle.js";
export { embargoArticle, liftEmbargo, releaseEmbargo, type EmbargoResult } from "./embargo.js";
export type { EditorPreviewLink, LastCorrection } from "./editorExtras.js";
export type { ArticleFieldsInput, SignatureInput } from "./fields.js";
export {
  createPreviewLink,
  hashPreviewToken,
  listPreviewLinks,
  openPreview,
  revokePreviewLink,
  type PreviewContent,
} from "./previews.js";
export type { PublishedTranslation } from "./publishing.js";
export {
  checkSlug,
  listItems,
  loadArticleForEditing,
  type EditorArticle,
  type EditorTranslation,
} from "./read.js";
export {
  diffRevisions,
  getRevision,
  listRevisions,
  restoreRevision,
  type RevisionDiff,
} from "./revisions.js";
export { saveTranslation, type SaveResult, type SaveTranslationInput } from "./saveTranslation.js";
export { transition, type TransitionInput, type TransitionResult } from "./transition.js";
