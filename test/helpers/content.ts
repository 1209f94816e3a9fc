import { createArticle, type TranslationInput } from "../../src/commands/createArticle.js";
import { createSection } from "../../src/commands/createSection.js";
import type { Store } from "../../src/store/database.js";

export const LANGUAGES = ["en", "ru"] as const;

/** A small tree: news › news_odkb, in both languages. */
export async function makeNewsSections(store: Store): Promise<{ news: number; odkb: number }> {
  const ctx = { store, languages: LANGUAGES };
  const news = await createSection(ctx, {
    parentId: null,
    translations: { en: { slug: "news", title: "News" }, ru: { slug: "news", title: "Новости" } },
  });
  const odkb = await createSection(ctx, {
    parentId: news,
    translations: {
      en: { slug: "news_odkb", title: "CSTO news" },
      ru: { slug: "news_odkb", title: "Новости ОДКБ" },
    },
  });
  return { news, odkb };
}

export function translation(
  lang: string,
  title: string,
  extra: Partial<TranslationInput> = {},
): TranslationInput {
  return {
    lang,
    title,
    lead: `${title} — lead`,
    bodyHtml: `<p>${title} body</p>`,
    state: "published",
    ...extra,
  };
}

/** Creates a published bilingual article at the given time. */
export async function makeArticle(
  store: Store,
  sectionId: number,
  publishedAt: string,
  titles: { en?: string; ru?: string },
): Promise<{ articleId: number; slugs: Record<string, string> }> {
  return createArticle(
    { store, languages: LANGUAGES },
    {
      sectionId,
      kind: "news",
      publishedAt,
      translations: Object.entries(titles).map(([lang, title]) => translation(lang, title)),
    },
  );
}

/** Row counts of every content table: "nothing was written" is checked against these. */
export async function contentCounts(store: Store): Promise<Record<string, number>> {
  const tables = [
    "sections",
    "section_translations",
    "articles",
    "article_translations",
    "article_people",
    "people",
    "import_sources",
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
