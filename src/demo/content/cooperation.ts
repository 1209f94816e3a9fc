import type { DemoArticle } from "../types.js";
import { paragraphs } from "./html.js";

const AGREEMENT_EN =
  "Agreement on jurisdiction and legal assistance in cases of temporary stay of formations of the collective security system on the territories of the Collective Security Treaty Organization member states";
const AGREEMENT_RU =
  "Соглашение по вопросам юрисдикции и оказания правовой помощи по делам, связанным с временным пребыванием формирований сил и средств системы коллективной безопасности на территориях государств — членов Организации Договора о коллективной безопасности";

/** Treaty law, training and the fight against illegal migration: 2021 and 2023. */
export const cooperationArticles: DemoArticle[] = [
  {
    key: "agreement-jurisdiction-signed",
    sectionKey: "news_odkb",
    kind: "news",
    publishedAt: "2021-09-16T13:00:00.000Z",
    eventStart: "2021-09-16",
    people: [],
    translations: {
      en: {
        title: "CSTO Collective Security Council members sign agreement on jurisdiction and legal assistance",
        lead: "The new document concerns formations of the collective security system while they are temporarily stationed in member states.",
        bodyHtml: paragraphs(
          `On 16 September 2021 in Dushanbe, the members of the CSTO Collective Security Council signed the ${AGREEMENT_EN}.`,
          "The agreement deals with jurisdiction and with legal assistance in cases that arise while such formations are temporarily present on the territories of CSTO member states.",
        ),
        place: "Dushanbe",
      },
      ru: {
        title:
          "Члены Совета коллективной безопасности ОДКБ подписали соглашение о юрисдикции и правовой помощи",
        lead: "Документ касается формирований системы коллективной безопасности, временно находящихся на территориях государств — членов Организации.",
        bodyHtml: paragraphs(
          `16 сентября 2021 года в Душанбе члены Совета коллективной безопасности ОДКБ подписали ${AGREEMENT_RU}.`,
          "Соглашение посвящено вопросам юрисдикции и оказания правовой помощи по делам, которые возникают в период временного пребывания таких формирований на территориях государств — членов ОДКБ.",
        ),
        place: "Душанбе",
      },
    },
  },
  {
    key: "agreement-jurisdiction-in-force",
    sectionKey: "news_odkb",
    kind: "news",
    publishedAt: "2023-03-24T09:00:00.000Z",
    people: [],
    translations: {
      en: {
        title:
          "Agreement on jurisdiction and legal assistance for collective security formations enters into force",
        lead: "The document, signed in Dushanbe in 2021, deals with jurisdiction and legal assistance when collective security formations are temporarily stationed in member states.",
        bodyHtml: paragraphs(
          `The ${AGREEMENT_EN} has entered into force.`,
          "It was signed by the members of the CSTO Collective Security Council in Dushanbe on 16 September 2021.",
        ),
      },
      ru: {
        title:
          "Вступило в силу соглашение о юрисдикции и правовой помощи по делам формирований системы коллективной безопасности",
        lead: "Документ, подписанный в Душанбе в 2021 году, касается формирований, временно находящихся на территориях государств — членов ОДКБ.",
        bodyHtml: paragraphs(
          `Вступило в силу ${AGREEMENT_RU}.`,
          "Соглашение было подписано членами Совета коллективной безопасности ОДКБ в Душанбе 16 сентября 2021 года.",
        ),
      },
    },
  },
  {
    key: "crrf-special-forces-training-announced",
    sectionKey: "news_odkb",
    kind: "announcement",
    publishedAt: "2023-03-24T14:00:00.000Z",
    eventStart: "2023-03-27",
    eventEnd: "2023-03-30",
    people: [],
    translations: {
      en: {
        title: "Training on commanding CRRF special forces units to be held in Moscow",
        lead: "A four-day course for senior officers of the member states’ law enforcement agencies and special services opens on 27 March.",
        bodyHtml: paragraphs(
          "From 27 to 30 March 2023 the Management Academy of the Ministry of Internal Affairs of Russia will host a training course for senior officers of the law enforcement agencies and special services of the CSTO member states.",
          "Participants will study how to command units belonging to the special forces formations of the CSTO Collective Rapid Reaction Forces (CRRF) during special operations.",
          "Reports from the course will appear in the “CSTO news” section.",
        ),
        place: "Moscow",
      },
      ru: {
        title:
          "В Москве пройдут учебные сборы по управлению подразделениями сил специального назначения КСОР ОДКБ",
        lead: "Четырехдневные сборы для руководящего состава правоохранительных органов и спецслужб государств — членов Организации откроются 27 марта.",
        bodyHtml: paragraphs(
          "С 27 по 30 марта 2023 года Академия управления МВД России проведет учебные сборы для представителей руководящего состава правоохранительных органов и специальных служб государств — членов ОДКБ.",
          "Участники сборов изучат вопросы управления подразделениями, которые входят в состав формирований сил специального назначения Коллективных сил оперативного реагирования (КСОР) ОДКБ, при проведении специальных операций.",
          "Материалы о ходе сборов будут опубликованы в разделе «Новости ОДКБ».",
        ),
        place: "Москва",
      },
    },
  },
  {
    key: "crrf-special-forces-training",
    sectionKey: "news_odkb",
    kind: "news",
    publishedAt: "2023-03-27T10:00:00.000Z",
    eventStart: "2023-03-27",
    eventEnd: "2023-03-30",
    people: [],
    translations: {
      en: {
        title:
          "Russian Interior Ministry’s Management Academy hosts training for CRRF special forces commanders",
        lead: "Until 30 March, senior officers from the member states practise leading special forces units in special operations.",
        bodyHtml: paragraphs(
          "A training course for senior officers of the law enforcement agencies and special services of the CSTO member states is taking place at the Management Academy of the Ministry of Internal Affairs of Russia from 27 to 30 March 2023.",
          "The course is devoted to commanding units that belong to the special forces formations of the CSTO Collective Rapid Reaction Forces (CRRF) when they carry out special operations.",
        ),
        place: "Moscow",
      },
      ru: {
        title:
          "В Академии управления МВД России начались учебные сборы для руководителей подразделений спецназначения КСОР ОДКБ",
        lead: "До 30 марта представители государств — членов Организации отрабатывают управление подразделениями при проведении специальных операций.",
        bodyHtml: paragraphs(
          "С 27 по 30 марта 2023 года в Академии управления МВД России проходят учебные сборы для представителей руководящего состава правоохранительных органов и специальных служб государств — членов ОДКБ.",
          "Тема сборов — управление подразделениями, входящими в состав формирований сил специального назначения Коллективных сил оперативного реагирования ОДКБ, при проведении специальных операций.",
        ),
        place: "Москва",
      },
    },
  },
  {
    key: "operation-illegal-headquarters-meeting",
    sectionKey: "news_odkb",
    kind: "news",
    publishedAt: "2023-03-28T12:00:00.000Z",
    eventStart: "2023-03-28",
    people: ["valentina-kazakova"],
    translations: {
      en: {
        title: "International Headquarters of the CSTO regional operation “Illegal” holds a meeting",
        lead: "Valentina Kazakova, who heads Russia’s Main Directorate for Migration, chaired the meeting.",
        bodyHtml: paragraphs(
          "The International Headquarters of the CSTO regional operation “Illegal” met on 28 March 2023.",
          "The meeting was chaired by Lieutenant General of Police Valentina Kazakova, Head of the Main Directorate for Migration of the Ministry of Internal Affairs of Russia and Secretary of the Coordination Council of the Heads of the Competent Authorities of the CSTO Member States on Combating Illegal Migration.",
          "“Illegal” is a regional operation of the CSTO member states aimed at countering illegal migration.",
        ),
      },
      ru: {
        title: "Состоялось заседание Международного штаба региональной операции ОДКБ «Нелегал»",
        lead: "Председательствовала секретарь Координационного совета по вопросам борьбы с незаконной миграцией Валентина Казакова.",
        bodyHtml: paragraphs(
          "28 марта 2023 года прошло заседание Международного штаба региональной операции ОДКБ «Нелегал».",
          "Заседание провела начальник Главного управления по вопросам миграции МВД России генерал-лейтенант полиции Валентина Казакова, которая также является секретарем Координационного совета руководителей компетентных органов государств — членов ОДКБ по вопросам борьбы с незаконной миграцией.",
          "Региональная операция «Нелегал» проводится государствами — членами ОДКБ в целях противодействия незаконной миграции.",
        ),
      },
    },
  },
  {
    key: "operation-illegal-special-project",
    sectionKey: "special_projects",
    kind: "news",
    publishedAt: "2023-03-28T15:00:00.000Z",
    people: ["valentina-kazakova"],
    translations: {
      en: {
        title: "“Illegal”: the CSTO regional operation against illegal migration",
        lead: "Who takes part in the operation, and which CSTO body brings the heads of the member states’ competent authorities together.",
        bodyHtml: paragraphs(
          "“Illegal” is a regional operation of the Collective Security Treaty Organization directed against illegal migration. The competent authorities of the CSTO member states take part in it, and an International Headquarters has been set up for it.",
          "The heads of these authorities make up the Coordination Council of the Heads of the Competent Authorities of the CSTO Member States on Combating Illegal Migration. The Council’s Secretary is Lieutenant General of Police Valentina Kazakova, Head of the Main Directorate for Migration of the Ministry of Internal Affairs of Russia.",
          "On 28 March 2023 Valentina Kazakova chaired a meeting of the operation’s International Headquarters.",
          "News about the operation is published in the “CSTO news” section.",
        ),
      },
      ru: {
        title: "«Нелегал»: региональная операция ОДКБ по противодействию незаконной миграции",
        lead: "Кто участвует в операции и какой орган ОДКБ объединяет руководителей компетентных органов государств-членов.",
        bodyHtml: paragraphs(
          "«Нелегал» — региональная операция Организации Договора о коллективной безопасности, направленная на противодействие незаконной миграции. В ней участвуют компетентные органы государств — членов ОДКБ, а для ее проведения создан Международный штаб.",
          "Руководители этих органов входят в Координационный совет руководителей компетентных органов государств — членов ОДКБ по вопросам борьбы с незаконной миграцией. Секретарь Совета — начальник Главного управления по вопросам миграции МВД России генерал-лейтенант полиции Валентина Казакова.",
          "28 марта 2023 года Валентина Казакова провела заседание Международного штаба операции.",
          "Новости об операции публикуются в разделе «Новости ОДКБ».",
        ),
      },
    },
  },
];
