/**
 * Slugs for generated items: the first words of the title, transliterated, then the item's number, which keeps
 * every slug unique within its section and language without asking the database. A lookup table is used instead
 * of the site's slug suggester because a million titles must be done in seconds.
 */

const CYRILLIC_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const LATIN_FOR_CYRILLIC = [
  "a",
  "b",
  "v",
  "g",
  "d",
  "e",
  "e",
  "zh",
  "z",
  "i",
  "y",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "r",
  "s",
  "t",
  "u",
  "f",
  "kh",
  "ts",
  "ch",
  "sh",
  "shch",
  "",
  "y",
  "",
  "e",
  "yu",
  "ya",
];

/** Latin output for every UTF-16 code unit that belongs in a slug; undefined for separators. */
const TABLE: (string | undefined)[] = new Array<string | undefined>(0x500).fill(undefined);
for (let c = 0x30; c <= 0x39; c++) TABLE[c] = String.fromCharCode(c);
for (let c = 0x61; c <= 0x7a; c++) {
  TABLE[c] = String.fromCharCode(c);
  TABLE[c - 32] = String.fromCharCode(c);
}
for (let i = 0; i < CYRILLIC_LOWER.length; i++) {
  const lower = CYRILLIC_LOWER.charCodeAt(i);
  const latin = LATIN_FOR_CYRILLIC[i] ?? "";
  TABLE[lower] = latin;
  TABLE[CYRILLIC_LOWER.charAt(i).toUpperCase().charCodeAt(0)] = latin;
}

const WORDS_IN_SLUG = 6;

export function itemSlug(title: string, index: number): string {
  let out = "";
  let words = 0;
  let inWord = false;
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i);
    const latin = code < TABLE.length ? TABLE[code] : undefined;
    if (latin === undefined) {
      if (inWord) {
        inWord = false;
        if (++words === WORDS_IN_SLUG) break;
      }
      continue;
    }
    if (!inWord && out !== "") out += "-";
    inWord = true;
    out += latin;
  }
  return `${out === "" ? "item" : out}-${index + 1}`;
}
