/**
 * How much a piece of text looks like real Russian or English, from single-letter frequencies. Crude, but enough
 * to put "совет министров" before "ыщмуе ьштшыекщм" when ranking "Did you mean" rewrites; the index has the
 * final say on which rewrite actually finds something.
 */

/** Approximate share of each letter in running text, in percent (published corpus counts, rounded). */
const RUSSIAN_FREQUENCIES: Readonly<Record<string, number>> = {
  о: 10.97,
  е: 8.49,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
};

const ENGLISH_FREQUENCIES: Readonly<Record<string, number>> = {
  e: 12.7,
  t: 9.06,
  a: 8.17,
  o: 7.51,
  i: 6.97,
  n: 6.75,
  s: 6.33,
  h: 6.09,
  r: 5.99,
  d: 4.25,
  l: 4.03,
  c: 2.78,
  u: 2.76,
  m: 2.41,
  w: 2.36,
  f: 2.23,
  g: 2.02,
  y: 1.97,
  p: 1.93,
  b: 1.29,
  v: 0.98,
  k: 0.77,
  j: 0.15,
  x: 0.15,
  q: 0.1,
  z: 0.07,
};

/** Letters no Russian word starts with: keyboard garbage often does ("ыщмуе"). */
const NEVER_FIRST = "ьъы";
const IMPOSSIBLE_START_PENALTY = 3;
/** Punctuation glued inside a word ("vb[fbk") is a sign of a wrong rewrite. */
const GLUED_PUNCTUATION_PENALTY = 1;

/** The average log-frequency per letter of the text's words; higher is more natural. Empty text scores -Infinity. */
export function plausibility(text: string): number {
  let total = 0;
  let letters = 0;
  for (const word of text.toLowerCase().split(/[\s"«»“”„-]+/u)) {
    if (NEVER_FIRST.includes(word.charAt(0)) && word !== "") total -= IMPOSSIBLE_START_PENALTY;
    const core = word.replace(/^\P{L}+|\P{L}+$/gu, "");
    for (const char of core.replaceAll("ё", "е")) {
      const frequency = RUSSIAN_FREQUENCIES[char] ?? ENGLISH_FREQUENCIES[char];
      if (frequency !== undefined) {
        total += Math.log10(frequency);
        letters += 1;
      } else if (/[\p{P}\p{S}]/u.test(char)) {
        total -= GLUED_PUNCTUATION_PENALTY;
        letters += 1;
      }
    }
  }
  return letters === 0 ? Number.NEGATIVE_INFINITY : total / letters;
}
