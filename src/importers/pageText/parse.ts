import type { DateRange } from "../../domain/content.js";
import { guessLanguage } from "../../domain/languages.js";
import { findDates, firstDate, type FoundDate } from "../../domain/textDates.js";

/** A person whom signatures may name, e.g. the press secretary. */
export interface KnownPerson {
  id: number;
  /** name per language and aliases, e.g. "Vladimir Zaynetdinov", "Zainetdinov", "Владимир Зайнетдинов" */
  names: string[];
  /** the person's posts, each with its title per language and aliases */
  posts: { id: number; titles: string[] }[];
}

/** One sidebar item shown before the article: a teaser of another article. */
export interface ParsedTeaser {
  text: string;
  /** the first range written in the text, else its first date as a one-day range */
  date: DateRange | undefined;
}

/** The line after the body that names who speaks, e.g. "The CSTO Press Secretary Vladimir Zaynetdinov". */
export interface ParsedSignature {
  text: string;
  personId: number | undefined;
  postId: number | undefined;
  /** the name as listed in {@link KnownPerson.names} that was found */
  personName: string | undefined;
  /** the signature without the person's name; the whole text when nobody was recognised */
  postText: string;
}

/** One page of the old site, saved as text, taken apart. */
export interface ParsedPage {
  language: "en" | "ru";
  title: string;
  /** body paragraphs, trimmed, NBSP-normalised, in order */
  paragraphs: string[];
  signature: ParsedSignature | undefined;
  teasers: ParsedTeaser[];
  /** first full date found in the body, else in the title, else on a date-only line above the body */
  date: DateRange | undefined;
  /** the navigation lines that were removed */
  navigationDropped: string[];
}

/** A page that cannot be imported; `reason` is short, human text for the import report. */
export class PageParseError extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(`cannot parse the page text: ${reason}`);
    this.name = "PageParseError";
    this.reason = reason;
  }
}

const MAX_TITLE_LENGTH = 1000;
// A signature is one short line; anything longer inside the body is prose that mentions the person.
const MAX_SIGNATURE_LENGTH = 200;

const NAVIGATION = new Set(
  [
    ...["Go back", "Back to the section", "Back to the all news", "Back to all news"],
    ...["Назад", "Вернуться назад", "Вернуться в раздел", "Назад в раздел", "Ко всем новостям"],
    ...["Вернуться к списку новостей", "Назад ко всем новостям", "Вернуться ко всем новостям"],
  ].map(navigationKey),
);

interface Line {
  indented: boolean;
  text: string;
}
type Block = readonly Line[];

/** Collapses all whitespace, NBSP included, and drops invisible characters that pages carry along. */
function tidy(text: string): string {
  return text
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower case with ё read as е, one character for one, so that indexes still point into the input. */
function fold(text: string): string {
  let folded = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const single = lower.length === ch.length ? lower : ch;
    folded += single === "ё" ? "е" : single;
  }
  return folded;
}

function navigationKey(line: string): string {
  return fold(tidy(line)).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

function assertReadable(text: string): void {
  if (text.includes("\u0000")) throw new PageParseError("the file looks binary: it contains NUL bytes");
  let visible = 0;
  let broken = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    visible++;
    if (ch === "\uFFFD" || /\p{Cc}/u.test(ch)) broken++;
  }
  if (visible === 0) throw new PageParseError("the file is empty");
  // A few stray replacement characters are survivable; a wrongly decoded file is full of them.
  if (broken >= 3 && broken * 50 >= visible) {
    throw new PageParseError("the file looks like garbage: too many replacement or control characters");
  }
}

/** Splits into blocks at blank lines; navigation lines count as blank and are collected in `dropped`. */
function splitBlocks(text: string, dropped: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[\u200B\u2060\uFEFF]/g, "");
    const content = tidy(line);
    const navigation = content !== "" && NAVIGATION.has(navigationKey(content));
    if (navigation) dropped.push(content);
    if (content === "" || navigation) {
      if (current.length > 0) blocks.push(current);
      current = [];
      continue;
    }
    current.push({ indented: /^\s/.test(line), text: content });
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const isIndented = (block: Block): boolean => block[0]?.indented ?? false;
const joined = (block: Block): string => block.map((line) => line.text).join(" ");

/** An indented line starts a paragraph, as a first-line indent does in print; others continue it. */
function indentedParagraphs(block: Block): string[] {
  const paragraphs: string[] = [];
  for (const line of block) {
    const last = paragraphs.length - 1;
    if (line.indented || last < 0) paragraphs.push(line.text);
    else paragraphs[last] = `${paragraphs[last] ?? ""} ${line.text}`;
  }
  return paragraphs;
}

function asRange(date: FoundDate | undefined): DateRange | undefined {
  return date ? { start: date.start, end: date.end } : undefined;
}

function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  const only = dates.length === 1 ? dates[0] : undefined;
  return only !== undefined && text.replace(only.text, "").replace(/[^\p{L}\p{N}]/gu, "") === "";
}

interface PersonMatch {
  person: KnownPerson;
  name: string;
  index: number;
  length: number;
}

/** The known person whose longest name the text contains as whole words. */
function findPerson(text: string, people: readonly KnownPerson[]): PersonMatch | undefined {
  const haystack = fold(text);
  let best: PersonMatch | undefined;
  for (const person of people) {
    for (const name of person.names) {
      const needle = fold(tidy(name));
      if (needle === "" || (best && needle.length <= best.length)) continue;
      let index = haystack.indexOf(needle);
      while (index >= 0) {
        const before = haystack.slice(0, index);
        const after = haystack.slice(index + needle.length);
        if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) {
          best = { person, name, index, length: needle.length };
          break;
        }
        index = haystack.indexOf(needle, index + 1);
      }
    }
  }
  return best;
}

/** Equal titles win; else the longest title that contains the post text or is contained in it. */
function findPost(person: KnownPerson, postText: string): number | undefined {
  const wanted = fold(tidy(postText));
  if (wanted === "") return undefined;
  let best: { id: number; length: number } | undefined;
  for (const post of person.posts) {
    for (const title of post.titles) {
      const candidate = fold(tidy(title));
      if (candidate === "") continue;
      if (candidate === wanted) return post.id;
      const overlaps = wanted.includes(candidate) || candidate.includes(wanted);
      if (overlaps && (!best || candidate.length > best.length)) {
        best = { id: post.id, length: candidate.length };
      }
    }
  }
  return best?.id;
}

/**
 * Widens a match over the neighbouring words of the person's other names and their initials, so that
 * "Vladimir Zainetdinov" found through the alias "Zainetdinov" leaves no "Vladimir" in the post.
 */
function widenName(text: string, match: PersonMatch): { from: number; to: number } {
  const words = new Set<string>();
  for (const word of match.person.names.flatMap((name) => fold(tidy(name)).split(" "))) {
    words.add(word).add(`${word.slice(0, 1)}.`);
  }
  let from = match.index;
  let to = match.index + match.length;
  for (let before = /(\S+)\s*$/u.exec(text.slice(0, from)); before;) {
    if (!words.has(fold(before[1] ?? ""))) break;
    from = before.index;
    before = /(\S+)\s*$/u.exec(text.slice(0, from));
  }
  for (let after = /^\s*(\S+)/u.exec(text.slice(to)); after;) {
    if (!words.has(fold(after[1] ?? ""))) break;
    to += after[0].length;
    after = /^\s*(\S+)/u.exec(text.slice(to));
  }
  return { from, to };
}

function parseSignature(text: string, people: readonly KnownPerson[]): ParsedSignature {
  const match = findPerson(text, people);
  if (!match) return { text, personId: undefined, postId: undefined, personName: undefined, postText: text };
  const { from, to } = widenName(text, match);
  const rest = `${text.slice(0, from)} ${text.slice(to)}`;
  // "Vladimir Zaynetdinov, the CSTO Press Secretary" leaves a comma that belongs to neither part.
  const postText = tidy(rest).replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "");
  return {
    text,
    personId: match.person.id,
    postId: findPost(match.person, postText),
    personName: match.name,
    postText,
  };
}

function looksLikeSignature(text: string, people: readonly KnownPerson[]): boolean {
  return text.length <= MAX_SIGNATURE_LENGTH && findPerson(text, people) !== undefined;
}

/**
 * Parses one page of the old site saved as text: sidebar teasers, then the title, then the body as
 * indented paragraphs, then a signature and navigation links ("Go back", "Назад"...), blocks being
 * separated by blank lines.
 *
 * The body runs from the first to the last indented block. A non-indented block inside it stays in
 * the body (a subheading, say) unless it is a short line naming a known person: that is the signature,
 * and the body ends there. After the body, the first block is the signature and later ones are ignored.
 * Navigation lines are dropped wherever they are.
 *
 * @throws PageParseError when the text is empty, binary or garbled, has no indented paragraph, no
 * title above them, or a title longer than 1000 characters.
 */
export function parsePageText(text: string, people: readonly KnownPerson[]): ParsedPage {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  assertReadable(normalised);
  const navigationDropped: string[] = [];
  const blocks = splitBlocks(normalised, navigationDropped);

  const first = blocks.findIndex(isIndented);
  if (first < 0) throw new PageParseError("no indented body paragraphs found");

  // Date-only lines between the title and the body are a dateline, not the title.
  let titleAt = first - 1;
  let dateline: FoundDate | undefined;
  for (let block = blocks[titleAt]; block && isDateOnly(joined(block)); block = blocks[titleAt]) {
    dateline ??= firstDate(joined(block));
    titleAt--;
  }
  const titleBlock = blocks[titleAt];
  if (!titleBlock) throw new PageParseError("no article title found before the body paragraphs");
  const title = joined(titleBlock);
  if (title.length > MAX_TITLE_LENGTH) {
    throw new PageParseError(`the title is longer than ${MAX_TITLE_LENGTH} characters`);
  }

  const teasers = blocks.slice(0, titleAt).map((block): ParsedTeaser => {
    const teaser = joined(block);
    const dates = findDates(teaser);
    return { text: teaser, date: asRange(dates.find((d) => d.start !== d.end) ?? dates[0]) };
  });

  const last = blocks.findLastIndex(isIndented);
  const paragraphs: string[] = [];
  let signatureText: string | undefined;
  for (let i = first; i <= last && signatureText === undefined; i++) {
    const block = blocks[i] ?? [];
    if (isIndented(block)) paragraphs.push(...indentedParagraphs(block));
    else if (looksLikeSignature(joined(block), people)) signatureText = joined(block);
    else paragraphs.push(joined(block));
  }
  const after = blocks[last + 1];
  signatureText ??= after ? joined(after) : undefined;

  const bodyDate = paragraphs.map((paragraph) => firstDate(paragraph)).find((date) => date !== undefined);
  return {
    language: guessLanguage(`${title} ${paragraphs.join(" ")}`),
    title,
    paragraphs,
    signature: signatureText === undefined ? undefined : parseSignature(signatureText, people),
    teasers,
    date: asRange(bodyDate ?? firstDate(title) ?? dateline),
    navigationDropped,
  };
}
