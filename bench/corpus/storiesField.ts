import { parseTemplates } from "./template.js";
import type { Story } from "./story.js";

/** Stories from the field: exercises and joint operations. */

export const exerciseStory: Story = {
  key: "exercise",
  sectionKey: "news_odkb",
  kinds: ["news"],
  weight: 10,
  protagonist: "chiefOfStaff",
  hasPlace: true,
  titles: parseTemplates([
    [
      "На полигоне {ground} начались учения «{exercise}-{year}»",
      "Exercise {exercise}-{year} begins at the {ground} training ground",
    ],
    [
      "Учения «{exercise}-{year}» завершились в {country:prep}",
      "Exercise {exercise}-{year} ends in {country}",
    ],
    [
      "«{exercise}-{year}»: {force:nom} на полигоне {ground}",
      "{exercise}-{year}: the {force} at the {ground} training ground",
    ],
  ]),
  leads: parseTemplates([
    [
      "{date} на полигоне {ground} в {country:prep} стартовало совместное учение {force:gen} «{exercise}-{year}».",
      "On {date} the joint exercise {exercise}-{year} of the {force} started at the {ground} training ground in {country}.",
    ],
    [
      "В учении задействовано более {n} военнослужащих из государств — членов ОДКБ.",
      "More than {n} troops from the CSTO member states are taking part in the exercise.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{date} на полигоне {ground} завершилась активная фаза учения «{exercise}-{year}».",
      "On {date} the active phase of exercise {exercise}-{year} ended at the {ground} training ground.",
    ],
    [
      "Совместное учение {force:gen} «{exercise}-{year}» проходит {date} на территории {country:gen}.",
      "The joint exercise {exercise}-{year} of the {force} is taking place in {country} on {date}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "В учении задействовано более {n} военнослужащих, а также авиация и бронетехника.",
      "More than {n} troops, along with aircraft and armoured vehicles, are taking part in the exercise.",
    ],
    [
      "Руководство учением осуществляет {chief.role} {chief}.",
      "The exercise is directed by the {chief.role} {chief}.",
    ],
    [
      "Подразделения отработали вопросы уничтожения условных незаконных вооружённых формирований и освобождения заложников.",
      "The units practised destroying mock illegal armed groups and freeing hostages.",
    ],
    [
      "За ходом учения наблюдали {participant:nom.pl} из государств — членов ОДКБ.",
      "{participant:pl.cap} from the CSTO member states observed the exercise.",
    ],
    [
      "Учение проводится в соответствии с {document:ins} {council:gen}.",
      "The exercise is held in accordance with the {document} of the {council}.",
    ],
    [
      "Особое внимание уделено {topic:dat}, разведке и связи.",
      "Particular attention is paid to {topic}, reconnaissance and communications.",
    ],
    [
      "По оценке {chief.role:gen} {chief:gen}, подразделения показали высокую слаженность действий.",
      "According to the {chief.role} {chief}, the units showed a high level of coordination.",
    ],
    [
      "Впервые в учении применялись {equipment:nom.pl} и {equipment2:nom.pl}.",
      "For the first time the exercise used {equipment:pl} and {equipment2:pl}.",
    ],
  ]),
};

export const operationStory: Story = {
  key: "operation",
  sectionKey: "news",
  kinds: ["news"],
  weight: 6,
  protagonist: "deputySecretaryGeneral",
  hasPlace: false,
  titles: parseTemplates([
    ["Итоги операции «{operation}-{year}»", "Results of Operation {operation}-{year}"],
    [
      "В {country:prep} завершился этап операции «{operation}»",
      "A stage of Operation {operation} ends in {country}",
    ],
  ]),
  leads: parseTemplates([
    [
      "Подведены итоги очередного этапа международной операции «{operation}», направленной на противодействие {threat:dat.pl}.",
      "The results of another stage of the international Operation {operation}, aimed at countering {threat:pl}, have been summed up.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{date} в Секретариате ОДКБ подведены итоги операции «{operation}-{year}».",
      "On {date} the results of Operation {operation}-{year} were summed up at the CSTO Secretariat.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "В ходе операции изъято более {n} килограммов наркотических средств и возбуждено свыше {n2} уголовных дел.",
      "During the operation more than {n} kilograms of narcotics were seized and over {n2} criminal cases were opened.",
    ],
    [
      "К операции привлекались сотрудники правоохранительных органов, пограничных и таможенных служб государств — членов ОДКБ.",
      "Officers of the law enforcement agencies, border and customs services of the CSTO member states took part in the operation.",
    ],
    [
      "В качестве наблюдателей в операции участвовали представители {country2:gen} и {country3:gen}.",
      "Representatives of {country2} and {country3} took part in the operation as observers.",
    ],
    ["Выявлено более {n} фактов {threat:gen}.", "More than {n} cases of {threat} were detected."],
    [
      "Итоги операции доложены {deputy.role:dat} {deputy:dat}.",
      "The results of the operation were reported to the {deputy.role} {deputy}.",
    ],
  ]),
};
