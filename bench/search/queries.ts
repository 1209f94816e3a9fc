import type { Kysely } from "kysely";
import { SectionTree } from "../../src/domain/sections.js";
import type { SearchFilters, SearchOrder } from "../../src/search/types.js";
import type { Database } from "../../src/store/schema.js";
import { loadSections } from "../../src/store/sections.js";

/**
 * The query classes the benchmark times. Words are chosen from the corpus vocabulary by how often they occur:
 * "Хорог"/"Khorog" is a town at the far end of the Zipf tail (about 0.2% of items), "безопасность"/"security" is
 * in nearly every item, the phrase is the organisation's highest council.
 */
export interface QueryCase {
  /** e.g. "1 word, rare" */
  kind: string;
  lang: "ru" | "en";
  order: SearchOrder;
  /** What the reader typed. */
  text: string;
  filters: SearchFilters;
  /** How the filters read in the report. */
  filterNote: string;
}

interface WordsByLanguage {
  ru: string;
  en: string;
}

interface QueryClass {
  kind: string;
  words: WordsByLanguage;
  filters: (lang: "ru" | "en") => Omit<SearchFilters, "lang">;
  filterNote: string;
  /** A listing by filters alone has no relevance to order by. */
  dateOrderOnly?: boolean;
}

export interface BenchContext {
  /** news/news_odkb and what is under it. */
  newsOdkb: number[];
  /** The Secretary General of 2017–2019. */
  personId: number;
}

export async function benchContext(db: Kysely<Database>): Promise<BenchContext> {
  const tree = new SectionTree(await loadSections(db));
  const subtree = (path: string) => {
    const section = tree.findByPath("en", path);
    if (!section) throw new Error(`the corpus has no section ${path}`);
    return tree.subtreeIds(section.id);
  };
  const person = await db
    .selectFrom("people")
    .select("id")
    .where("slug", "=", "yuri-khachatryan")
    .executeTakeFirst();
  if (!person) throw new Error("the corpus has no person yuri-khachatryan");
  return { newsOdkb: subtree("news/news_odkb"), personId: person.id };
}

function classes(ctx: BenchContext): QueryClass[] {
  const none = () => ({});
  return [
    { kind: "1 word, rare", words: { ru: "Хорог", en: "Khorog" }, filters: none, filterNote: "" },
    { kind: "1 word, common", words: { ru: "безопасность", en: "security" }, filters: none, filterNote: "" },
    {
      kind: "2 words, rare + common",
      words: { ru: "Хорог безопасность", en: "Khorog security" },
      filters: none,
      filterNote: "",
    },
    {
      kind: "2 words, common",
      words: { ru: "сотрудничество угрозы", en: "cooperation threats" },
      filters: none,
      filterNote: "",
    },
    {
      kind: "phrase",
      words: { ru: "«Совет коллективной безопасности»", en: '"Collective Security Council"' },
      filters: none,
      filterNote: "",
    },
    {
      kind: "filter: section",
      words: { ru: "учения", en: "exercise" },
      filters: () => ({ sectionIds: ctx.newsOdkb }),
      filterNote: "news/news_odkb",
    },
    {
      kind: "filter: date range",
      words: { ru: "миграция", en: "migration" },
      filters: () => ({ from: "2019-01-01T00:00:00.000Z", to: "2020-01-01T00:00:00.000Z" }),
      filterNote: "2019",
    },
    {
      kind: "filter: person",
      // Not "визит": Snowball cuts it to "виз" but "визитом" to "визит", so the bare noun finds none of its forms.
      words: { ru: "встреча", en: "meeting" },
      filters: () => ({ personId: ctx.personId }),
      filterNote: "Yuri Khachatryan",
    },
    {
      kind: "filters only (listing)",
      words: { ru: "", en: "" },
      filters: () => ({ sectionIds: ctx.newsOdkb, personId: ctx.personId }),
      filterNote: "news/news_odkb + Yuri Khachatryan",
      dateOrderOnly: true,
    },
  ];
}

export function queryCases(ctx: BenchContext): QueryCase[] {
  const cases: QueryCase[] = [];
  for (const c of classes(ctx)) {
    for (const lang of ["ru", "en"] as const) {
      const orders: SearchOrder[] = c.dateOrderOnly ? ["date"] : ["relevance", "date"];
      for (const order of orders) {
        cases.push({
          kind: c.kind,
          lang,
          order,
          text: c.words[lang],
          filters: { lang, ...c.filters(lang) },
          filterNote: c.filterNote,
        });
      }
    }
  }
  return cases;
}
