import { phrase, type Phrase } from "./lexicon.js";
import { PEOPLE_ROWS, type PersonRow } from "./peopleData.js";
import { declineFirstName, declineSurname, type Sex } from "./russian.js";
import { VOCABULARY } from "./vocabulary.js";

/**
 * The people of the corpus: a few dozen invented officials. The organisation's own posts (Secretary General,
 * deputy, Chief of the Joint Staff, press secretary) change hands over the years, so an item names whoever held the
 * post on its date; ministers and envoys of the member states appear throughout.
 */

export type RoleKey =
  | "secretaryGeneral"
  | "deputySecretaryGeneral"
  | "chiefOfStaff"
  | "pressSecretary"
  | "assemblySecretary"
  | "assemblyChairman"
  | "defenceMinister"
  | "foreignMinister"
  | "securitySecretary"
  | "envoy"
  | "instituteDirector";

/** The organisation's posts held by one person at a time, by date. */
export const TENURED_ROLES = [
  "secretaryGeneral",
  "deputySecretaryGeneral",
  "chiefOfStaff",
  "pressSecretary",
] as const;
export type TenuredRole = (typeof TENURED_ROLES)[number];

function countryGenitive(country: number): string {
  return VOCABULARY.country[country]?.ru[1] ?? "";
}

function countryName(country: number): string {
  return VOCABULARY.country[country]?.en[0] ?? "";
}

function rolePhrase(role: RoleKey, country: number): Phrase {
  const ru = countryGenitive(country);
  const en = countryName(country);
  switch (role) {
    case "secretaryGeneral":
      return phrase("Генеральный|a секретарь|n|ms|anim ОДКБ", "CSTO Secretary General");
    case "deputySecretaryGeneral":
      return phrase("заместитель|n|ms|anim Генерального секретаря ОДКБ", "CSTO Deputy Secretary General");
    case "chiefOfStaff":
      return phrase("начальник|n|anim Объединённого штаба ОДКБ", "Chief of the CSTO Joint Staff");
    case "pressSecretary":
      return phrase("пресс-секретарь|n|ms|anim ОДКБ", "CSTO Press Secretary");
    case "assemblySecretary":
      return phrase(
        "ответственный|a секретарь|n|ms|anim Парламентской ассамблеи ОДКБ",
        "Executive Secretary of the CSTO Parliamentary Assembly",
      );
    case "assemblyChairman":
      return phrase(
        "председатель|n|ms|anim Совета Парламентской ассамблеи ОДКБ",
        "Chairman of the Council of the CSTO Parliamentary Assembly",
      );
    case "defenceMinister":
      return phrase(`министр|n|anim обороны ${ru}`, `Minister of Defence of ${en}`);
    case "foreignMinister":
      return phrase(`министр|n|anim иностранных дел ${ru}`, `Minister of Foreign Affairs of ${en}`);
    case "securitySecretary":
      return phrase(
        `секретарь|n|ms|anim Совета безопасности ${ru}`,
        `Secretary of the Security Council of ${en}`,
      );
    case "envoy":
      return phrase(
        `Полномочный|a представитель|n|ms|anim ${ru} при ОДКБ`,
        `Permanent Representative of ${en} to the CSTO`,
      );
    case "instituteDirector":
      return phrase(
        "директор|n|anim Института стратегических исследований ОДКБ",
        "Director of the CSTO Institute for Strategic Studies",
      );
  }
}

export interface CorpusPost {
  role: RoleKey;
  /** How the post is declined in running text. */
  phrase: Phrase;
  /** As printed in a signature: "Пресс-секретарь ОДКБ", "CSTO Press Secretary". */
  titles: { ru: string; en: string };
  startedOn?: string;
  endedOn?: string;
}

export interface CorpusPerson {
  slug: string;
  sex: Sex;
  /** "Имя Фамилия" in the six cases. */
  fullName: readonly string[];
  /** The surname alone in the six cases. */
  surname: readonly string[];
  /** The initial and surname ("Ю. Хачатрян") in the six cases. */
  initialled: readonly string[];
  en: { full: string; surname: string; altFull: string; altSurname: string };
  /** Other spellings stored with the person; search finds the person by them. */
  aliases: string[];
  posts: CorpusPost[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugOf(first: string, last: string): string {
  return `${first}-${last}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

function buildPerson(row: PersonRow): CorpusPerson {
  const [sex, ruFirst, ruLast, enFirst, enLast, altFirst, altLast, postRows] = row;
  const firstForms = declineFirstName(ruFirst, sex);
  const lastForms = declineSurname(ruLast, sex);
  const initial = `${ruFirst.charAt(0)}.`;
  const posts = postRows.map(([role, country, from, to]): CorpusPost => {
    const p = rolePhrase(role, country);
    return {
      role,
      phrase: p,
      titles: { ru: capitalise(p.ru[0] ?? ""), en: p.en[0] },
      ...(from ? { startedOn: from } : {}),
      ...(to ? { endedOn: to } : {}),
    };
  });
  const altFull = `${altFirst} ${altLast}`;
  const aliases = [ruLast, enLast, `${initial} ${ruLast}`];
  if (altFull !== `${enFirst} ${enLast}`) aliases.push(altFull);
  if (altLast !== enLast) aliases.push(altLast);
  return {
    slug: slugOf(enFirst, enLast),
    sex,
    fullName: firstForms.map((f, i) => `${f} ${lastForms[i] ?? ruLast}`),
    surname: lastForms,
    initialled: lastForms.map((l) => `${initial} ${l}`),
    en: { full: `${enFirst} ${enLast}`, surname: enLast, altFull, altSurname: altLast },
    aliases,
    posts,
  };
}

export const PEOPLE: readonly CorpusPerson[] = PEOPLE_ROWS.map(buildPerson);

/** People who hold no post of the organisation's own, in the order the generator draws them (most named first). */
export const GUESTS: readonly number[] = PEOPLE.flatMap((person, index) =>
  person.posts.some((post) => (TENURED_ROLES as readonly string[]).includes(post.role)) ? [] : [index],
);

/** Who held one of the organisation's posts on a date (YYYY-MM-DD), as an index into PEOPLE. */
export function holderOn(role: TenuredRole, date: string): number {
  const index = PEOPLE.findIndex((person) =>
    person.posts.some(
      (post) =>
        post.role === role &&
        (post.startedOn === undefined || post.startedOn <= date) &&
        (post.endedOn === undefined || date <= post.endedOn),
    ),
  );
  if (index < 0) throw new Error(`nobody holds ${role} on ${date}`);
  return index;
}
