import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A person with their names and posts in every language, for the editor's byline and people pickers. */
export interface PersonWithPosts {
  id: number;
  slug: string;
  /** The person's name by language code. */
  names: Record<string, string>;
  posts: { id: number; titles: Record<string, string> }[];
}

/** Every person with names and posts, in id order (posts too): a site has tens of people, not thousands. */
export async function listPeopleWithPosts(db: Kysely<Database>): Promise<PersonWithPosts[]> {
  const [people, names, posts] = await Promise.all([
    db.selectFrom("people").select(["id", "slug"]).orderBy("id").execute(),
    db.selectFrom("person_translations").select(["person_id", "lang", "name"]).execute(),
    db
      .selectFrom("person_posts as p")
      .leftJoin("person_post_translations as pt", "pt.post_id", "p.id")
      .select(["p.id", "p.person_id", "pt.lang", "pt.title"])
      .orderBy("p.id")
      .execute(),
  ]);
  const byId = new Map<number, PersonWithPosts>(
    people.map((p) => [p.id, { id: p.id, slug: p.slug, names: {}, posts: [] }]),
  );
  for (const n of names) {
    const person = byId.get(n.person_id);
    if (person) person.names[n.lang] = n.name;
  }
  for (const row of posts) {
    const person = byId.get(row.person_id);
    if (!person) continue;
    let post = person.posts.find((p) => p.id === row.id);
    if (!post) {
      post = { id: row.id, titles: {} };
      person.posts.push(post);
    }
    if (row.lang !== null && row.title !== null) post.titles[row.lang] = row.title;
  }
  return [...byId.values()];
}
