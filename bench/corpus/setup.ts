import { createSection } from "../../src/commands/createSection.js";
import { demoSections } from "../../src/demo/content.js";
import type { DemoSection } from "../../src/demo/types.js";
import { inTransaction, type Store } from "../../src/store/database.js";
import { insertPerson } from "../../src/store/people.js";
import { loadSections } from "../../src/store/sections.js";
import { PEOPLE } from "./people.js";

/**
 * Makes sure the database has the demo site's sections and the corpus's people, through the project's own command
 * and store functions, and answers their ids. What is already there (a site with the demo loaded, or a corpus
 * being extended) is reused, not duplicated.
 */
export interface CorpusIds {
  /** Section id by demo section key. */
  sections: Map<string, number>;
  /** Person id and post ids, in the order of PEOPLE and of each person's posts. */
  people: { id: number; postIds: number[] }[];
}

const LANGUAGES = ["en", "ru"] as const;

function pathOf(section: DemoSection): string {
  const parent = section.parentKey ? demoSections.find((s) => s.key === section.parentKey) : undefined;
  const slug = section.translations.en?.slug ?? section.key;
  return parent ? `${pathOf(parent)}/${slug}` : slug;
}

async function ensureSections(store: Store, now: string): Promise<Map<string, number>> {
  const existing = await loadSections(store.db);
  const ids = new Map<string, number>();
  for (const section of demoSections) {
    const path = pathOf(section);
    const found = existing.find((s) => s.translations.en?.path === path);
    if (found) {
      ids.set(section.key, found.id);
      continue;
    }
    const parentId = section.parentKey ? ids.get(section.parentKey) : null;
    if (parentId === undefined) throw new Error(`section ${section.key} comes before its parent`);
    const translations: Record<string, { slug: string; title: string }> = {};
    for (const lang of LANGUAGES) {
      const t = section.translations[lang];
      if (t) translations[lang] = t;
    }
    const id = await createSection(
      { store, languages: LANGUAGES, clock: { now: () => new Date(now) } },
      { parentId, position: section.position, translations },
    );
    ids.set(section.key, id);
  }
  return ids;
}

async function ensurePeople(store: Store, now: string): Promise<CorpusIds["people"]> {
  const result: CorpusIds["people"] = [];
  for (const person of PEOPLE) {
    const row = await store.db
      .selectFrom("people")
      .select("id")
      .where("slug", "=", person.slug)
      .executeTakeFirst();
    if (row) {
      const posts = await store.db
        .selectFrom("person_posts")
        .select("id")
        .where("person_id", "=", row.id)
        .orderBy("id")
        .execute();
      result.push({ id: row.id, postIds: posts.map((p) => p.id) });
      continue;
    }
    result.push(
      await insertPerson(
        store.db,
        {
          slug: person.slug,
          names: { ru: person.fullName[0] ?? "", en: person.en.full },
          aliases: person.aliases,
          posts: person.posts.map((post) => ({
            startedOn: post.startedOn,
            endedOn: post.endedOn,
            titles: { ru: post.titles.ru, en: post.titles.en },
          })),
        },
        now,
      ),
    );
  }
  return result;
}

export async function ensureCorpusSetup(store: Store, now = "2011-01-01T00:00:00.000Z"): Promise<CorpusIds> {
  return inTransaction(store.db, async (trx) => {
    const inner: Store = { ...store, db: trx };
    const sections = await ensureSections(inner, now);
    const people = await ensurePeople(inner, now);
    return { sections, people };
  });
}
