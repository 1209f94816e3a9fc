import type { DemoPerson } from "../types.js";

/** People named in the demo articles. Posts carry no dates: the source page does not give them. */
export const demoPeople: DemoPerson[] = [
  {
    key: "vladimir-zaynetdinov",
    slug: "vladimir-zaynetdinov",
    names: { en: "Vladimir Zaynetdinov", ru: "Владимир Зайнетдинов" },
    aliases: ["Zainetdinov", "Zaynetdinov", "Vladimir Zainetdinov", "Зайнетдинов"],
    posts: [
      {
        key: "press_secretary",
        titles: { en: "The CSTO Press Secretary", ru: "Пресс-секретарь ОДКБ" },
      },
    ],
  },
  {
    key: "stanislav-zas",
    slug: "stanislav-zas",
    names: { en: "Stanislav Zas", ru: "Станислав Зась" },
    aliases: ["Zas", "Зась"],
    posts: [
      {
        key: "secretary_general",
        titles: { en: "CSTO Secretary General", ru: "Генеральный секретарь ОДКБ" },
      },
    ],
  },
  {
    key: "anatoly-sidorov",
    slug: "anatoly-sidorov",
    names: { en: "Anatoly Sidorov", ru: "Анатолий Сидоров" },
    aliases: ["Sidorov", "Сидоров"],
    posts: [
      {
        key: "chief_of_joint_staff",
        titles: {
          en: "Chief of the CSTO Joint Staff, Colonel General",
          ru: "Начальник Объединенного штаба ОДКБ генерал-полковник",
        },
      },
    ],
  },
  {
    key: "valentina-kazakova",
    slug: "valentina-kazakova",
    names: { en: "Valentina Kazakova", ru: "Валентина Казакова" },
    aliases: ["Kazakova", "Казакова"],
    posts: [
      {
        key: "head_migration",
        titles: {
          en: "Head of the Main Directorate for Migration of the Ministry of Internal Affairs of Russia, Lieutenant General of Police",
          ru: "Начальник Главного управления по вопросам миграции МВД России генерал-лейтенант полиции",
        },
      },
      {
        key: "ccm_secretary",
        titles: {
          en: "Secretary of the Coordination Council of the Heads of the Competent Authorities of the CSTO Member States on Combating Illegal Migration",
          ru: "Секретарь Координационного совета руководителей компетентных органов государств — членов ОДКБ по вопросам борьбы с незаконной миграцией",
        },
      },
    ],
  },
];
