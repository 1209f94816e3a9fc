import type { DemoArticle } from "../types.js";
import { PRESS_SECRETARY_SIGNATURE, paragraphs } from "./html.js";

/** The CSTO mission to the Republic of Armenia in September 2022, as reported by the press secretary. */
export const missionArticles: DemoArticle[] = [
  {
    key: "mission-advance-team-completes-work",
    sectionKey: "news_odkb",
    kind: "news",
    publishedAt: "2022-09-19T16:00:00.000Z",
    people: ["anatoly-sidorov", "stanislav-zas"],
    translations: {
      en: {
        title: "Advance team of the CSTO mission completes its work",
        lead: "The group was led by Colonel General Anatoly Sidorov; next comes the mission headed by Secretary General Stanislav Zas.",
        bodyHtml: paragraphs(
          "The advance team of the CSTO mission, led by the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov, has completed its work.",
          "The mission itself is headed by CSTO Secretary General Stanislav Zas and is being sent to the Republic of Armenia by decision of the extraordinary session of the CSTO Collective Security Council.",
          "Its members are representatives of the CSTO member states who sit on the Organization’s working bodies.",
        ),
      },
      ru: {
        title: "Передовая группа Миссии ОДКБ завершила работу",
        lead: "Группу возглавлял генерал-полковник Анатолий Сидоров; следующий этап — работа Миссии во главе с Генеральным секретарем ОДКБ Станиславом Засем.",
        bodyHtml: paragraphs(
          "Завершила работу передовая группа Миссии ОДКБ, которую возглавлял начальник Объединенного штаба ОДКБ генерал-полковник Анатолий Сидоров.",
          "Миссия во главе с Генеральным секретарем ОДКБ Станиславом Засем направляется в Республику Армения в соответствии с решением внеочередной сессии Совета коллективной безопасности ОДКБ.",
          "Миссию составляют представители государств — членов ОДКБ, которые входят в рабочие органы Организации.",
        ),
      },
    },
  },
  {
    key: "mission-arrives-in-armenia",
    sectionKey: "news_odkb",
    kind: "news",
    publishedAt: "2022-09-20T15:00:00.000Z",
    eventStart: "2022-09-20",
    people: ["stanislav-zas", "anatoly-sidorov"],
    translations: {
      en: {
        title: "CSTO mission led by Secretary General Stanislav Zas arrives in Armenia",
        lead: "Its members will look into the situation in the region, the Armenia–Azerbaijan border included, and work out proposals for further joint steps.",
        bodyHtml: paragraphs(
          "On 20 September 2022 a CSTO mission headed by Secretary General Stanislav Zas arrived in the Republic of Armenia. It was sent by decision of the extraordinary session of the CSTO Collective Security Council, and its members are representatives of the member states who sit on the Organization’s working bodies.",
          "The mission is to assess the current situation and draw up a detailed report on the situation in the region for the heads of the CSTO member states. It is also to prepare proposals for de-escalating tension in certain areas of the border between Armenia and Azerbaijan.",
          "While in the country, the mission plans to study and monitor the situation in the border regions and to meet the senior political and military leadership of the Republic of Armenia.",
          "The mission’s advance team, led by the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov, finished its work the day before.",
        ),
        place: "Republic of Armenia",
        signature: PRESS_SECRETARY_SIGNATURE,
      },
      ru: {
        title: "Миссия ОДКБ во главе с Генеральным секретарем Станиславом Засем прибыла в Армению",
        lead: "Участникам Миссии предстоит изучить обстановку, в том числе на армяно-азербайджанской границе, и подготовить предложения о дополнительных совместных мерах.",
        bodyHtml: paragraphs(
          "20 сентября 2022 года в Республику Армения прибыла Миссия ОДКБ, которую возглавляет Генеральный секретарь Организации Станислав Зась. Миссия направлена в соответствии с решением внеочередной сессии Совета коллективной безопасности ОДКБ. В ее состав вошли представители государств — членов ОДКБ, которые входят в рабочие органы Организации.",
          "Перед Миссией поставлены задачи оценить сложившуюся обстановку, подготовить для глав государств — членов ОДКБ подробный доклад о ситуации в регионе и выработать предложения по деэскалации напряженности на отдельных участках армяно-азербайджанской границы.",
          "В программе работы Миссии — изучение и мониторинг обстановки в приграничных районах, а также встречи с высшим политическим и военным руководством Республики Армения.",
          "Передовая группа Миссии во главе с начальником Объединенного штаба ОДКБ генерал-полковником Анатолием Сидоровым завершила свою работу накануне.",
        ),
        place: "Республика Армения",
        signature: PRESS_SECRETARY_SIGNATURE,
      },
    },
  },
  {
    key: "statement-mission-tasks",
    sectionKey: "statements",
    kind: "statement",
    publishedAt: "2022-09-20T17:30:00.000Z",
    people: ["stanislav-zas"],
    translations: {
      en: {
        title: "On the tasks of the CSTO mission in the Republic of Armenia",
        lead: "What the mission headed by Secretary General Stanislav Zas has been asked to do, and what it will report to the heads of the member states.",
        bodyHtml: paragraphs(
          "The CSTO mission headed by Secretary General Stanislav Zas arrived in the Republic of Armenia on 20 September 2022 by decision of the extraordinary session of the CSTO Collective Security Council. It has three tasks.",
          "First, to assess the current situation. Second, to prepare a detailed report on the situation in the region for the heads of the CSTO member states. Third, to work out proposals for de-escalating tension in certain areas of the Armenia–Azerbaijan border.",
          "To carry them out, the mission will study and monitor the situation in the border regions and hold meetings with the senior political and military leadership of the Republic of Armenia.",
        ),
        signature: PRESS_SECRETARY_SIGNATURE,
      },
      ru: {
        title: "О задачах Миссии ОДКБ в Республике Армения",
        lead: "Что поручено Миссии во главе с Генеральным секретарем Станиславом Засем и о чем она доложит главам государств — членов Организации.",
        bodyHtml: paragraphs(
          "Миссия ОДКБ во главе с Генеральным секретарем Организации Станиславом Засем прибыла в Республику Армения 20 сентября 2022 года по решению внеочередной сессии Совета коллективной безопасности ОДКБ. Перед ней стоят три задачи.",
          "Во-первых, оценка сложившейся обстановки. Во-вторых, подготовка подробного доклада главам государств — членов ОДКБ о ситуации в регионе. В-третьих, выработка предложений по деэскалации напряженности на отдельных участках армяно-азербайджанской границы.",
          "Для их решения Миссия изучит обстановку в приграничных районах и будет вести ее мониторинг, а также проведет встречи с высшим политическим и военным руководством Республики Армения.",
        ),
        signature: PRESS_SECRETARY_SIGNATURE,
      },
    },
  },
];
