import { createArticle } from "../../src/commands/createArticle.js";
import { createSection } from "../../src/commands/createSection.js";
import { parseQuery } from "../../src/domain/search/queryParser.js";
import type { SearchFilters, SearchOrder, SearchPage, SearchService } from "../../src/search/types.js";
import type { Store } from "../../src/store/database.js";
import { insertPerson } from "../../src/store/people.js";
import { LANGUAGES } from "../helpers/content.js";

/**
 * A fixed bilingual corpus about a regional organisation: council meetings, observer missions, statements.
 * Every item is written through the real createArticle command, so the index is filled the way the site fills
 * it. Slugs are the item keys, so results read the same on both databases: "en:mission-armenia".
 */

type PersonKey = "zas" | "sidorov" | "kazakova" | "zaynetdinov";
type SectionKey = "news" | "odkb" | "statements";

interface Text {
  title: string;
  lead: string;
  body: string;
  signature?: { person: PersonKey; text: string };
}

interface CorpusItem {
  key: string;
  section: SectionKey;
  kind: "news" | "statement" | "interview";
  publishedAt: string;
  people?: PersonKey[];
  en?: Text;
  ru?: Text;
}

export const CORPUS: CorpusItem[] = [
  {
    key: "council-minsk",
    section: "odkb",
    kind: "news",
    publishedAt: "2024-11-28T10:00:00.000Z",
    en: {
      title: "Collective Security Council meets in Minsk",
      lead: "Heads of state held the annual session of the Collective Security Council.",
      body: "<p>The meeting adopted a declaration. Secretary General Stanislav Zas presented the report.</p>",
    },
    ru: {
      title: "Совет коллективной безопасности собрался в Минске",
      lead: "Главы государств провели ежегодную сессию Совета коллективной безопасности.",
      body: "<p>Участники приняли декларацию. Генеральный секретарь Станислав Зась представил доклад.</p>",
    },
  },
  {
    key: "mission-armenia",
    section: "news",
    kind: "news",
    publishedAt: "2024-10-15T08:30:00.000Z",
    en: {
      title: "Observer mission arrives in Armenia",
      lead: "The observer mission began its work in Yerevan.",
      body: "<p>The mission will watch the parliamentary elections.</p>",
    },
    ru: {
      title: "Миссия наблюдателей прибыла в Армению",
      lead: "Миссия наблюдателей начала работу в Ереване.",
      body: "<p>Наблюдатели будут следить за парламентскими выборами.</p>",
    },
  },
  {
    key: "mission-kyrgyzstan",
    section: "odkb",
    kind: "news",
    publishedAt: "2024-09-20T07:00:00.000Z",
    en: {
      title: "Election observation in Kyrgyzstan",
      lead: "Observers from the member states watched the vote.",
      body: "<p>The head of the mission, Anatoly Sidorov, met the election commission.</p>",
    },
    ru: {
      title: "Наблюдение за выборами в Киргизии",
      lead: "Наблюдатели государств-членов следили за голосованием.",
      body: "<p>Руководитель миссии Анатолий Сидоров встретился с избирательной комиссией.</p>",
    },
  },
  {
    key: "mission-dushanbe",
    section: "news",
    kind: "news",
    publishedAt: "2024-08-05T12:00:00.000Z",
    en: {
      title: "Meeting with the observer mission in Dushanbe",
      lead: "The foreign minister of Tajikistan received the observers.",
      body: "<p>The sides discussed the course of the elections.</p>",
    },
    ru: {
      title: "Встреча с миссией наблюдателей в Душанбе",
      lead: "Министр иностранных дел Таджикистана принял наблюдателей.",
      body: "<p>Стороны обсудили ход выборов.</p>",
    },
  },
  {
    key: "armenia-consultations",
    section: "news",
    kind: "news",
    publishedAt: "2024-07-07T09:00:00.000Z",
    en: {
      title: "Consultations with Armenia",
      lead: "Experts discussed the mission with the authorities of Armenia.",
      body: "<p>The consultations will continue in the autumn.</p>",
    },
    ru: {
      title: "Консультации с Арменией",
      lead: "Эксперты обсудили работу миссии с властями Армении.",
      body: "<p>Консультации продолжатся осенью.</p>",
    },
  },
  {
    key: "foreign-ministers",
    section: "odkb",
    kind: "news",
    publishedAt: "2024-06-12T10:00:00.000Z",
    en: {
      title: "Council of Foreign Ministers meets in Almaty",
      lead: "The foreign ministers discussed regional security.",
      body: "<p>The Council of Foreign Ministers adopted statements on Afghanistan.</p>",
    },
    ru: {
      title: "Совет министров иностранных дел собрался в Алматы",
      lead: "Министры иностранных дел обсудили региональную безопасность.",
      body: "<p>Совет министров иностранных дел принял заявления по Афганистану.</p>",
    },
  },
  {
    key: "defence-ministers",
    section: "news",
    kind: "news",
    publishedAt: "2024-05-20T10:00:00.000Z",
    en: {
      title: "Defence ministers review joint exercises",
      lead: "Ministers of defence met to review the exercises; foreign observers attended.",
      body: "<p>The Council of Defence Ministers approved the training plan.</p>",
    },
    ru: {
      title: "Министры обороны подвели итоги учений",
      lead: "Министры обороны встретились; на учениях были иностранные наблюдатели.",
      body: "<p>Совет министров обороны утвердил план подготовки.</p>",
    },
  },
  {
    key: "statement-afghanistan",
    section: "statements",
    kind: "statement",
    publishedAt: "2024-04-02T15:00:00.000Z",
    en: {
      title: "Statement on the situation in Afghanistan",
      lead: "The Secretariat is concerned about the situation on the border.",
      body: "<p>The member states call for dialogue.</p>",
      signature: { person: "zaynetdinov", text: "Press Service" },
    },
    ru: {
      title: "Заявление о ситуации в Афганистане",
      lead: "Секретариат обеспокоен ситуацией на границе.",
      body: "<p>Государства-члены призывают к диалогу.</p>",
      signature: { person: "zaynetdinov", text: "Пресс-служба" },
    },
  },
  {
    key: "statement-treaty",
    section: "statements",
    kind: "statement",
    publishedAt: "2024-05-15T09:00:00.000Z",
    en: {
      title: "Statement on the anniversary of the Collective Security Treaty",
      lead: "The Treaty has kept the peace in the region for three decades.",
      body: "<p>The member states reaffirm their commitment to the Treaty.</p>",
    },
    ru: {
      title: "Заявление к годовщине Договора о коллективной безопасности",
      lead: "Договор три десятилетия сохраняет мир в регионе.",
      body: "<p>Государства-члены подтверждают приверженность Договору.</p>",
    },
  },
  {
    key: "new-year-tree",
    section: "news",
    kind: "news",
    publishedAt: "2024-12-27T11:00:00.000Z",
    en: {
      title: "A New Year tree at the Secretariat",
      lead: "The staff decorated a fir tree in the hall.",
      body: "<p>Children of the staff came to the celebration.</p>",
    },
    ru: {
      title: "В Секретариате нарядили новогоднюю елку",
      lead: "Сотрудники украсили елку в холле.",
      body: "<p>На праздник пришли дети сотрудников.</p>",
    },
  },
  {
    key: "secretaries-meeting",
    section: "odkb",
    kind: "news",
    publishedAt: "2025-02-10T10:00:00.000Z",
    en: {
      title: "Meeting of the Committee of Secretaries of Security Councils",
      lead: "The committee discussed cooperation against terrorism.",
      body: "<p>The next session will take place in the spring.</p>",
    },
    ru: {
      title: "Заседание Комитета секретарей советов безопасности",
      lead: "Комитет обсудил сотрудничество в борьбе с терроризмом.",
      body: "<p>Следующее заседание пройдет весной.</p>",
    },
  },
  {
    key: "migration-council",
    section: "news",
    kind: "news",
    publishedAt: "2025-03-03T10:00:00.000Z",
    en: {
      title: "Coordination council on illegal migration meets",
      lead: "The council reviewed the results of the year.",
      body: "<p>The session was chaired by Kazakova.</p>",
    },
    ru: {
      title: "Координационный совет по нелегальной миграции собрался",
      lead: "Совет подвел итоги года.",
      body: "<p>Заседание провела Казакова.</p>",
    },
  },
  {
    key: "joint-staff",
    section: "odkb",
    kind: "news",
    publishedAt: "2025-01-20T10:00:00.000Z",
    people: ["sidorov"],
    en: {
      title: "Joint Staff plans the exercises of the year",
      lead: "The plan of joint exercises was approved.",
      body: "<p>Officers of the Joint Staff prepared the documents.</p>",
    },
    ru: {
      title: "Объединенный штаб спланировал учения года",
      lead: "План совместных учений утвержден.",
      body: "<p>Офицеры Объединенного штаба подготовили документы.</p>",
    },
  },
  {
    key: "interview-secretary-general",
    section: "news",
    kind: "interview",
    publishedAt: "2025-04-01T10:00:00.000Z",
    en: {
      title: "Interview with the Secretary General",
      lead: "Stanislav Zas spoke about the missions of the year.",
      body: "<p>Observer missions remain a sign of trust between member states.</p>",
    },
  },
];

/** Queries and their best three results; the same list on both databases (search.test.ts, agreement.test.ts). */
export const TOP_RESULTS: [query: string, lang: "en" | "ru", top: string[]][] = [
  ["миссия", "ru", ["ru:mission-armenia", "ru:mission-dushanbe", "ru:armenia-consultations"]],
  ["mission", "en", ["en:mission-armenia", "en:mission-dushanbe", "en:interview-secretary-general"]],
  ["meetings", "en", ["en:migration-council", "en:secretaries-meeting", "en:council-minsk"]],
  ["заявление", "ru", ["ru:statement-treaty", "ru:statement-afghanistan", "ru:foreign-ministers"]],
  ['"collective security"', "en", ["en:council-minsk", "en:statement-treaty"]],
  ["observers", "en", ["en:mission-armenia", "en:mission-kyrgyzstan", "en:mission-dushanbe"]],
  ["учения", "ru", ["ru:joint-staff", "ru:defence-ministers"]],
  ["secretary general", "en", ["en:interview-secretary-general", "en:council-minsk"]],
  ["совет", "ru", ["ru:migration-council", "ru:council-minsk", "ru:secretaries-meeting"]],
];

export interface Corpus {
  sections: Record<SectionKey, number>;
  people: Record<PersonKey, number>;
  /** Translation id by "lang:key", and the other way round. */
  ids: Map<string, number>;
  names: Map<number, string>;
}

/** Writes the sections, people and items of the corpus into an empty store. */
export async function loadCorpus(store: Store): Promise<Corpus> {
  const ctx = { store, languages: LANGUAGES };
  const section = (slug: string, en: string, ru: string, parentId: number | null = null) =>
    createSection(ctx, { parentId, translations: { en: { slug, title: en }, ru: { slug, title: ru } } });
  const news = await section("news", "News", "Новости");
  const sections = {
    news,
    odkb: await section("news_odkb", "CSTO news", "Новости ОДКБ", news),
    statements: await section("statements", "Statements", "Заявления"),
  };
  const person = async (slug: string, en: string, ru: string, aliases: string[]) =>
    (
      await insertPerson(
        store.db,
        { slug, names: { en, ru }, aliases, posts: [] },
        "2024-01-01T00:00:00.000Z",
      )
    ).id;
  const people = {
    zas: await person("stanislav-zas", "Stanislav Zas", "Станислав Зась", ["Zas", "Зась"]),
    sidorov: await person("anatoly-sidorov", "Anatoly Sidorov", "Анатолий Сидоров", ["Sidorov"]),
    kazakova: await person("valentina-kazakova", "Valentina Kazakova", "Валентина Казакова", [
      "Kazakova",
      "Казакова",
    ]),
    zaynetdinov: await person("vladimir-zaynetdinov", "Vladimir Zaynetdinov", "Владимир Зайнетдинов", []),
  };
  const ids = new Map<string, number>();
  const names = new Map<number, string>();
  for (const item of CORPUS) {
    const created = await createArticle(ctx, {
      sectionId: sections[item.section],
      kind: item.kind,
      publishedAt: item.publishedAt,
      peopleIds: (item.people ?? []).map((key) => people[key]),
      translations: (["en", "ru"] as const).flatMap((lang) => {
        const text = item[lang];
        if (!text) return [];
        return [
          {
            lang,
            slug: item.key,
            title: text.title,
            lead: text.lead,
            bodyHtml: text.body,
            signature: text.signature
              ? { personId: people[text.signature.person], text: text.signature.text }
              : undefined,
            state: "published" as const,
          },
        ];
      }),
    });
    for (const [lang, id] of Object.entries(created.translationIds)) {
      ids.set(`${lang}:${item.key}`, id);
      names.set(id, `${lang}:${item.key}`);
    }
  }
  return { sections, people, ids, names };
}

export interface FindOptions extends Partial<Omit<SearchFilters, "lang">> {
  order?: SearchOrder;
  limit?: number;
  offset?: number;
}

/** Runs a query as the search page would (parsed from what was typed) and names the hits "lang:key". */
export async function find(
  service: SearchService,
  corpus: Corpus,
  raw: string,
  lang: string,
  options: FindOptions = {},
): Promise<{ names: string[]; page: SearchPage }> {
  const { order = "relevance", limit = 20, offset = 0, ...filters } = options;
  const page = await service.search({
    query: parseQuery(raw),
    filters: { lang, ...filters },
    order,
    limit,
    offset,
  });
  return {
    names: page.hits.map((hit) => corpus.names.get(hit.translationId) ?? `?${hit.translationId}`),
    page,
  };
}
