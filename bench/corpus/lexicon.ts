import {
  declineAdjective,
  declineNoun,
  formIndex,
  type Case,
  type FormTable,
  type Gender,
  type GrammaticalNumber,
  type NounParadigm,
} from "./russian.js";

/**
 * A bilingual noun phrase with every Russian case form and both English numbers worked out in advance.
 *
 * The Russian side is written in a small notation: words marked `|n` are the head noun, words marked `|a` are
 * adjectives that agree with it, other words stay as written ("Совет|n коллективной безопасности"). The head may
 * carry flags: `|anim` (animate), `|sg` (no plural), `|pl` (used in the plural only: "сила|n|pl" gives "силы"),
 * a paradigm name such as `|ms` or `|indecl`, and `|gpl=форма` for an irregular genitive plural.
 * The English side is "singular" or "singular|plural"; a missing plural is made by the usual rules.
 */
export interface Phrase {
  ru: FormTable;
  /** Singular and plural. */
  en: readonly [string, string];
  /** What a past-tense verb agrees with: the head noun's gender, or "pl" for a plural-only phrase. */
  agreement: Gender | "pl";
  /** Spaces in the Russian and the English forms (the same in every form), for counting words cheaply. */
  ruGaps: number;
  enGaps: number;
}

const PARADIGM_NAMES = new Set<string>([
  "m",
  "mj",
  "mij",
  "ms",
  "f",
  "fj",
  "fia",
  "fs",
  "n",
  "nie",
  "indecl",
]);

interface ParsedWord {
  text: string;
  role: "noun" | "adjective" | "fixed";
  flags: string[];
}

function parseWords(spec: string): ParsedWord[] {
  return spec.split(" ").map((token) => {
    const [text = "", role, ...flags] = token.split("|");
    if (role === "n") return { text, role: "noun", flags };
    if (role === "a") return { text, role: "adjective", flags };
    if (role !== undefined) throw new Error(`unknown word role "${role}" in "${spec}"`);
    return { text, role: "fixed", flags: [] };
  });
}

interface RussianForms {
  forms: string[];
  gender: Gender;
  singularOnly: boolean;
  pluralOnly: boolean;
}

function russianForms(spec: string): RussianForms {
  const words = parseWords(spec);
  const head = words.find((w) => w.role === "noun");
  if (!head) {
    return { forms: new Array<string>(12).fill(spec), gender: "m", singularOnly: true, pluralOnly: false };
  }
  const paradigm = head.flags.find((f) => PARADIGM_NAMES.has(f)) as NounParadigm | undefined;
  const genitivePlural = head.flags.find((f) => f.startsWith("gpl="))?.slice(4);
  const noun = declineNoun(head.text, {
    paradigm,
    animate: head.flags.includes("anim"),
    genitivePlural,
  });
  const singularOnly = head.flags.includes("sg");
  const pluralOnly = head.flags.includes("pl");
  const perWord = words.map((w) => {
    if (w.role === "noun") return noun.forms;
    if (w.role === "adjective") return declineAdjective(w.text, noun.gender, noun.animate);
    return null;
  });
  const forms: string[] = [];
  for (let i = 0; i < 12; i++) {
    // A phrase without a plural answers plural requests with the singular, and the other way round.
    const source = singularOnly ? i % 6 : pluralOnly ? (i % 6) + 6 : i;
    forms.push(words.map((w, wi) => perWord[wi]?.[source] ?? w.text).join(" "));
  }
  return { forms, gender: noun.gender, singularOnly, pluralOnly };
}

const PLURAL_HEAD_BEFORE = / (of|on|for|in|with|against|to|at|between|under) /;

function pluralOfWord(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** "joint exercise" → "joint exercises"; "meeting of experts" → "meetings of experts". */
export function englishPlural(singular: string): string {
  const split = PLURAL_HEAD_BEFORE.exec(singular);
  const headPart = split ? singular.slice(0, split.index) : singular;
  const rest = split ? singular.slice(split.index) : "";
  const lastSpace = headPart.lastIndexOf(" ");
  return headPart.slice(0, lastSpace + 1) + pluralOfWord(headPart.slice(lastSpace + 1)) + rest;
}

function spaces(text: string): number {
  return text.split(" ").length - 1;
}

export function phrase(ruSpec: string, enSpec: string): Phrase {
  const { forms, gender, singularOnly, pluralOnly } = russianForms(ruSpec);
  const [singular = enSpec, givenPlural] = enSpec.split("|");
  // A plural-only phrase is written in the plural in English too ("Peacekeeping Forces").
  const plural = singularOnly ? singular : (givenPlural ?? (pluralOnly ? singular : englishPlural(singular)));
  const en: readonly [string, string] = pluralOnly ? [plural, plural] : [singular, plural];
  return {
    ru: forms,
    en,
    agreement: pluralOnly ? "pl" : gender,
    ruGaps: spaces(forms[0] ?? ""),
    enGaps: spaces(singular),
  };
}

/** Builds a whole category from [russian, english] pairs, most common first. */
export function phrases(pairs: readonly (readonly [string, string])[]): Phrase[] {
  return pairs.map(([ru, en]) => phrase(ru, en));
}

export function russianForm(p: Phrase, grammaticalCase: Case, number: GrammaticalNumber): string {
  return p.ru[formIndex(grammaticalCase, number)] ?? p.ru[0] ?? "";
}
