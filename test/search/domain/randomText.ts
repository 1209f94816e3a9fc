/**
 * Deterministic random strings for property-style tests: a fixed seed gives the same text on every run, so a
 * failure can be reproduced. The alphabet leans on what breaks text handling: query syntax, both alphabets,
 * combining marks, astral and lone surrogates, controls, right-to-left text and invisible characters.
 */

/** A small seeded generator (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ..."abcxyz ABC 019 -−\"'«»“”„ ,.;:!?()[]{}<>~`/\\|@#$%^&*_+=",
  ..."миссияёлкаЁЙй совет",
  "\u0301",
  "\u0306",
  "\u0308",
  "\u00AD",
  "\u200B",
  "\u200D",
  "\u202E",
  "\u0000",
  "\t",
  "\n",
  "\uD83C\uDF89",
  "\uD800",
  "\uDC00",
  "ﬁ",
  "½",
  "Ｍ",
  "مرحبا",
  "עברית",
  "東京",
  "ΟΔΟΣ",
  "İ",
  "\u1100\u1161",
  " ",
  "  ",
  "don't",
  "Санкт-Петербург",
];

export function randomText(seed: number, maxLength: number): string {
  const random = generator(seed);
  const length = Math.floor(random() * maxLength);
  let text = "";
  for (let index = 0; index < length; index += 1) {
    text += PIECES[Math.floor(random() * PIECES.length)] ?? "";
  }
  return text;
}
