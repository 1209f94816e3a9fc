import { CASES, formIndex, type Case } from "./russian.js";
import type { Phrase } from "./lexicon.js";
import { isCategory, VOCABULARY, type Category } from "./vocabulary.js";

/**
 * Sentence templates, written as a Russian and an English string with slots in braces:
 *
 *   {city:prep}        a phrase of the "city" category in the prepositional case (English: {city})
 *   {topic2:gen.pl}    a second, different topic in the genitive plural (English: {topic2:pl})
 *   {theme:nom.cap}    the item's theme, capitalised
 *   {p:ins} {p.role}   a person's name (declined) and post; names are p, guest, sg, deputy, chief, press
 *   {p?|а}             agreement with a person's sex or a phrase's gender and number, written m|f|n|pl
 *                      (выступил{p?|а}, начал{event?|а|о|и}); a missing neuter or plural form is the masculine
 *   {о} {с} {в}        a Russian preposition that becomes "об", "со", "во" before the next word when needed
 *   {date} {year} {n}  the item's date and year, and a number (n, n2…) shared by both languages
 *
 * Templates are parsed once; rendering is a walk over the parsed segments.
 */

export const PERSON_SLOTS = ["p", "guest", "sg", "deputy", "chief", "press"] as const;
export type PersonSlot = (typeof PERSON_SLOTS)[number];

/** Slots bound once per item, so the same city or council is meant throughout a text. */
const ITEM_LEVEL = new Set([
  "city",
  "country",
  "council",
  "force",
  "document",
  "event",
  "theme",
  "ground",
  "exercise",
  "operation",
]);

export type SlotKind =
  | { kind: "phrase"; category: Category; itemLevel: boolean }
  | { kind: "person"; slot: PersonSlot }
  | { kind: "date" }
  | { kind: "year" }
  | { kind: "number" };

export interface Slot {
  name: string;
  type: SlotKind;
}

export type Segment =
  /** `gaps` is the text's contribution to the word count: its spaces, less its free-standing dashes. */
  | { t: "text"; text: string; gaps: number }
  | { t: "phrase"; slot: number; form: number; cap: boolean; list: readonly Phrase[] }
  | { t: "name"; slot: number; form: number; cap: boolean }
  | { t: "role"; slot: number; form: number; cap: boolean }
  /** The endings for a masculine, feminine, neuter and plural-only subject. */
  | { t: "agree"; slot: number; forms: readonly [string, string, string, string] }
  | { t: "prep"; word: string }
  | { t: "value"; slot: number; cap: boolean };

export interface Template {
  slots: Slot[];
  ru: Segment[];
  en: Segment[];
  /** Where the template came from, for error messages. */
  source: string;
}

function slotType(name: string, source: string): SlotKind {
  if ((PERSON_SLOTS as readonly string[]).includes(name)) return { kind: "person", slot: name as PersonSlot };
  if (name === "date") return { kind: "date" };
  if (name === "year") return { kind: "year" };
  const base = name.replace(/\d+$/, "");
  if (base === "n") return { kind: "number" };
  const category = base === "theme" ? "topic" : base;
  if (!isCategory(category)) throw new Error(`unknown slot "${name}" in template "${source}"`);
  return { kind: "phrase", category, itemLevel: ITEM_LEVEL.has(name) };
}

const SLOT = /\{([^}]+)\}/g;

/** Spaces less free-standing dashes: summed over a sentence and plus one, the number of words. */
export function gapsIn(text: string): number {
  let gaps = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) gaps++;
  for (let at = text.indexOf(" — "); at >= 0; at = text.indexOf(" — ", at + 3)) gaps--;
  return gaps;
}

function textSegment(text: string): Segment {
  return { t: "text", text, gaps: gapsIn(text) };
}

function parseSide(text: string, lang: "ru" | "en", slots: Slot[], source: string): Segment[] {
  const segments: Segment[] = [];
  const slotIndex = (name: string): number => {
    let index = slots.findIndex((s) => s.name === name);
    if (index < 0) {
      slots.push({ name, type: slotType(name, source) });
      index = slots.length - 1;
    }
    return index;
  };
  let last = 0;
  for (const match of text.matchAll(SLOT)) {
    if (match.index > last) segments.push(textSegment(text.slice(last, match.index)));
    last = match.index + match[0].length;
    const body = match[1] ?? "";
    if (body === "о" || body === "с" || body === "в") {
      segments.push({ t: "prep", word: body });
      continue;
    }
    const agreement = /^(\w+)\?(.*)$/.exec(body);
    if (agreement) {
      const [, name = "", endings = ""] = agreement;
      const [m = "", f = "", n = m, pl = m] = endings.split("|");
      segments.push({ t: "agree", slot: slotIndex(name), forms: [m, f, n, pl] });
      continue;
    }
    const [ref = "", flagText = ""] = body.split(":");
    const flags = flagText === "" ? [] : flagText.split(".");
    const [name = "", field] = ref.split(".");
    const slot = slotIndex(name);
    const cap = flags.includes("cap");
    const plural = flags.includes("pl");
    const grammaticalCase = (flags.find((f) => (CASES as readonly string[]).includes(f)) ?? "nom") as Case;
    const type = slots[slot]?.type;
    if (
      lang === "ru" &&
      flags.some((f) => f !== "cap" && f !== "pl" && !(CASES as readonly string[]).includes(f))
    ) {
      throw new Error(`unknown flag in {${body}} of "${source}"`);
    }
    const form = lang === "ru" ? formIndex(grammaticalCase, plural ? "pl" : "sg") : plural ? 1 : 0;
    if (type?.kind === "person") {
      segments.push(
        field === "role" ? { t: "role", slot, form, cap } : { t: "name", slot, form: form % 6, cap },
      );
    } else if (type?.kind === "phrase") {
      segments.push({ t: "phrase", slot, form, cap, list: VOCABULARY[type.category] });
    } else {
      segments.push({ t: "value", slot, cap });
    }
  }
  if (last < text.length) segments.push(textSegment(text.slice(last)));
  return segments;
}

export function parseTemplate(ru: string, en: string): Template {
  const slots: Slot[] = [];
  const source = `${ru} / ${en}`;
  const ruSegments = parseSide(ru, "ru", slots, source);
  const enSegments = parseSide(en, "en", slots, source);
  return { slots, ru: ruSegments, en: enSegments, source };
}

export function parseTemplates(pairs: readonly (readonly [string, string])[]): Template[] {
  return pairs.map(([ru, en]) => parseTemplate(ru, en));
}
