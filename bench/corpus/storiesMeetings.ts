import { parseTemplates } from "./template.js";
import type { Story } from "./story.js";

/** Stories of meetings: councils, visits, conferences, and the documents they adopt. */

export const councilStory: Story = {
  key: "council",
  sectionKey: "news_odkb",
  kinds: ["news"],
  weight: 18,
  protagonist: "secretaryGeneral",
  hasPlace: true,
  titles: parseTemplates([
    ["В {city:prep} состоялось заседание {council:gen}", "Meeting of the CSTO {council} held in {city}"],
    ["Итоги заседания {council:gen} в {city:prep}", "Results of the meeting of the {council} in {city}"],
    ["Вопросы {theme:gen} — в центре внимания {council:gen}", "{theme:cap} in the focus of the {council}"],
    ["{council:nom.cap} обсудил{council?|а} вопросы {theme:gen}", "The {council} discusses {theme}"],
  ]),
  leads: parseTemplates([
    [
      "{date} в {city:prep} прошло заседание {council:gen} с участием {p.role:gen} {p:gen}.",
      "On {date} a meeting of the {council} attended by the {p.role} {p} took place in {city}.",
    ],
    [
      "Участники обсудили вопросы {theme:gen} и {topic:gen} и приняли ряд решений.",
      "The participants discussed {theme} and {topic} and took a number of decisions.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{date} в {city:prep} состоялось очередное заседание {council:gen}.",
      "On {date} a regular meeting of the {council} was held in {city}.",
    ],
    [
      "В {city:prep} {date} прошло заседание {council:gen}, в котором приняли участие делегации государств — членов ОДКБ.",
      "A meeting of the {council}, attended by delegations of the CSTO member states, took place in {city} on {date}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "С докладом {о} {theme:prep} выступил{p?|а} {p.role} {p}.",
      "The {p.role} {p} delivered a report on {theme}.",
    ],
    [
      "Участники заседания рассмотрели ход реализации {document:gen} и обменялись мнениями {о} {topic:prep}.",
      "The participants reviewed the implementation of the {document} and exchanged views on {topic}.",
    ],
    [
      "По итогам заседания подписан пакет документов, в том числе {document:nom} {о} {theme:prep}.",
      "Following the meeting, a package of documents was signed, including a {document} on {theme}.",
    ],
    [
      "Следующее заседание {council:gen} решено провести в {city2:prep}.",
      "It was decided to hold the next meeting of the {council} in {city2}.",
    ],
    [
      "Особое внимание было уделено {topic:dat} и противодействию {threat:dat.pl}.",
      "Particular attention was paid to {topic} and to countering {threat:pl}.",
    ],
    [
      "Председательствовал на заседании {guest.role} {guest}.",
      "The meeting was chaired by the {guest.role} {guest}.",
    ],
  ]),
};

export const visitStory: Story = {
  key: "visit",
  sectionKey: "news_odkb",
  kinds: ["news"],
  weight: 14,
  protagonist: "secretaryGeneral",
  hasPlace: true,
  titles: parseTemplates([
    ["{p.role:nom.cap} {p} посетил{p?|а} {country:acc}", "{p.role:cap} {p} visits {country}"],
    [
      "Встреча {p.role:gen} {p:gen} {с} {guest.role:ins} {guest:ins}",
      "{p.role:cap} {p} meets the {guest.role} {guest}",
    ],
    ["{p.role:nom.cap} {p} провёл{p?|а} переговоры в {city:prep}", "{p.role:cap} {p} holds talks in {city}"],
  ]),
  leads: parseTemplates([
    [
      "{date} {p.role} {p} встретил{p?ся|ась} {с} {guest.role:ins} {guest:ins}. Стороны обсудили вопросы {theme:gen}.",
      "On {date} the {p.role} {p} met the {guest.role} {guest}. The sides discussed {theme}.",
    ],
    [
      "В ходе визита в {country:acc} обсуждены перспективы {theme:gen} и {topic:gen}.",
      "The visit to {country} focused on the prospects for {theme} and {topic}.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{date} {p.role} {p} прибыл{p?|а} с рабочим визитом в {country:acc}.",
      "On {date} the {p.role} {p} arrived in {country} on a working visit.",
    ],
    [
      "В ходе рабочего визита в {city:acc} {p.role} {p} провёл{p?|а} встречу {с} {guest.role:ins} {guest:ins}.",
      "During a working visit to {city} the {p.role} {p} met the {guest.role} {guest}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "Собеседники обсудили актуальные вопросы {theme:gen} и перспективы {topic:gen}.",
      "They discussed current issues of {theme} and the prospects for {topic}.",
    ],
    [
      "{guest.role:nom.cap} {guest} высоко оценил{guest?|а} вклад ОДКБ в обеспечение {topic:gen} в регионе.",
      "The {guest.role} {guest} praised the CSTO's contribution to {topic} in the region.",
    ],
    [
      "Программа визита включает посещение подразделений {force:gen} и встречи {с} {participant:ins.pl}.",
      "The programme of the visit includes visits to units of the {force} and meetings with {participant:pl}.",
    ],
    [
      "Стороны договорились продолжить работу по {topic:dat}.",
      "The sides agreed to continue their work on {topic}.",
    ],
    [
      "{p:nom.cap} подчеркнул{p?|а} важность {measure:gen.pl} по противодействию {threat:dat.pl}.",
      "{p:cap} stressed the importance of {measure:pl} to counter {threat:pl}.",
    ],
    [
      "В {city:prep} {p:nom} также провёл{p?|а} встречу {с} {participant:ins.pl} и ответил{p?|а} на вопросы журналистов.",
      "In {city} {p} also met {participant:pl} and answered journalists' questions.",
    ],
  ]),
};

export const conferenceStory: Story = {
  key: "conference",
  sectionKey: "news_odkb",
  kinds: ["news"],
  weight: 15,
  protagonist: "deputySecretaryGeneral",
  hasPlace: true,
  titles: parseTemplates([
    ["{event:nom.cap} по вопросам {theme:gen} в {city:prep}", "{event:cap} on {theme} in {city}"],
    ["Эксперты ОДКБ обсудили проблемы {theme:gen}", "CSTO experts discuss {theme}"],
  ]),
  leads: parseTemplates([
    [
      "Эксперты государств — членов ОДКБ собрались в {city:prep}, чтобы обсудить актуальные вопросы {theme:gen}.",
      "Experts from the CSTO member states gathered in {city} to discuss current issues of {theme}.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{date} в {city:prep} начал{event?|а|о|и} работу {event:nom} по вопросам {theme:gen}.",
      "On {date} the {event} on {theme} opened in {city}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "В работе мероприятия приняли участие более {n} {participant:gen.pl}.",
      "More than {n} {participant:pl} took part in the event.",
    ],
    [
      "С приветственным словом к участникам обратил{p?ся|ась} {p.role} {p}.",
      "The {p.role} {p} welcomed the participants.",
    ],
    [
      "Участники обсудили {measure:acc.pl} по противодействию {threat:dat.pl} и {threat2:dat.pl}.",
      "The participants discussed {measure:pl} to counter {threat:pl} and {threat2:pl}.",
    ],
    [
      "По итогам мероприятия подготовлены {document:nom.pl} для {council:gen}.",
      "Following the event, {document:pl} were prepared for the {council}.",
    ],
  ]),
};

export const documentStory: Story = {
  key: "document",
  sectionKey: "documents",
  kinds: ["document"],
  weight: 4,
  protagonist: "secretaryGeneral",
  hasPlace: false,
  titles: parseTemplates([
    ["{document:nom.cap} {council:gen} {о} {theme:prep}", "{document:cap} of the {council} on {theme}"],
  ]),
  leads: parseTemplates([
    [
      "Публикуем текст документа, принятого на заседании {council:gen} {date}.",
      "We publish the text of the document adopted at the meeting of the {council} on {date}.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{council:nom.cap}, руководствуясь Уставом Организации, принял{council?|а} настоящий документ.",
      "The {council}, guided by the Charter of the Organization, has adopted this document.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "Государствам — членам ОДКБ рекомендовано принять {measure:acc.pl} по укреплению {topic:gen}.",
      "The CSTO member states are advised to take {measure:pl} to strengthen {topic}.",
    ],
    [
      "Секретариату ОДКБ поручено подготовить {document2:acc} {о} {topic:prep}.",
      "The CSTO Secretariat is instructed to prepare a {document2} on {topic}.",
    ],
    [
      "Контроль за исполнением настоящего решения возложить на {sg.role:acc}.",
      "Supervision of the implementation of this decision is entrusted to the {sg.role}.",
    ],
  ]),
};
