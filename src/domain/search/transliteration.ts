/**
 * Russian typed in Latin letters ("missiya", "sovet ministrov", "shchit") read back into Cyrillic. People mix
 * the common romanisations (BGN, passport, ad hoc), so the reading is greedy over the usual letter groups and
 * offers a few variants where one Latin spelling stands for several Russian ones (y → ы or й, ts → ц or тс).
 */

/** One piece of the word: the Cyrillic readings of a Latin letter group, the likeliest first. */
interface Piece {
  source: string;
  readings: readonly string[];
}

const MAX_VARIANTS = 4;
const LATIN_VOWELS = "aeiouy";
const CYRILLIC_VOWELS = "аеёиоуыэюя";

/** Letter groups that always read one way, longest first so "shch" wins over "sh" and "ch". */
const FIXED_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["ck", "к"],
  ["x", "кс"],
];

const SINGLE_LETTERS: Readonly<Record<string, string>> = {
  a: "а",
  b: "б",
  v: "в",
  g: "г",
  d: "д",
  z: "з",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  f: "ф",
  h: "х",
  w: "в",
  q: "к",
};

/** y or j before a vowel is the soft vowel letter: ya → я, yu → ю, yo → ё, ye → е. */
const IOTATED: Readonly<Record<string, string>> = { a: "я", u: "ю", o: "ё", e: "е" };

function isLatinVowel(char: string | undefined): boolean {
  return char !== undefined && char !== "" && LATIN_VOWELS.includes(char);
}

/** Reads one piece at `index` of the lower-case word, given whether the Cyrillic so far ends in a vowel. */
function readPiece(word: string, index: number, afterVowel: boolean, atStart: boolean): Piece {
  for (const [group, cyrillic] of FIXED_GROUPS) {
    if (word.startsWith(group, index)) return { source: group, readings: [cyrillic] };
  }
  const char = word.charAt(index);
  const next = word.charAt(index + 1);
  const afterConsonant = !afterVowel && !atStart;
  const soft = IOTATED[next];
  if ((char === "y" || char === "j") && soft !== undefined) {
    // After a consonant the sound often needs a soft sign: statya → статья, but Rossiya → Россия.
    return { source: char + next, readings: afterConsonant ? [soft, `ь${soft}`] : [soft] };
  }
  if (char === "t" && next === "s") {
    // ц before a vowel (tsentr, kuznets), тс before a consonant (sovetskiy, detstvo).
    const beforeVowel = isLatinVowel(word.charAt(index + 2)) || !/[a-z]/.test(word.charAt(index + 2));
    return { source: "ts", readings: beforeVowel ? ["ц", "тс"] : ["тс", "ц"] };
  }
  switch (char) {
    case "y":
      return { source: char, readings: afterVowel ? ["й", "ы"] : ["ы", "й"] };
    case "j":
      return { source: char, readings: ["й"] };
    case "e":
      return { source: char, readings: atStart || afterVowel ? ["е", "э"] : ["е"] };
    case "i": {
      if (!afterVowel) return { source: char, readings: ["и"] };
      // Nikolai, Tolstoi end in й; poisk, naivny keep и.
      const atEnd = !/[a-z]/.test(next);
      return { source: char, readings: atEnd ? ["й", "и"] : ["и", "й"] };
    }
    case "c":
      return { source: char, readings: ["ц", "к"] };
    case "'":
      return { source: char, readings: ["ь", "ъ"] };
    default: {
      const letter = SINGLE_LETTERS[char];
      return { source: char, readings: [letter ?? char] };
    }
  }
}

function splitIntoPieces(lowerWord: string): Piece[] {
  const pieces: Piece[] = [];
  let index = 0;
  let afterVowel = false;
  let atStart = true;
  while (index < lowerWord.length) {
    const char = lowerWord.charAt(index);
    const betweenLetters = char === "'" && index > 0 && /[a-z]/.test(lowerWord.charAt(index + 1));
    if (!/[a-z]/.test(char) && !betweenLetters) {
      // Digits, hyphens and the like pass through; a new word part starts after them.
      pieces.push({ source: char, readings: [char] });
      index += 1;
      atStart = true;
      afterVowel = false;
      continue;
    }
    const piece = readPiece(lowerWord, index, afterVowel, atStart);
    pieces.push(piece);
    index += piece.source.length;
    const reading = piece.readings[0] ?? "";
    afterVowel = CYRILLIC_VOWELS.includes(reading.charAt(reading.length - 1)) && reading !== "";
    atStart = false;
  }
  return pieces;
}

/** Carries the typed capitals over: "Missiya" → "Миссия", "NATO" → "НАТО". */
function applyCase(reading: string, typed: string, wholeWordUpper: boolean): string {
  if (wholeWordUpper) return reading.toUpperCase();
  const first = typed.charAt(0);
  if (first !== first.toLowerCase()) return reading.charAt(0).toUpperCase() + reading.slice(1);
  return reading;
}

/**
 * The Cyrillic readings of a word written in plain Latin letters, the likeliest first: the main reading, then
 * the same with one ambiguous letter group read the other way. Empty when the word has no Latin letters or has
 * letters of another kind (é, Cyrillic).
 */
export function latinToCyrillicVariants(word: string): string[] {
  if (!/[a-z]/i.test(word) || /[^\P{L}a-z]/iu.test(word)) return [];
  const pieces = splitIntoPieces(word.toLowerCase());
  const letters = word.replace(/[^a-z]/gi, "");
  const wholeWordUpper = letters.length > 1 && letters === letters.toUpperCase();
  const typedPieces: string[] = [];
  let offset = 0;
  for (const piece of pieces) {
    typedPieces.push(word.slice(offset, offset + piece.source.length));
    offset += piece.source.length;
  }
  const spell = (choice: (piece: Piece, index: number) => string): string =>
    pieces
      .map((piece, index) => applyCase(choice(piece, index), typedPieces[index] ?? "", wholeWordUpper))
      .join("");

  const variants = [spell((piece) => piece.readings[0] ?? "")];
  pieces.forEach((ambiguous, ambiguousIndex) => {
    for (const alternative of ambiguous.readings.slice(1)) {
      if (variants.length >= MAX_VARIANTS) return;
      variants.push(
        spell((piece, index) => (index === ambiguousIndex ? alternative : (piece.readings[0] ?? ""))),
      );
    }
  });
  return [...new Set(variants)];
}
