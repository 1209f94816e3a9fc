import { announceContentChange } from "../store/contentChanges.js";
import { appendAudit } from "../audit/log.js";
import { SectionTree, sectionPath } from "../domain/sections.js";
import { isValidSlug } from "../domain/slugs.js";
import type { Clock } from "../lib/clock.js";
import { AppError } from "../lib/errors.js";
import { inTransaction, type Store } from "../store/database.js";
import { loadSections } from "../store/sections.js";
import { createSection } from "./createSection.js";
import type { Actor } from "./users.js";

export interface SectionsContext {
  store: Store;
  languages: readonly string[];
  clock?: Clock | undefined;
}

/**
 * Why a section change is refused; the back office shows a message for each. Carried in AppError details as
 * `{ problem, lang }`, never read from the message.
 */
export type SectionProblem =
  | "section_title_blank"
  | "section_slug_invalid"
  | "section_position_invalid"
  | "section_parent_missing"
  | "section_path_taken"
  | "section_has_published"
  | "section_language_missing";

/** Translations whose address readers may already hold, or will soon: a slug change would break it. */
const LIVE_STATES = ["published", "scheduled", "embargoed"] as const;

function invalid(problem: SectionProblem, message: string, lang?: string): AppError {
  return new AppError("validation_failed", message, { problem, ...(lang ? { lang } : {}) });
}

function auditActor(actor: Actor): { actorId: number | null; actorLabel: string; ip: string | undefined } {
  return { actorId: actor.id, actorLabel: actor.label, ip: actor.ip };
}

function checkPosition(position: number): void {
  if (!Number.isSafeInteger(position) || position < 0 || position > 1_000_000) {
    throw invalid("section_position_invalid", "The position must be a whole number from 0");
  }
}

function checkTranslation(lang: string, t: { slug: string; title: string }): void {
  if (t.title.trim() === "" || t.title.trim().length > 200) {
    throw invalid("section_title_blank", `The ${lang} title is empty or too long`, lang);
  }
  if (!isValidSlug(t.slug) || t.slug.includes(".")) {
    throw invalid("section_slug_invalid", `The ${lang} slug "${t.slug}" is not valid`, lang);
  }
}

export interface NewSectionInput {
  parentId: number | null;
  position: number;
  /** Every configured language is required: the tree is shown in all of them. */
  translations: Record<string, { slug: string; title: string }>;
}

/** Creates a section (see createSection) and records "section_created" in the same transaction. */
export async function addSection(
  ctx: SectionsContext,
  actor: Actor,
  input: NewSectionInput,
): Promise<number> {
  checkPosition(input.position);
  for (const lang of ctx.languages) {
    const t = input.translations[lang];
    if (!t) throw invalid("section_language_missing", `The ${lang} title and slug are missing`, lang);
    checkTranslation(lang, t);
  }
  return inTransaction(ctx.store.db, async (db) => {
    // Every page shows the section tree (navigation, breadcrumbs, addresses).
    announceContentChange({ everything: true });
    if (input.parentId !== null) {
      const parent = await db
        .selectFrom("sections")
        .select("id")
        .where("id", "=", input.parentId)
        .executeTakeFirst();
      if (!parent) throw invalid("section_parent_missing", `No section ${input.parentId}`);
    }
    const id = await createSection(
      { store: { ...ctx.store, db }, languages: ctx.languages, clock: ctx.clock },
      {
        parentId: input.parentId,
        position: input.position,
        translations: input.translations,
      },
    ).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "slug_taken") {
        throw new AppError("slug_taken", error.message, { ...error.details, problem: "section_path_taken" });
      }
      throw error;
    });
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        ...auditActor(actor),
        action: "section_created",
        subjectType: "section",
        subjectId: id,
        details: { parentId: input.parentId, position: input.position, translations: input.translations },
      },
      ctx.clock,
    );
    return id;
  });
}

export interface SectionUpdate {
  sectionId: number;
  position: number;
  /** The section's title and slug per language; a language left out is not changed. */
  translations: Record<string, { slug: string; title: string }>;
}

/**
 * Changes a section's titles, slugs and position, recording "section_changed" with what changed, all in one
 * transaction. A slug change rewrites the path of the section and of every section under it in that language.
 * It is refused when the new path is taken (slug_taken), and when an item under the section is published,
 * scheduled or under embargo in that language: readers' links to it would break. Returns whether anything
 * changed.
 */
export async function updateSection(
  ctx: SectionsContext,
  actor: Actor,
  input: SectionUpdate,
): Promise<boolean> {
  checkPosition(input.position);
  for (const [lang, t] of Object.entries(input.translations)) {
    if (!ctx.languages.includes(lang))
      throw invalid("section_language_missing", `"${lang}" is not configured`);
    checkTranslation(lang, t);
  }
  return inTransaction(ctx.store.db, async (db) => {
    // Every page shows the section tree (navigation, breadcrumbs, addresses).
    announceContentChange({ everything: true });
    const tree = new SectionTree(await loadSections(db));
    const section = tree.get(input.sectionId);
    if (!section) throw new AppError("not_found", `No section ${input.sectionId}`);
    const subtree = tree.subtreeIds(section.id);
    const changes: Record<string, Record<string, { from: string; to: string }>> = {};

    for (const [lang, wanted] of Object.entries(input.translations)) {
      const current = section.translations[lang];
      if (!current) throw invalid("section_language_missing", `The section has no ${lang} translation`, lang);
      const title = wanted.title.trim();
      const change: Record<string, { from: string; to: string }> = {};
      if (title !== current.title) {
        await db
          .updateTable("section_translations")
          .set({ title })
          .where("section_id", "=", section.id)
          .where("lang", "=", lang)
          .execute();
        change["title"] = { from: current.title, to: title };
      }
      if (wanted.slug !== current.slug) {
        const live = await db
          .selectFrom("article_translations")
          .select("id")
          .where("section_id", "in", subtree)
          .where("lang", "=", lang)
          .where("state", "in", LIVE_STATES)
          .limit(1)
          .executeTakeFirst();
        if (live) {
          throw new AppError(
            "conflict",
            `Items under the section are published (or due to be) in ${lang}: changing its slug would break their addresses`,
            { problem: "section_has_published", lang },
          );
        }
        const parent = section.parentId === null ? undefined : tree.get(section.parentId);
        const parentPath = parent?.translations[lang]?.path;
        const oldPath = current.path;
        const newPath = sectionPath(parentPath, wanted.slug);
        const inSubtree = new Set(subtree);
        const taken = new Set(
          (
            await db
              .selectFrom("section_translations")
              .select(["section_id", "path"])
              .where("lang", "=", lang)
              .execute()
          )
            .filter((r) => !inSubtree.has(r.section_id))
            .map((r) => r.path),
        );
        for (const id of subtree) {
          const t = tree.get(id)?.translations[lang];
          if (!t) continue;
          const path = id === section.id ? newPath : `${newPath}${t.path.slice(oldPath.length)}`;
          if (taken.has(path)) {
            throw new AppError("slug_taken", `The section path "${path}" is already used in ${lang}`, {
              problem: "section_path_taken",
              lang,
              path,
            });
          }
          await db
            .updateTable("section_translations")
            .set(id === section.id ? { path, slug: wanted.slug } : { path })
            .where("section_id", "=", id)
            .where("lang", "=", lang)
            .execute();
        }
        change["slug"] = { from: current.slug, to: wanted.slug };
      }
      if (Object.keys(change).length > 0) changes[lang] = change;
    }

    const details: Record<string, unknown> = { translations: changes };
    if (input.position !== section.position) {
      await db
        .updateTable("sections")
        .set({ position: input.position })
        .where("id", "=", section.id)
        .execute();
      details["position"] = { from: section.position, to: input.position };
    } else if (Object.keys(changes).length === 0) {
      return false;
    }
    await appendAudit(
      { db, dialect: ctx.store.dialect },
      {
        ...auditActor(actor),
        action: "section_changed",
        subjectType: "section",
        subjectId: section.id,
        details,
      },
      ctx.clock,
    );
    return true;
  });
}
