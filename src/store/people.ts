import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface NewPerson {
  slug: string;
  names: Record<string, string>;
  aliases: string[];
  posts: { startedOn?: string | undefined; endedOn?: string | undefined; titles: Record<string, string> }[];
}

/** Inserts a person with names, aliases and posts. Returns the person's id and the post ids in order. */
export async function insertPerson(
  db: Kysely<Database>,
  person: NewPerson,
  now: string,
): Promise<{ id: number; postIds: number[] }> {
  const { id } = await db
    .insertInto("people")
    .values({ slug: person.slug, created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const names = Object.entries(person.names).map(([lang, name]) => ({ person_id: id, lang, name }));
  if (names.length > 0) await db.insertInto("person_translations").values(names).execute();
  const aliases = [...new Set(person.aliases)].map((alias) => ({ person_id: id, alias }));
  if (aliases.length > 0) await db.insertInto("person_aliases").values(aliases).execute();
  const postIds: number[] = [];
  for (const post of person.posts) {
    const row = await db
      .insertInto("person_posts")
      .values({ person_id: id, started_on: post.startedOn ?? null, ended_on: post.endedOn ?? null })
      .returning("id")
      .executeTakeFirstOrThrow();
    postIds.push(row.id);
    const titles = Object.entries(post.titles).map(([lang, title]) => ({ post_id: row.id, lang, title }));
    if (titles.length > 0) await db.insertInto("person_post_translations").values(titles).execute();
  }
  return { id, postIds };
}

/** A person as the importer matches signatures against: every name and alias, every post title. */
export interface MatchablePerson {
  id: number;
  names: string[];
  posts: { id: number; titles: string[] }[];
}

export async function loadMatchablePeople(db: Kysely<Database>): Promise<MatchablePerson[]> {
  const [people, names, aliases, posts] = await Promise.all([
    db.selectFrom("people").select("id").orderBy("id").execute(),
    db.selectFrom("person_translations").select(["person_id", "name"]).execute(),
    db.selectFrom("person_aliases").select(["person_id", "alias"]).execute(),
    db
      .selectFrom("person_posts")
      .innerJoin("person_post_translations", "person_post_translations.post_id", "person_posts.id")
      .select(["person_posts.id", "person_posts.person_id", "person_post_translations.title"])
      .orderBy("person_posts.id")
      .execute(),
  ]);
  return people.map(({ id }) => {
    const postMap = new Map<number, string[]>();
    for (const p of posts.filter((row) => row.person_id === id)) {
      postMap.set(p.id, [...(postMap.get(p.id) ?? []), p.title]);
    }
    return {
      id,
      names: [
        ...names.filter((n) => n.person_id === id).map((n) => n.name),
        ...aliases.filter((a) => a.person_id === id).map((a) => a.alias),
      ],
      posts: [...postMap].map(([postId, titles]) => ({ id: postId, titles })),
    };
  });
}

/** The name of a person and the title of a post in one language, for composing a signature. */
export async function loadSignatureParts(
  db: Kysely<Database>,
  personId: number,
  postId: number | null,
  lang: string,
): Promise<{ name: string | undefined; postTitle: string | undefined }> {
  const name = await db
    .selectFrom("person_translations")
    .select("name")
    .where("person_id", "=", personId)
    .where("lang", "=", lang)
    .executeTakeFirst();
  const post =
    postId === null
      ? undefined
      : await db
          .selectFrom("person_post_translations")
          .innerJoin("person_posts", "person_posts.id", "person_post_translations.post_id")
          .select("person_post_translations.title")
          .where("person_post_translations.post_id", "=", postId)
          .where("person_posts.person_id", "=", personId)
          .where("person_post_translations.lang", "=", lang)
          .executeTakeFirst();
  return { name: name?.name, postTitle: post?.title };
}
