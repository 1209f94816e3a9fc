import { expect } from "vitest";
import type { Actor, EditorialContext } from "../../src/commands/editorial/context.js";
import { createDraft, type DraftInput } from "../../src/commands/editorial/createDraft.js";
import { transition } from "../../src/commands/editorial/transition.js";
import type { Role } from "../../src/domain/roles.js";
import type { TranslationAction } from "../../src/domain/workflow.js";
import type { Clock } from "../../src/lib/clock.js";
import { AppError } from "../../src/lib/errors.js";
import type { Store } from "../../src/store/database.js";
import { LANGUAGES } from "../helpers/content.js";

/** A clock that only moves when a test moves it. */
export class FakeClock implements Clock {
  private current: number;
  constructor(start: string) {
    this.current = Date.parse(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  iso(): string {
    return this.now().toISOString();
  }
  advance(ms: number): void {
    this.current += ms;
  }
  /** An instant `ms` from now, as ISO text. */
  later(ms: number): string {
    return new Date(this.current + ms).toISOString();
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export type Member = Exclude<Actor, "system">;

/** One member of each role, plus a second correspondent whose items the others' are not. */
export interface Team {
  correspondent: Member;
  otherCorrespondent: Member;
  editor: Member;
  otherEditor: Member;
  publisher: Member;
  administrator: Member;
}

export async function makeTeam(store: Store): Promise<Team> {
  const add = async (name: string, role: Role): Promise<Member> => {
    const email = `${name}@example.org`;
    const row = await store.db
      .insertInto("users")
      .values({
        email,
        display_name: name,
        password_hash: "not-a-hash",
        role,
        created_at: "2030-01-01T00:00:00.000Z",
        updated_at: "2030-01-01T00:00:00.000Z",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: row.id, role, label: email };
  };
  return {
    correspondent: await add("corr", "correspondent"),
    otherCorrespondent: await add("corr2", "correspondent"),
    editor: await add("editor", "editor"),
    otherEditor: await add("editor2", "editor"),
    publisher: await add("publisher", "publisher"),
    administrator: await add("admin", "administrator"),
  };
}

export function contextFor(
  store: Store,
  actor: Actor,
  clock: Clock,
  extra: Partial<EditorialContext> = {},
): EditorialContext {
  return { store, actor, clock, languages: LANGUAGES, ...extra };
}

/** A bilingual draft input in a section. */
export function draftInput(sectionId: number, title: string, extra: Partial<DraftInput> = {}): DraftInput {
  return {
    sectionId,
    kind: "news",
    translations: [
      { lang: "en", title: `${title}`, lead: `${title} lead`, bodyHtml: `<p>The ${title} body text.</p>` },
      { lang: "ru", title: `${title} ру`, lead: `${title} вводка`, bodyHtml: `<p>Текст ${title}.</p>` },
    ],
    ...extra,
  };
}

/** Runs actions in order on a translation, each by the given actor. */
export async function walk(
  ctxOf: (actor: Actor) => EditorialContext,
  translationId: number,
  steps: [Actor, TranslationAction, { at?: string; note?: string }?][],
): Promise<void> {
  for (const [actor, action, extra] of steps) {
    await transition(ctxOf(actor), { translationId, action, note: "a note", ...extra });
  }
}

export async function newDraft(
  ctx: EditorialContext,
  sectionId: number,
  title: string,
  extra: Partial<DraftInput> = {},
): Promise<{ articleId: number; en: number; ru: number }> {
  const created = await createDraft(ctx, draftInput(sectionId, title, extra));
  const en = created.translationIds["en"];
  const ru = created.translationIds["ru"];
  if (en === undefined || ru === undefined) throw new Error("both translations should exist");
  return { articleId: created.articleId, en, ru };
}

/** Every row of every table the back office writes, to prove that a refused action changed nothing. */
export async function snapshot(store: Store): Promise<string> {
  const db = store.db;
  const tables = await Promise.all([
    db.selectFrom("articles").selectAll().orderBy("id").execute(),
    db.selectFrom("article_translations").selectAll().orderBy("id").execute(),
    db.selectFrom("article_people").selectAll().orderBy("article_id").orderBy("person_id").execute(),
    db.selectFrom("revisions").selectAll().orderBy("id").execute(),
    db.selectFrom("corrections").selectAll().orderBy("id").execute(),
    db.selectFrom("preview_links").selectAll().orderBy("id").execute(),
    db.selectFrom("preview_views").selectAll().orderBy("id").execute(),
    db.selectFrom("audit_log").selectAll().orderBy("id").execute(),
  ]);
  return JSON.stringify(tables);
}

/** Awaits a promise that must fail with an AppError of the given code, and returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code, error.message).toBe(code);
    return error;
  }
  throw new Error(`expected AppError "${code}", but it succeeded`);
}

export async function stateOf(store: Store, translationId: number): Promise<string | undefined> {
  const row = await store.db
    .selectFrom("article_translations")
    .select("state")
    .where("id", "=", translationId)
    .executeTakeFirst();
  return row?.state;
}

export async function auditActions(
  store: Store,
  action: string,
): Promise<{ subjectId: string | null; actorId: number | null; actorLabel: string; details: string }[]> {
  const rows = await store.db
    .selectFrom("audit_log")
    .select(["subject_id", "actor_id", "actor_label", "details"])
    .where("action", "=", action)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    subjectId: r.subject_id,
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    details: r.details,
  }));
}
