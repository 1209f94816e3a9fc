import { expect } from "vitest";
import { demoContent } from "../../src/demo/content.js";
import type { DemoArticle } from "../../src/demo/types.js";
import type { Store } from "../../src/store/database.js";

export type Lang = "en" | "ru";

/** Anything the API answers: the body parsed, read through `field` and `list` so that tests never need casts. */
export type Json = unknown;

/** A request's answer: status, headers and the parsed JSON body (undefined for an empty body). */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: Json;
}

type Requester = { request(path: string, init?: RequestInit): Promise<Response> };

export async function getJson(site: Requester, path: string, init?: RequestInit): Promise<ApiAnswer> {
  const res = await site.request(path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text === "" ? undefined : JSON.parse(text) };
}

/** A field of a JSON object; fails the test when the value is not an object. */
export function field(value: Json, name: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`expected an object with "${name}", got ${JSON.stringify(value)}`);
  }
  return Reflect.get(value, name);
}

export function list(value: Json): Json[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value;
}

export function text(value: Json): string {
  if (typeof value !== "string") throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}

/** The values of one field of every item of a list. */
export function pluck(value: Json, name: string): Json[] {
  return list(value).map((item) => field(item, name));
}

/** An API error: the status, and the stable code in the JSON error shape every API error has. */
export function expectApiError(answer: ApiAnswer, status: number, code: string): string {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
  const error = field(answer.body, "error");
  expect(field(error, "code")).toBe(code);
  return text(field(error, "message"));
}

/** The demo's published items in a language, newest first, narrowed to sections by key when given. */
export function demoTitles(lang: Lang, sectionKeys?: readonly string[]): string[] {
  return demoArticles(lang, sectionKeys).map((article) => article.translations[lang]?.title ?? "");
}

export function demoArticles(lang: Lang, sectionKeys?: readonly string[]): DemoArticle[] {
  return demoContent.articles
    .filter((a) => a.translations[lang] !== undefined)
    .filter((a) => sectionKeys === undefined || sectionKeys.includes(a.sectionKey))
    .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));
}

export function demoArticle(key: string): DemoArticle {
  const article = demoContent.articles.find((a) => a.key === key);
  if (!article) throw new Error(`The demo content has no article "${key}"`);
  return article;
}

/** The id of the article that has this title in some language. */
export async function articleIdByTitle(store: Store, title: string): Promise<number> {
  const row = await store.db
    .selectFrom("article_translations")
    .select("article_id")
    .where("title", "=", title)
    .executeTakeFirstOrThrow();
  return row.article_id;
}

export async function sectionIdByPath(store: Store, path: string): Promise<number> {
  const row = await store.db
    .selectFrom("section_translations")
    .select("section_id")
    .where("path", "=", path)
    .executeTakeFirstOrThrow();
  return row.section_id;
}

/** Every item of a paged list, following `links.next`; checks each page's `prev` leads back. */
export async function allPages(
  site: Requester,
  firstPath: string,
): Promise<{ items: Json[]; pages: number }> {
  const items: Json[] = [];
  let next: Json = firstPath;
  let previousSelf: Json = null;
  let pages = 0;
  while (typeof next === "string") {
    const answer = await getJson(site, next.replace(/^https?:\/\/[^/]+/, ""));
    expect(answer.status, next).toBe(200);
    const links = field(answer.body, "links");
    expect(field(links, "prev")).toBe(previousSelf);
    previousSelf = field(links, "self");
    items.push(...list(field(answer.body, "items")));
    next = field(links, "next");
    pages += 1;
  }
  return { items, pages };
}
