import { phrases, type Phrase } from "./lexicon.js";
import { cities, countries, grounds } from "./places.js";

/**
 * The press centre's vocabulary, by category. Within a category the entries are listed from the most to the least
 * common: the generator draws them with a Zipf distribution, so the first ones appear in a large share of the
 * items and the last ones in a few hundredths of a percent (the "rare words" of the benchmark).
 */

const councils = phrases([
  ["Совет|n коллективной безопасности", "Collective Security Council"],
  ["Совет|n министров иностранных дел", "Council of Foreign Ministers"],
  ["Совет|n министров обороны", "Council of Defence Ministers"],
  ["Комитет|n секретарей советов безопасности", "Committee of Secretaries of Security Councils"],
  ["Постоянный|a совет|n", "Permanent Council"],
  ["Парламентская|a ассамблея|n", "Parliamentary Assembly"],
  ["Военный|a комитет|n", "Military Committee"],
  [
    "Координационный|a совет|n по вопросам борьбы с незаконной миграцией",
    "Coordination Council on Illegal Migration",
  ],
  ["Рабочая|a группа|n по Афганистану", "Working Group on Afghanistan"],
  ["Координационный|a совет|n по чрезвычайным ситуациям", "Coordination Council for Emergency Situations"],
  [
    "Координационный|a совет|n по борьбе с наркотрафиком",
    "Coordination Council on Combating Drug Trafficking",
  ],
  ["Консультативный|a совет|n по информационной безопасности", "Advisory Council on Information Security"],
  ["Научно-экспертный|a совет|n", "Academic Expert Council"],
  [
    "Межгосударственная|a комиссия|n по военно-экономическому сотрудничеству",
    "Interstate Commission for Military-Economic Cooperation",
  ],
]);

/** Fields of work: what the organisation strengthens, develops and cooperates in. */
const topics = phrases([
  ["безопасность|n|fs|sg", "security"],
  ["коллективная|a безопасность|n|fs|sg", "collective security"],
  ["информационная|a безопасность|n|fs|sg", "information security"],
  ["миротворческая|a деятельность|n|fs|sg", "peacekeeping"],
  ["военное|a сотрудничество|n|sg", "military cooperation"],
  ["военно-техническое|a сотрудничество|n|sg", "military-technical cooperation"],
  ["подготовка|n|sg кадров", "personnel training"],
  ["пограничная|a безопасность|n|fs|sg", "border security"],
  ["кризисное|a реагирование|n|sg", "crisis response"],
  ["охрана|n|sg таджикско-афганской границы", "protection of the Tajik-Afghan border"],
  ["биологическая|a безопасность|n|fs|sg", "biological safety"],
  ["противовоздушная|a оборона|n|sg", "air defence"],
  ["гуманитарная|a помощь|n|fs|sg", "humanitarian aid"],
  ["стратегическая|a стабильность|n|fs|sg", "strategic stability"],
  ["ликвидация|n|sg последствий чрезвычайных ситуаций", "emergency response"],
  ["оперативная|a совместимость|n|fs|sg", "interoperability"],
  ["материально-техническое|a обеспечение|n|sg", "logistics"],
  ["военное|a образование|n|sg", "military education"],
  ["контроль|n|ms|sg над вооружениями", "arms control"],
  ["нераспространение|n|sg оружия массового уничтожения", "non-proliferation of weapons of mass destruction"],
  ["разведка|n|sg", "reconnaissance"],
  ["связь|n|fs|sg", "communications"],
  ["военная|a медицина|n|sg", "military medicine"],
  ["радиоэлектронная|a борьба|n|sg", "electronic warfare"],
  ["мобилизационная|a готовность|n|fs|sg", "mobilisation readiness"],
  ["санитарно-эпидемиологическое|a благополучие|n|sg", "sanitary and epidemiological welfare"],
  ["военная|a промышленность|n|fs|sg", "defence industry"],
  ["молодёжная|a политика|n|sg", "youth policy"],
  ["историческая|a память|n|fs|sg", "historical memory"],
  ["цифровая|a трансформация|n|sg", "digital transformation"],
  ["искусственный|a интеллект|n|sg", "artificial intelligence"],
  ["радиационная|a безопасность|n|fs|sg", "radiation safety"],
  ["химическая|a безопасность|n|fs|sg", "chemical safety"],
  ["продовольственная|a безопасность|n|fs|sg", "food security"],
  ["энергетическая|a безопасность|n|fs|sg", "energy security"],
  ["транспортная|a безопасность|n|fs|sg", "transport security"],
  ["разминирование|n|sg", "demining"],
  ["психологическая|a подготовка|n|sg", "psychological training"],
  ["тыловое|a обеспечение|n|sg", "rear support"],
  ["геоинформационное|a обеспечение|n|sg", "geoinformation support"],
  ["спутниковая|a навигация|n|sg", "satellite navigation"],
  ["метеорологическое|a обеспечение|n|sg", "meteorological support"],
  ["топогеодезическое|a обеспечение|n|sg", "topographic and geodetic support"],
]);

/** What the organisation counters, prevents and fights. */
const threats = phrases([
  ["международный|a терроризм|n|sg", "international terrorism"],
  ["незаконная|a миграция|n|sg", "illegal migration"],
  ["наркотрафик|n|sg", "drug trafficking"],
  ["угроза|n", "threat"],
  ["экстремизм|n|sg", "extremism"],
  ["вызов|n", "challenge"],
  ["киберпреступность|n|fs|sg", "cybercrime"],
  ["торговля|n|sg людьми", "human trafficking"],
  ["кибератака|n", "cyberattack"],
  ["чрезвычайная|a ситуация|n", "emergency"],
  ["финансирование|n|sg терроризма", "terrorist financing"],
  ["вербовка|n|sg боевиков", "recruitment of militants"],
  ["иностранный|a боевик|n|anim", "foreign fighter"],
  ["отмывание|n|sg преступных доходов", "money laundering"],
  ["стихийное|a бедствие|n", "natural disaster"],
  ["контрабанда|n|sg оружия", "arms smuggling"],
  ["незаконный|a оборот|n|sg оружия", "illicit arms trade"],
  ["фальсификация|n|sg истории", "falsification of history"],
  ["лесной|a пожар|n", "forest fire"],
  ["наводнение|n", "flood"],
  ["землетрясение|n", "earthquake"],
  ["распространение|n|sg синтетических наркотиков", "spread of synthetic drugs"],
  ["незаконный|a оборот|n|sg прекурсоров", "precursor trafficking"],
  ["незаконное|a использование|n|sg криптовалют", "illegal use of cryptocurrencies"],
  ["продажа|n|sg наркотиков через даркнет", "drug sales on the darknet"],
  ["эпизоотия|n", "epizootic"],
  ["опустынивание|n|sg", "desertification"],
  ["сель|n|ms", "mudflow"],
  ["лавина|n", "avalanche"],
]);

/** Equipment an exercise shows off. */
const equipment = phrases([
  ["беспилотный|a летательный|a аппарат|n", "unmanned aerial vehicle"],
  ["вертолёт|n", "helicopter"],
  ["бронетранспортёр|n", "armoured personnel carrier"],
  ["средство|n радиоэлектронной борьбы", "electronic warfare system"],
  ["комплекс|n связи", "communications system"],
  ["самолёт|n", "aircraft|aircraft"],
  ["робототехнический|a комплекс|n", "robotic system"],
  ["квадрокоптер|n", "quadcopter"],
  ["тепловизор|n", "thermal imager"],
  ["понтонный|a парк|n", "pontoon bridge set"],
]);

/** Names of exercises; the year is added by the template ("«Взаимодействие-2019»"). */
const exercises = phrases([
  ["Взаимодействие", "Interaction"],
  ["Поиск", "Search"],
  ["Эшелон", "Echelon"],
  ["Рубеж", "Frontier"],
  ["Непоколебимое братство", "Indestructible Brotherhood"],
  ["Кобальт", "Cobalt"],
  ["Барьер", "Barrier"],
  ["Гром", "Thunder"],
  ["Щит", "Shield"],
  ["Антитеррор", "Antiterror"],
  ["Бастион", "Bastion"],
  ["Горизонт", "Horizon"],
  ["Кордон", "Cordon"],
  ["Полярная звезда", "Pole Star"],
]);

const operations = phrases([
  ["Канал", "Kanal"],
  ["Нелегал", "Illegal"],
  ["ПРОКСИ", "PROXY"],
  ["Трафик", "Traffic"],
  ["Паутина", "Web"],
  ["Мираж", "Mirage"],
  ["Перекрёсток", "Crossroads"],
  ["Пилигрим", "Pilgrim"],
  ["Заслон", "Screen"],
  ["Сирокко", "Sirocco"],
]);

const forces = phrases([
  ["Коллективные|a сила|n|pl оперативного реагирования", "Collective Rapid Reaction Forces"],
  ["Миротворческие|a сила|n|pl", "Peacekeeping Forces"],
  [
    "Коллективные|a сила|n|pl быстрого развёртывания Центральноазиатского региона",
    "Collective Rapid Deployment Forces of the Central Asian Region",
  ],
  ["Коллективная|a авиационная|a группировка|n|sg", "Collective Aviation Group"],
  ["Центр|n|sg кризисного реагирования", "Crisis Response Centre"],
  ["подразделение|n специального назначения", "special forces unit"],
]);

const documents = phrases([
  ["решение|n", "decision"],
  ["заявление|n", "statement"],
  ["соглашение|n", "agreement"],
  ["протокол|n", "protocol"],
  ["декларация|n", "declaration"],
  ["доклад|n", "report"],
  ["план|n мероприятий", "plan of activities"],
  ["рекомендация|n", "recommendation"],
  ["программа|n сотрудничества", "programme of cooperation"],
  ["концепция|n", "concept"],
  ["Стратегия|n|sg коллективной безопасности", "Collective Security Strategy"],
  ["резолюция|n", "resolution"],
  ["меморандум|n о взаимопонимании", "memorandum of understanding"],
  ["положение|n", "regulation"],
  ["договор|n", "treaty"],
  ["бюджет|n", "budget"],
  ["модельный|a закон|n", "model law"],
  ["обращение|n", "appeal"],
  ["коммюнике|n|indecl", "communiqué|communiqués"],
]);

const events = phrases([
  ["заседание|n", "meeting"],
  ["встреча|n", "meeting"],
  ["консультация|n|pl", "consultations"],
  ["совещание|n", "working meeting"],
  ["конференция|n", "conference"],
  ["семинар|n", "seminar"],
  ["брифинг|n", "briefing"],
  ["круглый|a стол|n", "round table"],
  ["переговор|n|pl", "talks"],
  ["форум|n", "forum"],
  ["командно-штабная|a тренировка|n|gpl=тренировок", "command-staff training session"],
  ["видеоконференция|n", "video conference"],
  ["учебный|a сбор|n", "training camp"],
]);

const participants = phrases([
  ["эксперт|n|anim", "expert"],
  ["представитель|n|ms|anim", "representative"],
  ["делегат|n|anim", "delegate"],
  ["специалист|n|anim", "specialist"],
  ["офицер|n|anim", "officer"],
  ["сотрудник|n|anim", "staff member"],
  ["руководитель|n|ms|anim", "head"],
  ["военный|a наблюдатель|n|ms|anim", "military observer"],
  ["дипломат|n|anim", "diplomat"],
  ["пограничник|n|anim", "border guard"],
  ["журналист|n|anim", "journalist"],
  ["депутат|n|anim", "member of parliament|members of parliament"],
  ["аналитик|n|anim", "analyst"],
  ["курсант|n|anim", "cadet"],
  ["спасатель|n|ms|anim", "rescuer"],
  ["преподаватель|n|ms|anim", "instructor"],
  ["ветеран|n|anim", "veteran"],
]);

const measures = phrases([
  ["мера|n", "measure"],
  ["предложение|n", "proposal"],
  ["задача|n", "task"],
  ["механизм|n", "mechanism"],
  ["шаг|n", "step"],
  ["инициатива|n", "initiative"],
  ["приоритет|n", "priority"],
  ["совместное|a действие|n", "joint action"],
  ["подход|n", "approach"],
  ["практическое|a мероприятие|n", "practical step"],
  ["перспективное|a направление|n", "promising area"],
  ["план|n действий", "plan of action"],
]);

export const VOCABULARY = {
  council: councils,
  topic: topics,
  threat: threats,
  equipment,
  country: countries,
  city: cities,
  ground: grounds,
  exercise: exercises,
  operation: operations,
  force: forces,
  document: documents,
  event: events,
  participant: participants,
  measure: measures,
} as const satisfies Record<string, readonly Phrase[]>;

export type Category = keyof typeof VOCABULARY;

export function isCategory(value: string): value is Category {
  return value in VOCABULARY;
}
