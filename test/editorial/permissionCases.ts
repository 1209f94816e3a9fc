import type { EditorialContext } from "../../src/commands/editorial/context.js";
import { addTranslation, createDraft } from "../../src/commands/editorial/createDraft.js";
import { deleteArticle } from "../../src/commands/editorial/deleteArticle.js";
import { embargoArticle, liftEmbargo, releaseEmbargo } from "../../src/commands/editorial/embargo.js";
import {
  createPreviewLink,
  listPreviewLinks,
  revokePreviewLink,
} from "../../src/commands/editorial/previews.js";
import { listRevisions, restoreRevision } from "../../src/commands/editorial/revisions.js";
import { saveTranslation } from "../../src/commands/editorial/saveTranslation.js";
import { transition } from "../../src/commands/editorial/transition.js";
import type { Role } from "../../src/domain/roles.js";
import type { TranslationAction } from "../../src/domain/workflow.js";
import { draftInput, HOUR, type FakeClock, type Member } from "./helpers.js";

/** Every state-changing editorial command, with the least role that may run it. */
export type State =
  "draft" | "in_review" | "approved" | "scheduled" | "embargoed" | "published" | "unpublished";

export interface Item {
  articleId: number;
  en: number;
  ru: number;
}

export interface Fixtures {
  /** A bilingual item by `author` whose translations are both in `state`. */
  item(state: State, author: Member): Promise<Item>;
  section: number;
  clock: FakeClock;
}

export interface Case {
  name: string;
  /** The least role allowed; every role above it is allowed too. */
  least: Role;
  /** Whose item it is: the acting member's own, or another correspondent's. */
  own: boolean;
  state: State;
  /** Extra preparation, done by the system before the role acts. */
  prepare?: (ctx: EditorialContext, item: Item) => Promise<unknown>;
  run(ctx: EditorialContext, item: Item, f: Fixtures): Promise<unknown>;
}

const act =
  (action: TranslationAction, extra: { at?: string; note?: string } = {}) =>
  (ctx: EditorialContext, item: Item) =>
    transition(ctx, { translationId: item.en, action, note: "why", ...extra });

export const CASES: Case[] = [
  {
    name: "create a draft",
    least: "correspondent",
    own: true,
    state: "draft",
    run: (ctx, _i, f) => createDraft(ctx, draftInput(f.section, "Another")),
  },
  {
    name: "save an own draft",
    least: "correspondent",
    own: true,
    state: "draft",
    run: (ctx, i) => saveTranslation(ctx, { translationId: i.en, baseVersion: 1, title: "Changed" }),
  },
  {
    name: "save another's draft",
    least: "editor",
    own: false,
    state: "draft",
    run: (ctx, i) => saveTranslation(ctx, { translationId: i.en, baseVersion: 1, title: "Changed" }),
  },
  {
    name: "save an own item in review",
    least: "editor",
    own: true,
    state: "in_review",
    run: (ctx, i) => saveTranslation(ctx, { translationId: i.en, baseVersion: 1, title: "Changed" }),
  },
  {
    name: "save an approved item",
    least: "editor",
    own: false,
    state: "approved",
    run: (ctx, i) => saveTranslation(ctx, { translationId: i.en, baseVersion: 1, title: "Changed" }),
  },
  {
    name: "save a scheduled item",
    least: "publisher",
    own: false,
    state: "scheduled",
    run: (ctx, i) => saveTranslation(ctx, { translationId: i.en, baseVersion: 1, title: "Changed" }),
  },
  {
    name: "correct published text",
    least: "publisher",
    own: true,
    state: "published",
    run: (ctx, i) =>
      saveTranslation(ctx, {
        translationId: i.en,
        baseVersion: 1,
        title: "Changed",
        correction: { note: "Fixed" },
      }),
  },
  {
    name: "edit published text silently",
    least: "publisher",
    own: true,
    state: "published",
    run: (ctx, i) => saveTranslation(ctx, { translationId: i.en, baseVersion: 1, lead: "Changed" }),
  },
  {
    name: "change shared fields of another's draft",
    least: "editor",
    own: false,
    state: "draft",
    run: (ctx, i) =>
      saveTranslation(ctx, { translationId: i.en, baseVersion: 1, article: { kind: "statement" } }),
  },
  {
    name: "add a translation to an own article",
    least: "correspondent",
    own: true,
    state: "draft",
    prepare: dropRussian,
    run: addRussian,
  },
  {
    name: "add a translation to another's article",
    least: "editor",
    own: false,
    state: "draft",
    prepare: dropRussian,
    run: addRussian,
  },
  { name: "submit an own draft", least: "correspondent", own: true, state: "draft", run: act("submit") },
  { name: "submit another's draft", least: "editor", own: false, state: "draft", run: act("submit") },
  { name: "return an item in review", least: "editor", own: false, state: "in_review", run: act("return") },
  { name: "approve an item in review", least: "editor", own: false, state: "in_review", run: act("approve") },
  { name: "publish", least: "publisher", own: false, state: "approved", run: act("publish") },
  {
    name: "schedule",
    least: "publisher",
    own: false,
    state: "approved",
    run: (ctx, i, f) => act("schedule", { at: f.clock.later(HOUR) })(ctx, i),
  },
  { name: "unschedule", least: "publisher", own: false, state: "scheduled", run: act("unschedule") },
  { name: "unpublish", least: "publisher", own: false, state: "published", run: act("unpublish") },
  { name: "reopen", least: "publisher", own: false, state: "unpublished", run: act("reopen") },
  {
    name: "embargo",
    least: "publisher",
    own: false,
    state: "approved",
    run: (ctx, i, f) => embargoArticle(ctx, { articleId: i.articleId, until: f.clock.later(HOUR) }),
  },
  {
    name: "lift an embargo",
    least: "publisher",
    own: false,
    state: "embargoed",
    run: (ctx, i) => liftEmbargo(ctx, { articleId: i.articleId }),
  },
  {
    name: "release an embargo",
    least: "publisher",
    own: false,
    state: "embargoed",
    run: (ctx, i) => releaseEmbargo(ctx, { articleId: i.articleId }),
  },
  {
    name: "delete",
    least: "publisher",
    own: true,
    state: "draft",
    run: (ctx, i) => deleteArticle(ctx, { articleId: i.articleId }),
  },
  {
    name: "make a preview link",
    least: "publisher",
    own: false,
    state: "embargoed",
    run: (ctx, i, f) =>
      createPreviewLink(ctx, { articleId: i.articleId, label: "Agency", expiresAt: f.clock.later(HOUR) }),
  },
  {
    name: "list preview links",
    least: "publisher",
    own: false,
    state: "embargoed",
    run: (ctx, i) => listPreviewLinks(ctx, i.articleId),
  },
  {
    name: "revoke a preview link",
    least: "publisher",
    own: false,
    state: "embargoed",
    run: (ctx, i) => revokeFirstLink(ctx, i),
  },
  {
    name: "restore a revision of an own draft",
    least: "correspondent",
    own: true,
    state: "draft",
    prepare: systemEdit,
    run: (ctx, i) => restoreFirst(ctx, i.en, undefined),
  },
  {
    name: "restore a revision of published text",
    least: "publisher",
    own: true,
    state: "published",
    prepare: systemEdit,
    run: (ctx, i) => restoreFirst(ctx, i.en, { note: "Back" }),
  },
];

/** The first revision brought back over version 2, which the system made. */
async function restoreFirst(
  ctx: EditorialContext,
  translationId: number,
  correction: { note: string } | undefined,
) {
  const revisions = await listRevisions(ctx, translationId);
  const first = revisions[revisions.length - 1];
  if (!first) throw new Error("no revision");
  return restoreRevision(ctx, { revisionId: first.id, baseVersion: 2, correction });
}

function systemEdit(ctx: EditorialContext, item: Item) {
  return saveTranslation(ctx, {
    translationId: item.en,
    baseVersion: 1,
    lead: "System edit",
    correction: undefined,
  });
}

async function dropRussian(ctx: EditorialContext, item: Item) {
  await ctx.store.db.deleteFrom("article_translations").where("id", "=", item.ru).execute();
}

function addRussian(ctx: EditorialContext, item: Item) {
  return addTranslation(ctx, {
    articleId: item.articleId,
    translation: { lang: "ru", title: `Новое ${item.articleId}`, bodyHtml: "<p>Текст</p>" },
  });
}

async function revokeFirstLink(ctx: EditorialContext, item: Item) {
  const link = await ctx.store.db
    .selectFrom("preview_links")
    .select("id")
    .where("article_id", "=", item.articleId)
    .executeTakeFirstOrThrow();
  return revokePreviewLink(ctx, { linkId: link.id });
}
