import { announceContentChange } from "../store/contentChanges.js";
import type { DemoContent } from "../demo/types.js";
import type { Clock } from "../lib/clock.js";
import { isoNow } from "../lib/clock.js";
import { inTransaction, type Store } from "../store/database.js";
import { insertPerson } from "../store/people.js";
import { clearSearchIndex } from "../search/sync.js";
import { createArticle } from "./createArticle.js";
import { createSection } from "./createSection.js";

export interface DemoContext {
  store: Store;
  languages: readonly string[];
  clock?: Clock;
}

/** Whether the database holds no content at all: the demo is only ever loaded into an empty site. */
export async function isEmptySite(store: Store): Promise<boolean> {
  const [section, article] = await Promise.all([
    store.db.selectFrom("sections").select("id").limit(1).executeTakeFirst(),
    store.db.selectFrom("articles").select("id").limit(1).executeTakeFirst(),
  ]);
  return section === undefined && article === undefined;
}

/**
 * Removes all content (articles, people, sections, import records). Used by `pressroom demo --reset`, inside one
 * transaction with the reload so that a failure leaves the old content in place.
 */
async function deleteAllContent(store: Store): Promise<void> {
  const { db } = store;
  await clearSearchIndex(db);
  await db.deleteFrom("import_sources").execute();
  await db.deleteFrom("article_translations").execute();
  await db.deleteFrom("article_people").execute();
  await db.deleteFrom("articles").execute();
  await db.deleteFrom("person_post_translations").execute();
  await db.deleteFrom("person_posts").execute();
  await db.deleteFrom("person_aliases").execute();
  await db.deleteFrom("person_translations").execute();
  await db.deleteFrom("people").execute();
  // Children before parents: sections reference their parent.
  for (;;) {
    const leaves = await db
      .selectFrom("sections as s")
      .select("s.id")
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom("sections as c").select("c.id").whereRef("c.parent_id", "=", "s.id"))),
      )
      .execute();
    if (leaves.length === 0) break;
    await db
      .deleteFrom("section_translations")
      .where(
        "section_id",
        "in",
        leaves.map((l) => l.id),
      )
      .execute();
    await db
      .deleteFrom("sections")
      .where(
        "id",
        "in",
        leaves.map((l) => l.id),
      )
      .execute();
  }
}

/** Loads the demo site. With `reset`, replaces whatever content is there. Returns how many articles it made. */
export async function loadDemo(
  ctx: DemoContext,
  content: DemoContent,
  options: { reset: boolean },
): Promise<number> {
  const languages = ctx.languages.filter((lang) => lang === "en" || lang === "ru");
  return inTransaction(ctx.store.db, async (trx) => {
    announceContentChange({ everything: true });
    const store: Store = { ...ctx.store, db: trx };
    if (options.reset) await deleteAllContent(store);
    const inner = { ...ctx, store };
    const now = isoNow(ctx.clock);

    const sectionIds = new Map<string, number>();
    for (const section of content.sections) {
      const parentId = section.parentKey ? sectionIds.get(section.parentKey) : null;
      if (parentId === undefined) throw new Error(`Demo section ${section.key} comes before its parent`);
      const translations = Object.fromEntries(
        languages.flatMap((lang) => {
          const t = section.translations[lang];
          return t ? [[lang, t]] : [];
        }),
      );
      sectionIds.set(
        section.key,
        await createSection(inner, { parentId, position: section.position, translations }),
      );
    }

    const people = new Map<string, { id: number; posts: Map<string, number> }>();
    for (const person of content.people) {
      const { id, postIds } = await insertPerson(
        trx,
        {
          slug: person.slug,
          names: Object.fromEntries(
            Object.entries(person.names).filter((e): e is [string, string] => e[1] !== undefined),
          ),
          aliases: person.aliases,
          posts: person.posts.map((post) => ({
            startedOn: post.startedOn,
            endedOn: post.endedOn,
            titles: Object.fromEntries(
              Object.entries(post.titles).filter((e): e is [string, string] => e[1] !== undefined),
            ),
          })),
        },
        now,
      );
      people.set(person.key, {
        id,
        posts: new Map(person.posts.map((post, i) => [post.key, postIds[i] ?? -1])),
      });
    }

    let count = 0;
    for (const article of content.articles) {
      const sectionId = sectionIds.get(article.sectionKey);
      if (sectionId === undefined)
        throw new Error(`Demo article ${article.key} names unknown section ${article.sectionKey}`);
      await createArticle(inner, {
        sectionId,
        kind: article.kind,
        publishedAt: article.publishedAt,
        eventStart: article.eventStart,
        eventEnd: article.eventEnd,
        peopleIds: article.people.flatMap((key) => people.get(key)?.id ?? []),
        translations: languages.flatMap((lang) => {
          const t = article.translations[lang];
          if (!t) return [];
          const signer = t.signature ? people.get(t.signature.personKey) : undefined;
          return [
            {
              lang,
              title: t.title,
              lead: t.lead,
              bodyHtml: t.bodyHtml,
              place: t.place,
              signature:
                signer && t.signature
                  ? { personId: signer.id, postId: signer.posts.get(t.signature.postKey) }
                  : undefined,
              state: "published" as const,
            },
          ];
        }),
      });
      count++;
    }
    return count;
  });
}
