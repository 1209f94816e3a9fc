import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import Parser from "rss-parser";
import { expect } from "vitest";
import type { EditorialContext } from "../../src/commands/editorial/context.js";
import { createDraft, type DraftTranslationInput } from "../../src/commands/editorial/createDraft.js";
import { transition } from "../../src/commands/editorial/transition.js";
import type { TranslationAction } from "../../src/domain/workflow.js";
import type { DemoSite } from "../helpers/site.js";

/** Fields rss-parser reads beyond its typed ones: Atom's id, summary and author, RSS's content:encoded. */
export interface ParsedItemExtras {
  id?: string;
  author?: string;
  summary?: string;
  "content:encoded"?: string;
}

export interface ParsedFeedExtras {
  language?: string;
  lastBuildDate?: string;
  feedUrl?: string;
}

/** The feed reader library many sites test with; it reads RSS and Atom alike. */
export const feedParser = new Parser<ParsedFeedExtras, ParsedItemExtras>();

/** A JSON Feed as the tests read it after schema validation. */
export interface JsonFeedOut {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html?: string;
    content_text?: string;
    summary?: string;
    date_published: string;
    date_modified: string;
    authors?: { name: string }[];
    language: string;
  }[];
}

/** The JSON Feed 1.1 schema written for these tests from the published version. */
export function jsonFeedValidator(): ValidateFunction {
  const schema: unknown = JSON.parse(
    readFileSync(new URL("./jsonfeed-1.1.schema.json", import.meta.url), "utf8"),
  );
  // Strict, except that "anyOf: [{ required: [name] }]" names properties declared beside it rather than inside.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv);
  if (typeof schema !== "object" || schema === null) throw new Error("the schema is not an object");
  return ajv.compile(schema);
}

/** GET a feed: it must answer 200 with its content type; the body is returned. */
export async function fetchFeed(site: DemoSite, path: string, mediaType: string): Promise<string> {
  const res = await site.request(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type"), path).toBe(`${mediaType}; charset=utf-8`);
  return res.text();
}

export async function fetchJsonFeed(site: DemoSite, path: string): Promise<JsonFeedOut> {
  const body = await fetchFeed(site, path, "application/feed+json");
  const json: unknown = JSON.parse(body);
  const validate = jsonFeedValidator();
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  return json as JsonFeedOut;
}

/** The article id and language an item's tag: URI names. */
export function articleOf(id: string | undefined): { host: string; articleId: number; lang: string } {
  const match = /^tag:([^,]+),2026:article\/(\d+)\/([a-z]{2})$/.exec(id ?? "");
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`not an item tag URI: ${id}`);
  return { host: match[1], articleId: Number(match[2]), lang: match[3] };
}

/** The published translations of a language, newest first, as the database has them: what a feed must hold. */
export async function publishedRows(site: DemoSite, lang: string, sectionIds?: number[]) {
  let query = site.testStore.store.db
    .selectFrom("article_translations")
    .select([
      "id",
      "article_id",
      "section_id",
      "title",
      "lead",
      "body_html",
      "signature_text",
      "published_at",
      "updated_at",
      "slug",
    ])
    .where("lang", "=", lang)
    .where("state", "=", "published");
  if (sectionIds) query = query.where("section_id", "in", sectionIds);
  return query.orderBy("published_at", "desc").orderBy("id", "desc").execute();
}

/** The ids of a section and every section under it, by the section's path in a language. */
export async function subtreeIds(site: DemoSite, lang: string, path: string): Promise<number[]> {
  const tree = await site.deps.sections.get();
  const section = tree.findByPath(lang, path);
  if (!section) throw new Error(`no section ${lang}:${path}`);
  return tree.subtreeIds(section.id);
}

/** Commands as the scheduler runs them: the system may do everything, which keeps these tests about feeds. */
export function systemContext(site: DemoSite): EditorialContext {
  return {
    store: site.testStore.store,
    actor: "system",
    languages: site.deps.config.languages,
    clock: site.deps.clock,
  };
}

/** A new item in one language, walked through the workflow up to (and including) the given actions. */
export async function draftItem(
  site: DemoSite,
  sectionId: number,
  translation: DraftTranslationInput,
  actions: TranslationAction[],
): Promise<{ articleId: number; translationId: number }> {
  const ctx = systemContext(site);
  const created = await createDraft(ctx, { sectionId, kind: "news", translations: [translation] });
  const translationId = created.translationIds[translation.lang];
  if (translationId === undefined) throw new Error("the draft has no translation");
  for (const action of actions) await transition(ctx, { translationId, action });
  return { articleId: created.articleId, translationId };
}

/** A clock that stands still until a test moves it, so that every change is visibly later than the last. */
export class SteppingClock {
  private current: number;
  constructor(start: string) {
    this.current = Date.parse(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
  later(ms: number): string {
    return new Date(this.current + ms).toISOString();
  }
}
