/**
 * The US QWERTY and Russian ЙЦУКЕН (Windows/macOS "Russian – PC") layouts, key by key. Text typed with the
 * wrong layout switched on is the right text pushed through this map: "vbccbz" is "миссия", "ьууештп" is
 * "meeting".
 */

/** Unshifted keys, row by row, the QWERTY character first and the ЙЦУКЕН one second. */
const KEY_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["`", "ё"],
  ["q", "й"],
  ["w", "ц"],
  ["e", "у"],
  ["r", "к"],
  ["t", "е"],
  ["y", "н"],
  ["u", "г"],
  ["i", "ш"],
  ["o", "щ"],
  ["p", "з"],
  ["[", "х"],
  ["]", "ъ"],
  ["a", "ф"],
  ["s", "ы"],
  ["d", "в"],
  ["f", "а"],
  ["g", "п"],
  ["h", "р"],
  ["j", "о"],
  ["k", "л"],
  ["l", "д"],
  [";", "ж"],
  ["'", "э"],
  ["z", "я"],
  ["x", "ч"],
  ["c", "с"],
  ["v", "м"],
  ["b", "и"],
  ["n", "т"],
  ["m", "ь"],
  [",", "б"],
  [".", "ю"],
];

/** Shifted punctuation keys whose Russian counterparts are capital letters. */
const SHIFTED_PUNCTUATION: ReadonlyArray<readonly [string, string]> = [
  ["~", "Ё"],
  ["{", "Х"],
  ["}", "Ъ"],
  [":", "Ж"],
  ['"', "Э"],
  ["<", "Б"],
  [">", "Ю"],
];

/** The slash key carries the Russian full stop, and with Shift the comma. */
const LATIN_ONLY_KEYS: ReadonlyArray<readonly [string, string]> = [
  ["/", "."],
  ["?", ","],
];

function buildLatinToCyrillic(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [latin, cyrillic] of KEY_PAIRS) {
    map.set(latin, cyrillic);
    if (/[a-z]/.test(latin)) map.set(latin.toUpperCase(), cyrillic.toUpperCase());
  }
  for (const [latin, cyrillic] of [...SHIFTED_PUNCTUATION, ...LATIN_ONLY_KEYS]) map.set(latin, cyrillic);
  return map;
}

/** Only letters go back to Latin: Russian punctuation in a Russian word is far likelier meant than mistyped. */
function buildCyrillicToLatin(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [latin, cyrillic] of KEY_PAIRS) {
    map.set(cyrillic, latin);
    map.set(cyrillic.toUpperCase(), /[a-z]/.test(latin) ? latin.toUpperCase() : latin);
  }
  for (const [latin, cyrillic] of SHIFTED_PUNCTUATION) map.set(cyrillic, latin);
  return map;
}

const LATIN_TO_CYRILLIC = buildLatinToCyrillic();
const CYRILLIC_TO_LATIN = buildCyrillicToLatin();
const LETTER = /\p{L}/u;

function mapKeys(text: string, map: ReadonlyMap<string, string>): string {
  let result = "";
  for (const char of text) result += map.get(char) ?? char;
  return result;
}

/** Whether every letter of the word sits on the keyboard in `letters`, and there is at least one. */
function lettersAllIn(word: string, isLayoutLetter: (char: string) => boolean): boolean {
  let letters = 0;
  for (const char of word) {
    if (!LETTER.test(char)) continue;
    if (!isLayoutLetter(char)) return false;
    letters += 1;
  }
  return letters > 0;
}

/** Text typed on QWERTY while Russian was meant, as it would have come out on ЙЦУКЕН. */
export function latinKeysToCyrillic(text: string): string {
  return mapKeys(text, LATIN_TO_CYRILLIC);
}

/** Text typed on ЙЦУКЕН while English was meant, as it would have come out on QWERTY. */
export function cyrillicKeysToLatin(text: string): string {
  return mapKeys(text, CYRILLIC_TO_LATIN);
}

/** A word that could have been typed on QWERTY: its letters are all plain Latin ones. */
export function typedOnLatinKeys(word: string): boolean {
  return lettersAllIn(word, (char) => /[a-z]/i.test(char));
}

/** A word that could have been typed on ЙЦУКЕН: its letters are all Russian ones. */
export function typedOnCyrillicKeys(word: string): boolean {
  return lettersAllIn(word, (char) => CYRILLIC_TO_LATIN.has(char));
}
