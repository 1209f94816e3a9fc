import type { ArticleKind } from "../../src/domain/content.js";
import { composeSignature } from "../../src/domain/signature.js";
import { PEOPLE, TENURED_ROLES, type TenuredRole } from "./people.js";
import { Random, seedFrom, ZipfSampler } from "./random.js";
import { GENERIC_SENTENCES } from "./sentences.js";
import { itemSlug } from "./slug.js";
import { STORIES, type Story } from "./stories.js";
import type { Template } from "./template.js";
import { VOCABULARY } from "./vocabulary.js";
import { ItemWriter } from "./writer.js";

export const CORPUS_LANGUAGES = ["ru", "en"] as const;
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];

export interface CorpusOptions {
  seed: number | string;
  /** How many items to produce. */
  count: number;
  /** Index of the first item (default 0): item N is the same whatever the start. */
  start?: number;
  /**
   * The size of the whole corpus, which spreads the dates (default start + count). Generating items 500,000 to
   * 999,999 of a million-item corpus gives the same items as generating all of it.
   */
  total?: number;
  /** First and last publication day, YYYY-MM-DD (default 2011-01-01 to 2025-12-31: fifteen years). */
  from?: string;
  to?: string;
}

export interface CorpusSignature {
  /** Index into PEOPLE. */
  person: number;
  /** Index into the person's posts. */
  post: number;
  text: string;
}

export interface CorpusTranslation {
  lang: CorpusLanguage;
  slug: string;
  title: string;
  lead: string;
  /** Paragraphs only, with nothing to escape: the writer stores it as is. */
  bodyHtml: string;
  place: string | null;
  signature: CorpusSignature | null;
  /** Words in the body. */
  words: number;
}

/** One bilingual item, as plain data; people are indices into PEOPLE, sections are demo section keys. */
export interface CorpusItem {
  index: number;
  story: string;
  sectionKey: string;
  kind: ArticleKind;
  /** ISO 8601 UTC with milliseconds. */
  publishedAt: string;
  eventStart: string | null;
  /** People the item is tagged with (most of those it names). */
  people: number[];
  translations: Record<CorpusLanguage, CorpusTranslation>;
}

const DAY_MS = 86_400_000;
/** Every body has 80 to 300 words in both languages. English runs about a third longer than Russian, so the
 * longer text aims at a target and the shorter one is only held above the minimum. Targets stop short of 300 so
 * that the last sentence (45 words at most) never takes a body past it. */
const MIN_BODY_WORDS = 80;
const MIN_TARGET_WORDS = 100;
const MAX_TARGET_WORDS = 255;

const STORY_WEIGHTS = STORIES.map((s) => s.weight);
const STORY_WEIGHT_TOTAL = STORY_WEIGHTS.reduce((a, b) => a + b, 0);
const GENERIC_SAMPLER = new ZipfSampler(GENERIC_SENTENCES.length, 0.8);

function pickStory(random: Random): Story {
  let u = random.next() * STORY_WEIGHT_TOTAL;
  for (const story of STORIES) {
    u -= story.weight;
    if (u < 0) return story;
  }
  return STORIES[STORIES.length - 1] as Story;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseDay(day: string): number {
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  if (Number.isNaN(ms)) throw new Error(`"${day}" is not a date (YYYY-MM-DD)`);
  return ms;
}

interface Rendered {
  ru: string;
  en: string;
  ruWords: number;
  enWords: number;
}

function renderBoth(writer: ItemWriter, template: Template): Rendered {
  const values = writer.resolve(template);
  const ru = writer.render(template, "ru", values);
  const ruWords = writer.lastWords;
  const en = writer.render(template, "en", values);
  return { ru, en, ruWords, enWords: writer.lastWords };
}

function chooseProtagonist(story: Story, writer: ItemWriter, random: Random): number {
  if (story.protagonist === "guest") return writer.drawGuest();
  if (story.protagonist === "anyone") {
    if (random.chance(0.5)) return writer.drawGuest();
    const role: TenuredRole = random.chance(0.5) ? "secretaryGeneral" : random.pick(TENURED_ROLES);
    return writer.holder(role);
  }
  return writer.holder(story.protagonist);
}

function buildBody(
  story: Story,
  writer: ItemWriter,
  random: Random,
): { ru: string; en: string; ruWords: number; enWords: number } {
  const target = random.between(MIN_TARGET_WORDS, MAX_TARGET_WORDS);
  const paragraphsRu: string[] = [];
  const paragraphsEn: string[] = [];
  let currentRu: string[] = [];
  let currentEn: string[] = [];
  let ruWords = 0;
  let enWords = 0;
  let paragraphSize = random.between(2, 4);
  const used = new Set<Template>();
  const add = (template: Template) => {
    used.add(template);
    const sentence = renderBoth(writer, template);
    currentRu.push(sentence.ru);
    currentEn.push(sentence.en);
    ruWords += sentence.ruWords;
    enWords += sentence.enWords;
    if (currentRu.length >= paragraphSize) {
      paragraphsRu.push(currentRu.join(" "));
      paragraphsEn.push(currentEn.join(" "));
      currentRu = [];
      currentEn = [];
      paragraphSize = random.between(2, 4);
    }
  };
  add(random.pick(story.openers));
  while (ruWords < MIN_BODY_WORDS || enWords < MIN_BODY_WORDS || Math.max(ruWords, enWords) < target) {
    let template: Template | undefined;
    for (let attempt = 0; attempt < 4 && (template === undefined || used.has(template)); attempt++) {
      template = random.chance(0.4)
        ? random.pick(story.sentences)
        : GENERIC_SENTENCES[GENERIC_SAMPLER.sample(random)];
    }
    if (template) add(template);
  }
  if (currentRu.length > 0) {
    paragraphsRu.push(currentRu.join(" "));
    paragraphsEn.push(currentEn.join(" "));
  }
  return {
    ru: `<p>${paragraphsRu.join("</p>\n<p>")}</p>`,
    en: `<p>${paragraphsEn.join("</p>\n<p>")}</p>`,
    ruWords,
    enWords,
  };
}

function signatureFor(
  story: Story,
  writer: ItemWriter,
  protagonist: number,
  lang: CorpusLanguage,
): CorpusSignature | null {
  if (!story.signed) return null;
  const person = story.signed.by === "protagonist" ? protagonist : writer.holder("pressSecretary");
  const post = PEOPLE[person]?.posts[0];
  if (!post) return null;
  const name = lang === "ru" ? PEOPLE[person]?.fullName[0] : PEOPLE[person]?.en.full;
  return { person, post: 0, text: composeSignature(post.titles[lang], name) ?? "" };
}

/** Builds item `index` of a corpus. Pure: the same arguments give the same item. */
export function generateItem(
  seed: number,
  index: number,
  timeline: { startMs: number; spanDays: number; total: number },
): CorpusItem {
  const random = new Random(seed, index);
  // Items are spread evenly over the period in index order, with some jitter, as a press centre's archive is.
  const position = (index + 0.5 + (random.next() - 0.5) * 0.8) / timeline.total;
  const dayMs =
    timeline.startMs + Math.min(timeline.spanDays - 1, Math.floor(position * timeline.spanDays)) * DAY_MS;
  const minuteOfDay = random.between(5 * 60, 18 * 60 + 55);
  const publishedAt = new Date(dayMs + minuteOfDay * 60_000).toISOString();
  const date = isoDay(dayMs);

  const story = pickStory(random);
  const writer = new ItemWriter(random, date);
  const protagonist = chooseProtagonist(story, writer, random);
  writer.bindPerson("p", protagonist);

  const titleTemplate = random.pick(story.titles);
  const leadTemplate = random.pick(story.leads);
  const title = renderBoth(writer, titleTemplate);
  writer.newPart();
  const lead = renderBoth(writer, leadTemplate);
  writer.newPart();
  const body = buildBody(story, writer, random);

  const cityIndex = writer.phraseIn("city");
  const city = story.hasPlace && cityIndex !== undefined ? VOCABULARY.city[cityIndex] : undefined;
  const people = writer.mentioned.filter(() => random.chance(0.75));
  const kind = random.pick(story.kinds);
  const signed = story.signed !== undefined && random.chance(story.signed.share);
  const translation = (lang: CorpusLanguage): CorpusTranslation => ({
    lang,
    slug: itemSlug(lang === "ru" ? title.ru : title.en, index),
    title: lang === "ru" ? title.ru : title.en,
    lead: lang === "ru" ? lead.ru : lead.en,
    bodyHtml: lang === "ru" ? body.ru : body.en,
    place: city ? (lang === "ru" ? (city.ru[0] ?? null) : city.en[0]) : null,
    signature: signed ? signatureFor(story, writer, protagonist, lang) : null,
    words: lang === "ru" ? body.ruWords : body.enWords,
  });
  const eventful =
    story.key === "council" ||
    story.key === "exercise" ||
    story.key === "conference" ||
    story.key === "visit";
  return {
    index,
    story: story.key,
    sectionKey: story.sectionKey,
    kind,
    publishedAt,
    eventStart: eventful ? date : null,
    people,
    translations: { ru: translation("ru"), en: translation("en") },
  };
}

/** The items of a corpus, one at a time: memory stays flat however many are asked for. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusItem> {
  const start = options.start ?? 0;
  const total = options.total ?? start + options.count;
  if (!Number.isInteger(options.count) || options.count < 0)
    throw new Error("count must be a whole number ≥ 0");
  if (!Number.isInteger(start) || start < 0) throw new Error("start must be a whole number ≥ 0");
  if (total < start + options.count) throw new Error("total must cover start + count");
  const startMs = parseDay(options.from ?? "2011-01-01");
  const endMs = parseDay(options.to ?? "2025-12-31");
  if (endMs < startMs) throw new Error("the corpus ends before it starts");
  const timeline = { startMs, spanDays: Math.round((endMs - startMs) / DAY_MS) + 1, total };
  const seed = seedFrom(options.seed);
  for (let index = start; index < start + options.count; index++) yield generateItem(seed, index, timeline);
}
