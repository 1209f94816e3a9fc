import { isValidSlug } from "../domain/slugs.js";
import { sectionPath } from "../domain/sections.js";
import { AppError } from "../lib/errors.js";
import { isoNow, type Clock } from "../lib/clock.js";
import { inTransaction, type Store } from "../store/database.js";
import { insertSection, sectionPathExists } from "../store/sections.js";

export interface SectionInput {
  parentId: number | null;
  position?: number;
  translations: Record<string, { slug: string; title: string }>;
}

/** Creates a section under a parent; its path in each language is the parent's path plus its slug. */
export async function createSection(
  ctx: { store: Store; languages: readonly string[]; clock?: Clock },
  input: SectionInput,
): Promise<number> {
  const problems: string[] = [];
  for (const [lang, t] of Object.entries(input.translations)) {
    if (!ctx.languages.includes(lang)) problems.push(`language "${lang}" is not configured`);
    if (!isValidSlug(t.slug) || t.slug.includes("."))
      problems.push(`the ${lang} slug "${t.slug}" is not valid`);
    if (t.title.trim() === "") problems.push(`the ${lang} title is empty`);
  }
  if (Object.keys(input.translations).length === 0) problems.push("a section needs a title in one language");
  if (problems.length > 0) throw new AppError("validation_failed", problems.join("; "), { problems });

  return inTransaction(ctx.store.db, async (trx) => {
    const parentPaths = new Map<string, string>();
    if (input.parentId !== null) {
      const rows = await trx
        .selectFrom("section_translations")
        .select(["lang", "path"])
        .where("section_id", "=", input.parentId)
        .execute();
      if (rows.length === 0)
        throw new AppError("validation_failed", `Parent section ${input.parentId} not found`);
      for (const r of rows) parentPaths.set(r.lang, r.path);
    }
    const translations: Record<string, { slug: string; path: string; title: string }> = {};
    for (const [lang, t] of Object.entries(input.translations)) {
      const parentPath = parentPaths.get(lang);
      if (input.parentId !== null && parentPath === undefined) {
        throw new AppError("validation_failed", `The parent section has no ${lang} translation`);
      }
      const path = sectionPath(parentPath, t.slug);
      if (await sectionPathExists(trx, lang, path)) {
        throw new AppError("slug_taken", `The section path "${path}" is already used in ${lang}`, {
          lang,
          path,
        });
      }
      translations[lang] = { slug: t.slug, path, title: t.title.trim() };
    }
    return insertSection(
      trx,
      { parentId: input.parentId, position: input.position ?? 0, translations },
      isoNow(ctx.clock),
    );
  });
}
