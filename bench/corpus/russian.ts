/**
 * Just enough Russian morphology to write press releases: the regular noun and adjective declensions, and the
 * declension of personal names. Every form is computed once when the vocabulary loads, so rendering a text is a
 * table lookup. The point is realism for search: the same lemma shows up as "миссия", "миссии", "миссией"…
 */

/** Case order used by every form table: nominative, genitive, dative, accusative, instrumental, prepositional. */
export const CASES = ["nom", "gen", "dat", "acc", "ins", "prep"] as const;
export type Case = (typeof CASES)[number];
export type GrammaticalNumber = "sg" | "pl";
export type Gender = "m" | "f" | "n";

/** Twelve forms: the six cases in the singular, then the six in the plural. */
export type FormTable = readonly string[];

export function formIndex(grammaticalCase: Case, number: GrammaticalNumber): number {
  return CASES.indexOf(grammaticalCase) + (number === "pl" ? 6 : 0);
}

export type NounParadigm = "m" | "mj" | "mij" | "ms" | "f" | "fj" | "fia" | "fs" | "n" | "nie" | "indecl";

interface ParadigmShape {
  /** What the lemma ends with; the stem is the lemma without it. */
  ending: string;
  gender: Gender;
  /** Endings for the 12 forms; the accusative of animate nouns is taken from the genitive instead. */
  endings: readonly string[];
}

const PARADIGMS: Record<Exclude<NounParadigm, "indecl">, ParadigmShape> = {
  m: { ending: "", gender: "m", endings: ["", "а", "у", "", "ом", "е", "ы", "ов", "ам", "ы", "ами", "ах"] },
  mj: {
    ending: "й",
    gender: "m",
    endings: ["й", "я", "ю", "й", "ем", "е", "и", "ев", "ям", "и", "ями", "ях"],
  },
  mij: {
    ending: "ий",
    gender: "m",
    endings: ["ий", "ия", "ию", "ий", "ием", "ии", "ии", "иев", "иям", "ии", "иями", "иях"],
  },
  ms: {
    ending: "ь",
    gender: "m",
    endings: ["ь", "я", "ю", "ь", "ем", "е", "и", "ей", "ям", "и", "ями", "ях"],
  },
  f: { ending: "а", gender: "f", endings: ["а", "ы", "е", "у", "ой", "е", "ы", "", "ам", "ы", "ами", "ах"] },
  fj: {
    ending: "я",
    gender: "f",
    endings: ["я", "и", "е", "ю", "ей", "е", "и", "ь", "ям", "и", "ями", "ях"],
  },
  fia: {
    ending: "ия",
    gender: "f",
    endings: ["ия", "ии", "ии", "ию", "ией", "ии", "ии", "ий", "иям", "ии", "иями", "иях"],
  },
  fs: {
    ending: "ь",
    gender: "f",
    endings: ["ь", "и", "и", "ь", "ью", "и", "и", "ей", "ям", "и", "ями", "ях"],
  },
  n: { ending: "о", gender: "n", endings: ["о", "а", "у", "о", "ом", "е", "а", "", "ам", "а", "ами", "ах"] },
  nie: {
    ending: "ие",
    gender: "n",
    endings: ["ие", "ия", "ию", "ие", "ием", "ии", "ия", "ий", "иям", "ия", "иями", "иях"],
  },
};

const VELARS = "гкх";
const HUSHERS = "жшчщ";
const VOWELS = "аеёиоуыэюя";

/** Russian spelling rules: no "ы" after г, к, х, ж, ш, ч, щ; unstressed "о" after hushers and ц is "е". */
function spell(stem: string, ending: string): string {
  const last = stem.at(-1) ?? "";
  if (ending.startsWith("ы") && (VELARS.includes(last) || HUSHERS.includes(last))) {
    ending = `и${ending.slice(1)}`;
  }
  if ((HUSHERS.includes(last) || last === "ц") && (ending === "ом" || ending === "ой")) {
    ending = `е${ending.slice(1)}`;
  }
  return stem + ending;
}

/** Picks the paradigm a lemma most likely follows; soft-sign nouns must say their gender. */
export function guessParadigm(lemma: string): NounParadigm {
  if (lemma.endsWith("ия")) return "fia";
  if (lemma.endsWith("ие")) return "nie";
  if (lemma.endsWith("ий")) return "mij";
  if (lemma.endsWith("й")) return "mj";
  if (lemma.endsWith("а")) return "f";
  if (lemma.endsWith("я")) return "fj";
  if (lemma.endsWith("о")) return "n";
  if (lemma.endsWith("ь")) throw new Error(`say whether "${lemma}" is ms or fs`);
  return "m";
}

export interface NounOptions {
  paradigm?: NounParadigm;
  animate?: boolean;
  /** Genitive plural where the regular one is wrong ("встреч" is right, "сестёр" needs saying). */
  genitivePlural?: string;
}

export interface DeclinedNoun {
  gender: Gender;
  animate: boolean;
  forms: FormTable;
}

export function declineNoun(lemma: string, options: NounOptions = {}): DeclinedNoun {
  const paradigm = options.paradigm ?? guessParadigm(lemma);
  const animate = options.animate ?? false;
  if (paradigm === "indecl") return { gender: "m", animate, forms: new Array<string>(12).fill(lemma) };
  const shape = PARADIGMS[paradigm];
  const stem = lemma.slice(0, lemma.length - shape.ending.length);
  const forms = shape.endings.map((ending, i) => {
    if (paradigm === "m" && i === 7 && (HUSHERS.includes(stem.at(-1) ?? "") || stem.endsWith("ц"))) {
      return stem + (stem.endsWith("ц") ? "ев" : "ей");
    }
    if (paradigm === "fj" && i === 7 && VOWELS.includes(stem.at(-1) ?? "")) return `${stem}й`;
    return spell(stem, ending);
  });
  if (options.genitivePlural) forms[7] = options.genitivePlural;
  if (animate) {
    if (shape.gender === "m") forms[3] = forms[1] ?? lemma;
    forms[9] = forms[7] ?? lemma;
  }
  return { gender: shape.gender, animate, forms };
}

type AdjectiveType = "hard" | "velar" | "husher" | "soft";

const ADJECTIVE_ENDINGS: Record<AdjectiveType, Record<Gender | "pl", readonly string[]>> = {
  hard: {
    m: ["ый", "ого", "ому", "ый", "ым", "ом"],
    f: ["ая", "ой", "ой", "ую", "ой", "ой"],
    n: ["ое", "ого", "ому", "ое", "ым", "ом"],
    pl: ["ые", "ых", "ым", "ые", "ыми", "ых"],
  },
  velar: {
    m: ["ий", "ого", "ому", "ий", "им", "ом"],
    f: ["ая", "ой", "ой", "ую", "ой", "ой"],
    n: ["ое", "ого", "ому", "ое", "им", "ом"],
    pl: ["ие", "их", "им", "ие", "ими", "их"],
  },
  husher: {
    m: ["ий", "его", "ему", "ий", "им", "ем"],
    f: ["ая", "ей", "ей", "ую", "ей", "ей"],
    n: ["ее", "его", "ему", "ее", "им", "ем"],
    pl: ["ие", "их", "им", "ие", "ими", "их"],
  },
  soft: {
    m: ["ий", "его", "ему", "ий", "им", "ем"],
    f: ["яя", "ей", "ей", "юю", "ей", "ей"],
    n: ["ее", "его", "ему", "ее", "им", "ем"],
    pl: ["ие", "их", "им", "ие", "ими", "их"],
  },
};

const SOFT_STEMS = new Set(["последн", "внешн", "внутренн", "летн", "зимн", "весенн", "осенн", "средн"]);

/**
 * The stem and declension type of an adjective written in any nominative form ("военный", "военное",
 * "Парламентская"), so that phrases can be written the way they read.
 */
function analyseAdjective(word: string): { stem: string; type: AdjectiveType; stressed: boolean } {
  const stem = word.slice(0, -2);
  const last = stem.at(-1) ?? "";
  if (VELARS.includes(last)) return { stem, type: "velar", stressed: word.endsWith("ой") };
  if (HUSHERS.includes(last)) return { stem, type: "husher", stressed: false };
  if (SOFT_STEMS.has(stem.toLowerCase()) || word.endsWith("яя"))
    return { stem, type: "soft", stressed: false };
  return { stem, type: "hard", stressed: word.endsWith("ой") };
}

/** The forms of an adjective agreeing with a noun of the given gender and animacy. */
export function declineAdjective(word: string, gender: Gender, animate: boolean): FormTable {
  const { stem, type, stressed } = analyseAdjective(word);
  const table = ADJECTIVE_ENDINGS[type];
  const singular = table[gender].map((ending, i) =>
    stressed && gender === "m" && (i === 0 || i === 3) ? `${stem}ой` : stem + ending,
  );
  const plural = table.pl.map((ending) => stem + ending);
  if (animate) {
    if (gender === "m") singular[3] = singular[1] ?? word;
    plural[3] = plural[1] ?? word;
  }
  return [...singular, ...plural];
}

export type Sex = "male" | "female";

/** The six singular case forms of a first name. */
export function declineFirstName(name: string, sex: Sex): string[] {
  if (sex === "female") {
    return declineNoun(name, { animate: true, paradigm: name.endsWith("ия") ? "fia" : "f" }).forms.slice(
      0,
      6,
    );
  }
  const paradigm: NounParadigm = name.endsWith("ий")
    ? "mij"
    : name.endsWith("й")
      ? "mj"
      : name.endsWith("ь")
        ? "ms"
        : "m";
  return declineNoun(name, { animate: true, paradigm }).forms.slice(0, 6);
}

/** The six singular case forms of a surname, by the rules for Russian, Armenian and Central Asian surnames. */
export function declineSurname(name: string, sex: Sex): string[] {
  if (/(ский|цкий|ой|ый)$/.test(name)) {
    return declineAdjective(name, sex === "male" ? "m" : "f", true).slice(0, 6);
  }
  if (/(ская|цкая|ая)$/.test(name)) return declineAdjective(name, "f", true).slice(0, 6);
  if (sex === "male") {
    if (/(ов|ев|ёв|ин|ын)$/.test(name))
      return [name, `${name}а`, `${name}у`, `${name}а`, `${name}ым`, `${name}е`];
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(name)) return declineNoun(name, { animate: true }).forms.slice(0, 6);
    return new Array<string>(6).fill(name);
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(name)) {
    const stem = name.slice(0, -1);
    return [name, `${stem}ой`, `${stem}ой`, `${stem}у`, `${stem}ой`, `${stem}ой`];
  }
  // Women's surnames ending in a consonant (Хачатрян, Ковальчук) do not decline.
  return new Array<string>(6).fill(name);
}
