import { parseTemplates } from "./template.js";
import type { Story } from "./story.js";

/** The press centre's own genres: statements, appointments, speeches and interviews, special projects. */

export const statementStory: Story = {
  key: "statement",
  sectionKey: "statements",
  kinds: ["statement"],
  weight: 12,
  protagonist: "pressSecretary",
  hasPlace: false,
  signed: { share: 0.8, by: "pressSecretary" },
  titles: parseTemplates([
    ["Заявление {council:gen} {о} {theme:prep}", "Statement by the {council} on {theme}"],
    [
      "Заявление {p.role:gen} в связи с ситуацией в {country:prep}",
      "Statement by the {p.role} on the situation in {country}",
    ],
    ["О ситуации в {country:prep}", "On the situation in {country}"],
  ]),
  leads: parseTemplates([
    [
      "Организация выражает серьёзную обеспокоенность развитием ситуации в {country:prep} и призывает стороны к сдержанности.",
      "The Organization is seriously concerned about developments in {country} and calls on the parties to show restraint.",
    ],
    [
      "ОДКБ подтверждает готовность содействовать укреплению {theme:gen} в регионе.",
      "The CSTO reaffirms its readiness to help strengthen {theme} in the region.",
    ],
  ]),
  openers: parseTemplates([
    [
      "ОДКБ внимательно следит за развитием обстановки в {country:prep}.",
      "The CSTO is closely following developments in {country}.",
    ],
    [
      "Государства — члены ОДКБ выражают обеспокоенность ростом {threat:gen.pl}.",
      "The CSTO member states are concerned about the growth of {threat:pl}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "Государства — члены ОДКБ подтверждают приверженность принципам {topic:gen}.",
      "The CSTO member states reaffirm their commitment to the principles of {topic}.",
    ],
    [
      "Мы призываем мировое сообщество консолидировать усилия в борьбе с {threat:ins.pl}.",
      "We call on the international community to join forces in combating {threat:pl}.",
    ],
    [
      "ОДКБ готова оказать содействие в рамках своих механизмов, включая {force:acc}.",
      "The CSTO is ready to assist within its mechanisms, including the {force}.",
    ],
    [
      "Действия, направленные на подрыв {topic:gen}, недопустимы.",
      "Actions aimed at undermining {topic} are unacceptable.",
    ],
    [
      "Ситуация в {country:prep} находится на контроле Секретариата ОДКБ.",
      "The situation in {country} is being monitored by the CSTO Secretariat.",
    ],
  ]),
};

export const appointmentStory: Story = {
  key: "appointment",
  sectionKey: "news",
  kinds: ["announcement"],
  weight: 5,
  protagonist: "anyone",
  hasPlace: false,
  titles: parseTemplates([
    ["{p:nom.cap} назначен{p?|а} на должность {p.role:gen}", "{p:cap} appointed {p.role}"],
    ["Новый {p.role:nom}", "New {p.role}"],
  ]),
  leads: parseTemplates([
    [
      "Решением {council:gen} {p:nom} назначен{p?|а} {p.role:ins}.",
      "By decision of the {council}, {p} has been appointed {p.role}.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{date} {p:nom} приступил{p?|а} к исполнению обязанностей {p.role:gen}.",
      "On {date} {p} took up the duties of {p.role}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "До назначения {p:nom} занимал{p?|а} руководящие должности в органах государственного управления.",
      "Before the appointment {p} held senior posts in public administration.",
    ],
    [
      "Ранее {p:nom} курировал{p?|а} вопросы {topic:gen} и {topic2:gen}.",
      "Previously {p} oversaw {topic} and {topic2}.",
    ],
    [
      "{p:nom.cap} имеет большой опыт работы в сфере {topic:gen}.",
      "{p:cap} has extensive experience in the field of {topic}.",
    ],
    [
      "Коллектив Секретариата ОДКБ поздравляет {p:acc} с назначением.",
      "The staff of the CSTO Secretariat congratulate {p} on the appointment.",
    ],
  ]),
};

export const speechStory: Story = {
  key: "speech",
  sectionKey: "speech",
  kinds: ["speech", "interview"],
  weight: 12,
  protagonist: "anyone",
  hasPlace: true,
  signed: { share: 0.3, by: "protagonist" },
  titles: parseTemplates([
    [
      "Выступление {p.role:gen} {p:gen} на {event:prep} в {city:prep}",
      "Speech by the {p.role} {p} at the {event} in {city}",
    ],
    ["Интервью {p.role:gen} {p:gen} {о} {theme:prep}", "Interview with the {p.role} {p} on {theme}"],
    ["{p:nom.cap}: «{theme:nom.cap} остаётся приоритетом»", "{p:cap}: “{theme:cap} remains a priority”"],
  ]),
  leads: parseTemplates([
    [
      "{p.role:nom.cap} {p} рассказал{p?|а} {о} {theme:prep} и задачах Организации на ближайшие годы.",
      "The {p.role} {p} spoke about {theme} and the Organization's tasks for the coming years.",
    ],
  ]),
  openers: parseTemplates([
    [
      "{date} {p.role} {p} выступил{p?|а} на {event:prep} в {city:prep}.",
      "On {date} the {p.role} {p} spoke at the {event} in {city}.",
    ],
    [
      "{p.role:nom.cap} {p} ответил{p?|а} на вопросы корреспондента {о} {theme:prep}.",
      "The {p.role} {p} answered a correspondent's questions on {theme}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "«Мы последовательно укрепляем {topic:acc} и наращиваем {measure:acc.pl}», — отметил{p?|а} {p:nom}.",
      "“We are consistently strengthening {topic} and stepping up {measure:pl},” {p} said.",
    ],
    [
      "По словам {p:gen}, {topic:nom} остаётся одним из ключевых направлений работы Организации.",
      "According to {p}, {topic} remains one of the Organization's key areas of work.",
    ],
    [
      "«Без эффективного противодействия {threat:dat.pl} невозможно обеспечить устойчивое развитие наших государств», — подчеркнул{p?|а} {p:nom}.",
      "“Without effective action against {threat:pl} our states cannot develop sustainably,” {p} stressed.",
    ],
    [
      "Отвечая на вопросы журналистов, {p:nom} рассказал{p?|а} {о} {topic:prep}.",
      "Answering journalists' questions, {p} spoke about {topic}.",
    ],
    [
      "«Наша общая задача — не допустить {threat:gen.pl} на пространстве ОДКБ», — заявил{p?|а} {p:nom}.",
      "“Our common task is to prevent {threat:pl} in the CSTO area,” {p} said.",
    ],
  ]),
};

export const specialStory: Story = {
  key: "special",
  sectionKey: "special_projects",
  kinds: ["news", "document"],
  weight: 8,
  protagonist: "anyone",
  hasPlace: false,
  titles: parseTemplates([
    ["Из истории ОДКБ: {theme:nom}", "From the CSTO's history: {theme}"],
    ["Хроника Организации: {year} год", "The Organization's chronicle: {year}"],
    ["Спецпроект «Лица ОДКБ»: {p.role} {p}", "Special project “Faces of the CSTO”: the {p.role} {p}"],
  ]),
  leads: parseTemplates([
    [
      "Продолжаем публикацию материалов об истории Организации. Сегодняшний рассказ — {о} {theme:prep}.",
      "We continue publishing materials on the history of the Organization. Today's story is about {theme}.",
    ],
  ]),
  openers: parseTemplates([
    [
      "В {year} году в {city:prep} состоялось подписание {document:gen} {о} {theme:prep}.",
      "In {year} a {document} on {theme} was signed in {city}.",
    ],
  ]),
  sentences: parseTemplates([
    [
      "Архивные фотографии и документы того времени публикуются впервые.",
      "Archive photographs and documents of that time are published for the first time.",
    ],
    [
      "Ветераны Организации вспоминают, как создавалась система {topic:gen}.",
      "Veterans of the Organization recall how the system of {topic} was built.",
    ],
    ["О тех событиях рассказывает {p.role} {p}.", "The {p.role} {p} tells the story of those events."],
    [
      "Материалы спецпроекта подготовлены при участии {participant:gen.pl} из {country:gen}.",
      "The materials of the special project were prepared with {participant:pl} from {country}.",
    ],
  ]),
};
