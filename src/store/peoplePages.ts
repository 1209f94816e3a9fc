import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A post a person held, titled in one language; calendar dates, either of which may be unknown. */
export interface PublicPost {
  id: number;
  title: string;
  startedOn: string | null;
  endedOn: string | null;
}

/** A person as the public pages show them in one language. */
export interface PublicPerson {
  id: number;
  slug: string;
  name: string;
  posts: PublicPost[];
}

/** Posts titled in the language, per person; the most recently started first, undated ones after in entry order. */
async function postsIn(
  db: Kysely<Database>,
  lang: string,
  personIds: readonly number[],
): Promise<Map<number, PublicPost[]>> {
  const byPerson = new Map<number, PublicPost[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .selectFrom("person_posts as p")
    .innerJoin("person_post_translations as pt", "pt.post_id", "p.id")
    .select(["p.id", "p.person_id", "p.started_on", "p.ended_on", "pt.title"])
    .where("pt.lang", "=", lang)
    .where("p.person_id", "in", [...personIds])
    .orderBy("p.id")
    .execute();
  for (const r of rows) {
    const list = byPerson.get(r.person_id) ?? [];
    list.push({ id: r.id, title: r.title, startedOn: r.started_on, endedOn: r.ended_on });
    byPerson.set(r.person_id, list);
  }
  for (const list of byPerson.values()) list.sort(byStartDescending);
  return byPerson;
}

function byStartDescending(a: PublicPost, b: PublicPost): number {
  if (a.startedOn !== b.startedOn) {
    if (a.startedOn === null) return 1;
    if (b.startedOn === null) return -1;
    return a.startedOn < b.startedOn ? 1 : -1;
  }
  return a.id - b.id;
}

/** Everyone who has a name in the language, with their posts there. A site has tens of people, not thousands. */
export async function listPeopleIn(db: Kysely<Database>, lang: string): Promise<PublicPerson[]> {
  const people = await db
    .selectFrom("people as p")
    .innerJoin("person_translations as pt", "pt.person_id", "p.id")
    .select(["p.id", "p.slug", "pt.name"])
    .where("pt.lang", "=", lang)
    .orderBy("p.id")
    .execute();
  const posts = await postsIn(
    db,
    lang,
    people.map((p) => p.id),
  );
  return people.map((p) => ({ id: p.id, slug: p.slug, name: p.name, posts: posts.get(p.id) ?? [] }));
}

/**
 * The person with this slug as named in the language, and the languages they have a name in (for the language
 * switch). Undefined for an unknown slug or a person with no name in the language.
 */
export async function findPersonBySlug(
  db: Kysely<Database>,
  slug: string,
  lang: string,
): Promise<{ person: PublicPerson; languages: string[] } | undefined> {
  const person = await db
    .selectFrom("people")
    .select(["id", "slug"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!person) return undefined;
  const names = await db
    .selectFrom("person_translations")
    .select(["lang", "name"])
    .where("person_id", "=", person.id)
    .orderBy("lang")
    .execute();
  const name = names.find((n) => n.lang === lang)?.name;
  if (name === undefined) return undefined;
  const posts = await postsIn(db, lang, [person.id]);
  return {
    person: { id: person.id, slug: person.slug, name, posts: posts.get(person.id) ?? [] },
    languages: names.map((n) => n.lang),
  };
}
