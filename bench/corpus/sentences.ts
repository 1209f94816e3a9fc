import { parseTemplates } from "./template.js";

/**
 * Sentences any story may use, from the most to the least frequent (they are drawn with a Zipf distribution, so the
 * first few make up much of every body, as stock phrases do in real press releases).
 */
export const GENERIC_SENTENCES = parseTemplates([
  [
    "Государства — члены ОДКБ продолжают наращивать сотрудничество в сфере {topic:gen}.",
    "The CSTO member states continue to step up cooperation in the field of {topic}.",
  ],
  [
    "Было отмечено, что вопросы {topic:gen} сохраняют свою актуальность.",
    "It was noted that issues of {topic} remain relevant.",
  ],
  [
    "Стороны обменялись мнениями {о} {topic:prep} и противодействии {threat:dat.pl}.",
    "The parties exchanged views on {topic} and on countering {threat:pl}.",
  ],
  ["Особое внимание уделено {topic:dat}.", "Special attention was paid to {topic}."],
  [
    "Отмечена положительная динамика в противодействии {threat:dat.pl} благодаря совместным действиям компетентных органов.",
    "Progress in countering {threat:pl} thanks to joint action by the competent authorities was noted.",
  ],
  [
    "Участники рассмотрели {measure:acc.pl} по укреплению {topic:gen}.",
    "The participants considered {measure:pl} to strengthen {topic}.",
  ],
  ["Рассмотрен проект {document:gen} {о} {topic:prep}.", "A draft {document} on {topic} was considered."],
  [
    "Подчёркнута необходимость дальнейшего совершенствования системы {topic:gen}.",
    "The need to further improve the system of {topic} was stressed.",
  ],
  [
    "Принято решение активизировать работу на направлении противодействия {threat:dat.pl}.",
    "It was decided to intensify work on countering {threat:pl}.",
  ],
  [
    "В обсуждении приняли участие {participant:nom.pl} из {country:gen}, {country2:gen} и {country3:gen}.",
    "{participant:pl.cap} from {country}, {country2} and {country3} took part in the discussion.",
  ],
  [
    "Отдельно обсуждались вопросы взаимодействия {с} {country2:ins} в области {topic:gen}.",
    "Cooperation with {country2} in the field of {topic} was discussed separately.",
  ],
  [
    "Эксперты указали на рост {threat:gen.pl} в приграничных районах.",
    "Experts pointed to the growth of {threat:pl} in border areas.",
  ],
  [
    "Организация открыта для сотрудничества со всеми заинтересованными государствами и международными организациями.",
    "The Organization is open to cooperation with all interested states and international organisations.",
  ],
  [
    "Представители Секретариата ОДКБ проинформировали участников {о} {measure:prep.pl} в сфере {topic:gen}.",
    "Representatives of the CSTO Secretariat briefed the participants on {measure:pl} in the field of {topic}.",
  ],
  [
    "Ряд предложений будет направлен на рассмотрение {council:gen}.",
    "A number of proposals will be submitted to the {council}.",
  ],
  [
    "Подготовка специалистов в области {topic:gen} ведётся в ведущих вузах государств — членов ОДКБ.",
    "Specialists in {topic} are trained at leading universities of the CSTO member states.",
  ],
  [
    "Участники отметили важность координации усилий по противодействию {threat:dat.pl}.",
    "The participants noted the importance of coordinating efforts to counter {threat:pl}.",
  ],
  [
    "В {year} году планируется провести совместные мероприятия по линии {force:gen}.",
    "Joint activities of the {force} are planned for {year}.",
  ],
  [
    "Достигнута договорённость о проведении консультаций по вопросам {topic:gen}.",
    "An agreement was reached to hold consultations on {topic}.",
  ],
  [
    "На полях мероприятия состоялась двусторонняя встреча с делегацией {country2:gen}.",
    "On the sidelines, a bilateral meeting with the delegation of {country2} took place.",
  ],
  [
    "Были также затронуты вопросы {topic:gen}, {topic2:gen} и {threat:gen.pl}.",
    "Issues of {topic}, {topic2} and {threat:pl} were also raised.",
  ],
  ["Совместная работа в этом направлении будет продолжена.", "Joint work in this area will continue."],
  [
    "Отмечен положительный опыт {country:gen} в сфере {topic:gen}.",
    "The positive experience of {country} in {topic} was noted.",
  ],
  [
    "Обсуждены итоги реализации {document:gen} за {year} год.",
    "The results of the implementation of the {document} for {year} were discussed.",
  ],
  [
    "Участники высоко оценили уровень организации мероприятия.",
    "The participants praised the organisation of the event.",
  ],
  [
    "Информация о ходе работы будет представлена на очередной сессии {council:gen}.",
    "Information on the progress of work will be presented at the next session of the {council}.",
  ],
  [
    "Для {participant:gen.pl} организованы практические занятия по {topic:dat}.",
    "Practical classes on {topic} were organised for {participant:pl}.",
  ],
  [
    "Выработаны рекомендации по совершенствованию {topic:gen}.",
    "Recommendations on improving {topic} were drawn up.",
  ],
  [
    "Собеседники подтвердили готовность к дальнейшему развитию {topic:gen}.",
    "The interlocutors confirmed their readiness to further develop {topic}.",
  ],
  ["Важным направлением остаётся {topic:nom}.", "{topic:cap} remains an important area of work."],
  [
    "Отмечена роль {force:gen} в обеспечении {topic:gen}.",
    "The role of the {force} in ensuring {topic} was noted.",
  ],
  [
    "Стороны условились регулярно обмениваться информацией {о} {threat:prep.pl}.",
    "The sides agreed to exchange information on {threat:pl} regularly.",
  ],
  [
    "Итоги работы будут рассмотрены на заседании {council:gen} в {city:prep}.",
    "The results will be considered at a meeting of the {council} in {city}.",
  ],
  [
    "Представитель {country2:gen} проинформировал участников о национальных мерах в сфере {topic:gen}.",
    "The representative of {country2} informed the participants of national measures in {topic}.",
  ],
  [
    "Напомним, что ОДКБ уделяет постоянное внимание вопросам {topic:gen}.",
    "It should be recalled that the CSTO pays constant attention to {topic}.",
  ],
  [
    "В мероприятии также участвовал{guest?|а} {guest.role} {guest}.",
    "The {guest.role} {guest} also took part in the event.",
  ],
  [
    "Участники проанализировали обстановку и выработали предложения по противодействию {threat:dat.pl}.",
    "The participants analysed the situation and drew up proposals for countering {threat:pl}.",
  ],
  [
    "Мероприятие завершилось принятием итоговых документов.",
    "The event concluded with the adoption of final documents.",
  ],
  [
    "Участники выразили признательность принимающей стороне за гостеприимство.",
    "The participants thanked the host country for its hospitality.",
  ],
  [
    "Работа на этом направлении ведётся во взаимодействии с {participant:ins.pl} профильных ведомств.",
    "This work is carried out together with {participant:pl} of the relevant agencies.",
  ],
  [
    "В повестку дня также включены вопросы {topic:gen} и {threat:gen.pl}.",
    "The agenda also includes {topic} and {threat:pl}.",
  ],
  [
    "Отмечено, что {measure:nom.pl} в сфере {topic:gen} дают положительный результат.",
    "It was noted that {measure:pl} in the field of {topic} are bearing fruit.",
  ],
]);
