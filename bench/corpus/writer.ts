import { GUESTS, PEOPLE, holderOn, type CorpusPerson, type TenuredRole } from "./people.js";
import { ZipfSampler, type Random } from "./random.js";
import { gapsIn, type PersonSlot, type Segment, type Template } from "./template.js";
import { VOCABULARY, type Category } from "./vocabulary.js";

/**
 * Renders templates for one item in both languages. Item-level slots (the city, the council, the people) are bound
 * on first use and then kept, so a text stays about one meeting; other slots are drawn afresh for each sentence,
 * different from each other, by Zipf rank.
 */

const SAMPLERS = new Map<Category, ZipfSampler>(
  (Object.keys(VOCABULARY) as Category[]).map((category) => [
    category,
    // Places and names have longer, thinner tails than topics: a few dozen towns appear only now and then.
    new ZipfSampler(VOCABULARY[category].length, category === "city" || category === "ground" ? 1.3 : 1.05),
  ]),
);
const GUEST_SAMPLER = new ZipfSampler(GUESTS.length, 0.9);

const RU_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const RU_VOWELS = "аоуэиАОУЭИ";
const AGREEMENT_INDEX = { m: 0, f: 1, n: 2, pl: 3 } as const;

/** How a person is named at first mention: full name, surname only, or the other spelling / initial. */
type NameStyle = 0 | 1 | 2;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "о" → "об" before a vowel, "с" → "со" and "в" → "во" before awkward clusters. */
function preposition(word: string, next: string): string {
  const first = next.charAt(0);
  const second = next.charAt(1).toLowerCase();
  const consonantFollows = second !== "" && !"аеёиоуыэюя".includes(second);
  if (word === "о") return RU_VOWELS.includes(first) ? "об" : "о";
  if (word === "с")
    return ("сСзЗшШжЖ".includes(first) && consonantFollows) || "щЩ".includes(first) ? "со" : "с";
  return "вВфФ".includes(first) && consonantFollows ? "во" : "в";
}

export class ItemWriter {
  private readonly phraseBindings = new Map<string, number>();
  private readonly personBindings = new Map<PersonSlot, number>();
  private readonly styles = new Map<number, NameStyle>();
  private readonly mentionsRu = new Map<number, number>();
  private readonly mentionsEn = new Map<number, number>();
  /** People named in the text, in order of first mention. */
  readonly mentioned: number[] = [];
  private readonly dateRu: string;
  private readonly dateEn: string;

  constructor(
    private readonly random: Random,
    /** YYYY-MM-DD */
    readonly date: string,
  ) {
    const [year = "", month = "1", day = "1"] = date.split("-");
    const monthIndex = Number(month) - 1;
    this.dateRu = `${Number(day)} ${RU_MONTHS[monthIndex] ?? ""} ${year} года`;
    this.dateEn = `${Number(day)} ${EN_MONTHS[monthIndex] ?? ""} ${year}`;
  }

  get year(): string {
    return this.date.slice(0, 4);
  }

  bindPerson(slot: PersonSlot, person: number): void {
    this.personBindings.set(slot, person);
  }

  bindPhrase(name: string, index: number): void {
    this.phraseBindings.set(name, index);
  }

  personIn(slot: PersonSlot): number | undefined {
    return this.personBindings.get(slot);
  }

  phraseIn(name: string): number | undefined {
    return this.phraseBindings.get(name);
  }

  /** Starts a new part of the text (title, lead, body): the first mention there gives the full name again. */
  newPart(): void {
    this.mentionsRu.clear();
    this.mentionsEn.clear();
  }

  drawGuest(): number {
    return GUESTS[GUEST_SAMPLER.sample(this.random)] ?? 0;
  }

  holder(role: TenuredRole): number {
    return holderOn(role, this.date);
  }

  private person(slot: PersonSlot): number {
    let person = this.personBindings.get(slot);
    if (person === undefined) {
      if (slot === "guest" || slot === "p") {
        const taken = this.personBindings.get(slot === "p" ? "guest" : "p");
        person = this.drawGuest();
        for (let i = 0; i < 4 && person === taken; i++) person = this.drawGuest();
      } else {
        const role: TenuredRole =
          slot === "sg"
            ? "secretaryGeneral"
            : slot === "deputy"
              ? "deputySecretaryGeneral"
              : slot === "chief"
                ? "chiefOfStaff"
                : "pressSecretary";
        person = this.holder(role);
      }
      this.personBindings.set(slot, person);
    }
    return person;
  }

  private itemPhrase(name: string, category: Category): number {
    let index = this.phraseBindings.get(name);
    if (index === undefined) {
      index = SAMPLERS.get(category)?.sample(this.random) ?? 0;
      this.phraseBindings.set(name, index);
    }
    return index;
  }

  /** Picks the value of every slot of a template: a phrase index, a person index or a number. */
  resolve(template: Template): number[] {
    const values: number[] = [];
    for (const slot of template.slots) {
      const type = slot.type;
      if (type.kind === "person") values.push(this.person(type.slot));
      else if (type.kind === "number") values.push(this.random.between(12, 950));
      else if (type.kind === "phrase") {
        if (type.itemLevel) {
          values.push(this.itemPhrase(slot.name, type.category));
          continue;
        }
        const sampler = SAMPLERS.get(type.category);
        const itemLevel = this.phraseBindings.get(type.category === "topic" ? "theme" : type.category);
        let value = sampler?.sample(this.random) ?? 0;
        for (let i = 0; i < 6; i++) {
          const clash =
            value === itemLevel ||
            template.slots.some(
              (other, j) =>
                j < values.length &&
                other.type.kind === "phrase" &&
                other.type.category === type.category &&
                values[j] === value,
            );
          if (!clash) break;
          value = sampler?.sample(this.random) ?? 0;
        }
        values.push(value);
      } else values.push(0);
    }
    return values;
  }

  private nameOf(person: CorpusPerson, index: number, lang: "ru" | "en", form: number): string {
    let style = this.styles.get(index);
    if (style === undefined) {
      const u = this.random.next();
      style = u < 0.6 ? 0 : u < 0.85 ? 1 : 2;
      this.styles.set(index, style);
      this.mentioned.push(index);
    }
    const mentions = lang === "ru" ? this.mentionsRu : this.mentionsEn;
    const earlier = mentions.get(index) ?? 0;
    mentions.set(index, earlier + 1);
    if (lang === "ru") {
      const table =
        earlier > 0 || style === 1 ? person.surname : style === 2 ? person.initialled : person.fullName;
      return table[form] ?? person.surname[0] ?? "";
    }
    if (earlier > 0 || style === 1) return style === 2 ? person.en.altSurname : person.en.surname;
    return style === 2 ? person.en.altFull : person.en.full;
  }

  /** Words in the text last rendered. */
  lastWords = 0;

  render(template: Template, lang: "ru" | "en", values: readonly number[]): string {
    const segments: readonly Segment[] = lang === "ru" ? template.ru : template.en;
    const ru = lang === "ru";
    const parts: string[] = [];
    let gaps = 0;
    let prepositions: number[] | undefined;
    for (const segment of segments) {
      switch (segment.t) {
        case "text":
          parts.push(segment.text);
          gaps += segment.gaps;
          break;
        case "prep":
          (prepositions ??= []).push(parts.length);
          parts.push(segment.word);
          break;
        case "phrase": {
          const phrase = segment.list[values[segment.slot] ?? 0];
          if (!phrase) break;
          const text = (ru ? phrase.ru[segment.form] : phrase.en[segment.form]) ?? "";
          parts.push(segment.cap ? capitalise(text) : text);
          gaps += ru ? phrase.ruGaps : phrase.enGaps;
          break;
        }
        case "name": {
          const index = values[segment.slot] ?? 0;
          const person = PEOPLE[index];
          const text = person ? this.nameOf(person, index, lang, segment.form) : "";
          parts.push(segment.cap ? capitalise(text) : text);
          gaps += gapsIn(text);
          break;
        }
        case "role": {
          const phrase = PEOPLE[values[segment.slot] ?? 0]?.posts[0]?.phrase;
          if (!phrase) break;
          const text = (ru ? phrase.ru[segment.form] : phrase.en[segment.form]) ?? "";
          parts.push(segment.cap ? capitalise(text) : text);
          gaps += ru ? phrase.ruGaps : phrase.enGaps;
          break;
        }
        case "agree": {
          const slot = template.slots[segment.slot];
          const value = values[segment.slot] ?? 0;
          const agreement =
            slot?.type.kind === "person"
              ? PEOPLE[value]?.sex === "female"
                ? "f"
                : "m"
              : slot?.type.kind === "phrase"
                ? (VOCABULARY[slot.type.category][value]?.agreement ?? "m")
                : "m";
          parts.push(segment.forms[AGREEMENT_INDEX[agreement]]);
          break;
        }
        case "value": {
          const type = template.slots[segment.slot]?.type.kind;
          if (type === "date") {
            parts.push(ru ? this.dateRu : this.dateEn);
            gaps += ru ? 3 : 2;
          } else if (type === "year") parts.push(this.year);
          else parts.push(String(values[segment.slot] ?? 0));
          break;
        }
      }
    }
    if (prepositions) {
      for (const at of prepositions) {
        let next = "";
        for (let j = at + 1; j < parts.length && next === ""; j++) next = (parts[j] ?? "").trimStart();
        parts[at] = preposition(parts[at] ?? "", next);
      }
    }
    this.lastWords = gaps + 1;
    const first = parts[0] ?? "";
    // Every sentence starts with a capital, whatever slot it starts with.
    if (first !== "" && first.charAt(0) !== first.charAt(0).toUpperCase()) parts[0] = capitalise(first);
    // Joined, not concatenated: a flat string now is cheaper than a rope of pieces flattened later.
    return parts.join("");
  }
}
