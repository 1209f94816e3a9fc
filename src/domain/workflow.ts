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

export type WorkflowAction =
  | "submit"
  | "return"
  | "approve"
  | "publish"
  | "schedule"
  | "unschedule"
  | "embargo"
  | "release"
  | "lift_embargo"
  | "unpublish"
  | "reopen";

/** Which action leads from which states to which state. */
const transitions: Record<WorkflowAction, { from: readonly WorkflowState[]; to: WorkflowState }> = {
  submit: { from: ["draft"], to: "in_review" },
  return: { from: ["in_review", "approved"], to: "draft" },
  approve: { from: ["in_review"], to: "approved" },
  publish: { from: ["approved", "unpublished"], to: "published" },
  schedule: { from: ["approved"], to: "scheduled" },
  unschedule: { from: ["scheduled"], to: "approved" },
  embargo: { from: ["approved", "scheduled"], to: "embargoed" },
  release: { from: ["embargoed"], to: "published" },
  lift_embargo: { from: ["embargoed"], to: "approved" },
  unpublish: { from: ["published"], to: "unpublished" },
  reopen: { from: ["unpublished"], to: "draft" },
};

export function nextState(from: WorkflowState, action: WorkflowAction): WorkflowState | undefined {
  const rule = transitions[action];
  return rule.from.includes(from) ? rule.to : undefined;
}

/** The actions offered for a translation in a state, before permissions are applied. */
export function actionsFrom(state: WorkflowState): WorkflowAction[] {
  return (Object.keys(transitions) as WorkflowAction[]).filter(
    (action) => action !== "release" && transitions[action].from.includes(state),
  );
}

/** States whose text is public: edits to these are recorded as revisions and may be marked corrections. */
export function isPublic(state: WorkflowState): boolean {
  return state === "published";
}

/** States in which the author's text may still be edited freely (no review has passed it yet). */
export function isEditableDraft(state: WorkflowState): boolean {
  return state === "draft" || state === "in_review";
}
