import { can, type Permission, type Role } from "./roles.js";

/**
 * The life of one translation. Each language moves on its own: publishing the English never publishes, nor
 * unpublishes, the Russian. Embargo is its own state, not a kind of scheduling: an embargoed item is invisible
 * everywhere public until its release, then goes out in every language that is ready.
 */
export const WORKFLOW_STATES = [
  "draft",
  "in_review",
  "approved",
  "scheduled",
  "embargoed",
  "published",
  "unpublished",
] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export function isWorkflowState(value: string): value is WorkflowState {
  return (WORKFLOW_STATES as readonly string[]).includes(value);
}

/** Actions that move one translation alone. */
export const TRANSLATION_ACTIONS = [
  "submit",
  "return",
  "approve",
  "publish",
  "schedule",
  "unschedule",
  "unpublish",
  "reopen",
] as const;
export type TranslationAction = (typeof TRANSLATION_ACTIONS)[number];

/** Actions on a whole article: an embargo holds back every ready language and releases them together. */
export type ArticleAction = "embargo" | "release" | "lift_embargo";
export type WorkflowAction = TranslationAction | ArticleAction;

export function isTranslationAction(value: string): value is TranslationAction {
  return (TRANSLATION_ACTIONS as readonly string[]).includes(value);
}

/** Which action leads from which states to which state. */
const transitions: Record<WorkflowAction, { from: readonly WorkflowState[]; to: WorkflowState }> = {
  submit: { from: ["draft"], to: "in_review" },
  return: { from: ["in_review", "approved"], to: "draft" },
  approve: { from: ["in_review"], to: "approved" },
  // A scheduled item may go out early; an unpublished one may come back as it was.
  publish: { from: ["approved", "scheduled", "unpublished"], to: "published" },
  // Scheduling a scheduled item moves its time.
  schedule: { from: ["approved", "scheduled"], to: "scheduled" },
  unschedule: { from: ["scheduled"], to: "approved" },
  embargo: { from: ["approved", "scheduled", "embargoed"], to: "embargoed" },
  release: { from: ["embargoed"], to: "published" },
  lift_embargo: { from: ["embargoed"], to: "approved" },
  unpublish: { from: ["published"], to: "unpublished" },
  reopen: { from: ["unpublished"], to: "draft" },
};

/** The permission each action needs. Reopening an item that was public is the publisher's call. */
export const ACTION_PERMISSION: Readonly<Record<WorkflowAction, Permission>> = {
  submit: "article.submit",
  return: "article.review",
  approve: "article.review",
  publish: "article.publish",
  schedule: "article.schedule",
  unschedule: "article.schedule",
  embargo: "article.embargo",
  release: "article.embargo",
  lift_embargo: "article.embargo",
  unpublish: "article.unpublish",
  reopen: "article.unpublish",
};

export function nextState(from: WorkflowState, action: WorkflowAction): WorkflowState | undefined {
  const rule = transitions[action];
  return rule.from.includes(from) ? rule.to : undefined;
}

/** The states an action may start from. */
export function statesFor(action: WorkflowAction): readonly WorkflowState[] {
  return transitions[action].from;
}

/** The per-translation actions offered in a state, before permissions are applied. */
export function actionsFrom(state: WorkflowState): TranslationAction[] {
  return TRANSLATION_ACTIONS.filter((action) => transitions[action].from.includes(state));
}

/** States whose text is public: edits to these are recorded as revisions and may be marked corrections. */
export function isPublic(state: WorkflowState): boolean {
  return state === "published";
}

/** States in which the author's text may still be edited freely (no review has passed it yet). */
export function isEditableDraft(state: WorkflowState): boolean {
  return state === "draft" || state === "in_review";
}

/** What the rules need to know about who acts on a translation. */
export interface ActorFacts {
  role: Role;
  /** Whether the actor is the translation's author. */
  isAuthor: boolean;
  /** The "author may not approve their own item" setting. */
  authorMayNotApprove: boolean;
}

/** Why an action is refused, when it is. */
export type Refusal = "forbidden" | "own_items_only" | "author_may_not_approve" | "invalid_transition";

/**
 * Checks one action on a translation in a state. Permission comes first, so that a refusal never tells someone
 * without the right what state an item is in.
 */
export function checkAction(
  state: WorkflowState,
  action: WorkflowAction,
  facts: ActorFacts,
): { ok: true; to: WorkflowState } | { ok: false; refusal: Refusal } {
  if (!can(facts.role, ACTION_PERMISSION[action])) return { ok: false, refusal: "forbidden" };
  if (action === "submit" && !facts.isAuthor && !can(facts.role, "article.editAnyDraft")) {
    return { ok: false, refusal: "own_items_only" };
  }
  if (action === "approve" && facts.isAuthor && facts.authorMayNotApprove) {
    return { ok: false, refusal: "author_may_not_approve" };
  }
  const to = nextState(state, action);
  return to === undefined ? { ok: false, refusal: "invalid_transition" } : { ok: true, to };
}

/** The per-translation actions someone may take now: what an editor page offers as buttons. */
export function availableActions(state: WorkflowState, facts: ActorFacts): TranslationAction[] {
  return actionsFrom(state).filter((action) => checkAction(state, action, facts).ok);
}

/**
 * The permission an edit of a translation needs in a state. A correspondent edits their own drafts only; an
 * editor any draft or item under review; text that is about to go out without another review (scheduled,
 * embargoed) is the publisher's; text that is or was public is changed only as a correction.
 */
export function editPermission(state: WorkflowState, isAuthor: boolean): Permission {
  switch (state) {
    case "draft":
      return isAuthor ? "article.editOwnDraft" : "article.editAnyDraft";
    case "in_review":
    case "approved":
      return "article.editAnyDraft";
    case "scheduled":
    case "embargoed":
      return "article.publish";
    case "published":
    case "unpublished":
      return "article.correct";
  }
}

export function canEdit(state: WorkflowState, facts: Pick<ActorFacts, "role" | "isAuthor">): boolean {
  return can(facts.role, editPermission(state, facts.isAuthor));
}

/**
 * Whether a translation may be out of date: another language's text changed after this one's last did.
 * A translation whose text never changed is out of date as soon as any other has a change on record.
 */
export function isOutOfDate(
  translation: { contentChangedAt: string | null },
  others: readonly { contentChangedAt: string | null }[],
): boolean {
  const own = translation.contentChangedAt;
  return others.some(
    (other) => other.contentChangedAt !== null && (own === null || other.contentChangedAt > own),
  );
}
