import { isCalendarDate, type CalendarDate } from "./content.js";

/** A date or a date range written in a text, with the year written as digits. */
export interface FoundDate {
  start: CalendarDate;
  /** Equals `start` for a single day. */
  end: CalendarDate;
  /** the matched text */
  text: string;
  /** index in the input */
  index: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const EN_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
// Russian articles put the month in the genitive after a day number ("20 сентября").
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
const EN_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
];

const MONTHS = new Map<string, number>(EN_ABBREVIATIONS);
for (const names of [EN_MONTHS, RU_MONTHS]) names.forEach((name, i) => MONTHS.set(name, i + 1));

// Longest first, so that "sept" is not cut to "sep"; only abbreviations may carry a dot.
const MONTH_ALTERNATIVES = [
  ...[...EN_MONTHS, ...RU_MONTHS],
  ...EN_ABBREVIATIONS.map(([abbreviation]) => `${abbreviation}\\.?`),
]
  .sort((a, b) => b.length - a.length)
  .join("|");

// \b knows only ASCII letters, so word edges are spelled out to work for Cyrillic too.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
// A numeric date must not continue a dotted number such as a version or an address.
const NUMERIC_START = String.raw`(?<![\p{L}\p{N}]|\d\.)`;
const NUMERIC_END = String.raw`(?![\p{L}\p{N}]|\.\d)`;
const FROM = String.raw`(?:(?:from|со?)\s+)?`;
const TO = String.raw`(?:\s*[-‒–—]\s*|\s+(?:to|till|until|through|по|до)\s+)`;
const OF = String.raw`\s+(?:of\s+)?`;
const BEFORE_YEAR = String.raw`,?\s+`;
const YEAR_WORD = String.raw`(?:\s*(?:года|год|гг?\.|г(?!\p{L})))?`;

const day = (name: string): string => String.raw`(?<${name}>\d{1,2})(?:st|nd|rd|th)?`;
const month = (name: string): string => String.raw`(?<${name}>${MONTH_ALTERNATIVES})(?!\p{L})`;
const year = (name: string): string => String.raw`(?<${name}>\d{4})(?!\d)`;

const PATTERNS: readonly RegExp[] = [
  // 27-30 March 2023; from 27 to 30 March 2023; с 30 марта по 2 апреля 2023 года
  START +
    FROM +
    day("d1") +
    `(?:${OF}${month("m1")}(?:${BEFORE_YEAR}${year("y1")}${YEAR_WORD})?)?` +
    TO +
    day("d2") +
    OF +
    month("m2") +
    BEFORE_YEAR +
    year("y2") +
    YEAR_WORD +
    END,
  // 28 March 2023; 20 сентября 2022 г.
  START + day("d1") + OF + month("m1") + BEFORE_YEAR + year("y1") + YEAR_WORD + END,
  // March 27-30, 2023; from March 30 to April 2, 2023
  START +
    FROM +
    month("m1") +
    String.raw`\s+` +
    day("d1") +
    `(?:${BEFORE_YEAR}${year("y1")})?` +
    TO +
    `(?:${month("m2")}\\s+)?` +
    day("d2") +
    BEFORE_YEAR +
    year("y2") +
    END,
  // March 28, 2023; March 28 2023
  START + month("m1") + String.raw`\s+` + day("d1") + BEFORE_YEAR + year("y1") + END,
  // 27.03.2023-30.03.2023; 27-30.03.2023; с 27.03 по 30.03.2023
  NUMERIC_START +
    FROM +
    String.raw`(?<d1>\d{1,2})(?:\.(?<m1>\d{1,2})(?:\.(?<y1>\d{4}))?)?` +
    TO +
    String.raw`(?<d2>\d{1,2})\.(?<m2>\d{1,2})\.(?<y2>\d{4})` +
    YEAR_WORD +
    NUMERIC_END,
  // 28.03.2023, as on the old site's lists
  NUMERIC_START + String.raw`(?<d1>\d{1,2})\.(?<m1>\d{1,2})\.(?<y1>\d{4})` + YEAR_WORD + NUMERIC_END,
].map((source) => new RegExp(source, "giu"));

interface Candidate {
  index: number;
  length: number;
  /** undefined when the text looks like a date but is not a real one */
  date: FoundDate | undefined;
}

function monthNumber(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  if (/^\d+$/.test(written)) return Number(written);
  return MONTHS.get(written.toLowerCase().replace(".", ""));
}

function isoDate(y: number, m: number, d: number): CalendarDate | undefined {
  if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
  const value = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isCalendarDate(value) ? value : undefined;
}

function resolve(match: RegExpExecArray): FoundDate | undefined {
  const g = match.groups ?? {};
  const m1 = monthNumber(g.m1) ?? monthNumber(g.m2);
  const m2 = monthNumber(g.m2) ?? m1;
  const y2 = Number(g.y2 ?? g.y1);
  if (m1 === undefined || m2 === undefined || !Number.isFinite(y2)) return undefined;
  // "from 30 December to 2 January 2023" starts in the year before the one written.
  const y1 = g.y1 !== undefined ? Number(g.y1) : m1 > m2 ? y2 - 1 : y2;
  const start = isoDate(y1, m1, Number(g.d1));
  const end = g.d2 === undefined ? start : isoDate(y2, m2, Number(g.d2));
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end, text: match[0], index: match.index };
}

/**
 * Finds the dates written in an English or Russian text, in order of appearance: "March 28, 2023",
 * "28 March 2023", "20 сентября 2022 года", "28.03.2023" and ranges such as "from 27 to 30 March 2023"
 * or "с 30 марта по 2 апреля 2023 года". A range's leading "from"/"с" is part of the matched text.
 *
 * Dates whose year is not written as digits ("September 20, this year", "20 сентября текущего года")
 * are not returned: their year is unknown. Impossible dates (February 30), ranges that end before they
 * start and years outside 1900..2100 are skipped, and so is any shorter date inside their text.
 */
export function findDates(text: string): FoundDate[] {
  const candidates: Candidate[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      candidates.push({ index: match.index, length: match[0].length, date: resolve(match) });
    }
  }
  // Where forms overlap, the one that starts first and then the longest wins: a range over its last day.
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  const found: FoundDate[] = [];
  let taken = 0;
  for (const candidate of candidates) {
    if (candidate.index < taken) continue;
    taken = candidate.index + candidate.length;
    if (candidate.date) found.push(candidate.date);
  }
  return found;
}

/** The first date written in a text with its year, or undefined. See {@link findDates}. */
export function firstDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}
