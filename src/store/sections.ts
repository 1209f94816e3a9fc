import type { Kysely } from "kysely";
import type { Section } from "../domain/sections.js";
import type { Database } from "./schema.js";

/** Every section with its translations, for building a SectionTree. */
export async function loadSections(db: Kysely<Database>): Promise<Section[]> {
  const [sections, translations] = await Promise.all([
    db.selectFrom("sections").select(["id", "parent_id", "position"]).orderBy("id").execute(),
    db.selectFrom("section_translations").select(["section_id", "lang", "slug", "path", "title"]).execute(),
  ]);
  const byId = new Map<number, Section>(
    sections.map((s) => [s.id, { id: s.id, parentId: s.parent_id, position: s.position, translations: {} }]),
  );
  for (const t of translations) {
    const section = byId.get(t.section_id);
    if (section) section.translations[t.lang] = { slug: t.slug, path: t.path, title: t.title };
  }
  return [...byId.values()];
}

export interface NewSection {
  parentId: number | null;
  position: number;
  translations: Record<string, { slug: string; path: string; title: string }>;
}

export async function insertSection(db: Kysely<Database>, section: NewSection, now: string): Promise<number> {
  const row = await db
    .insertInto("sections")
    .values({ parent_id: section.parentId, position: section.position, created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rows = Object.entries(section.translations).map(([lang, t]) => ({
    section_id: row.id,
    lang,
    slug: t.slug,
    path: t.path,
    title: t.title,
  }));
  if (rows.length > 0) await db.insertInto("section_translations").values(rows).execute();
  return row.id;
}

/** Whether a section path is taken in a language. */
export async function sectionPathExists(db: Kysely<Database>, lang: string, path: string): Promise<boolean> {
  const row = await db
    .selectFrom("section_translations")
    .select("section_id")
    .where("lang", "=", lang)
    .where("path", "=", path)
    .executeTakeFirst();
  return row !== undefined;
}
