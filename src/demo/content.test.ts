import { describe, expect, it } from "vitest";
import { isArticleKind, isCalendarDate } from "../domain/content.js";
import { isValidSlug } from "../domain/slugs.js";
import { demoContent } from "./content.js";

const LANGUAGES = ["en", "ru"] as const;
const { sections, people, articles } = demoContent;
const sectionKeys = new Set(sections.map((s) => s.key));

/** The keys of a section and of every section below it. */
function subtree(rootKey: string): Set<string> {
  const keys = new Set([rootKey]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of sections) {
      if (s.parentKey !== undefined && keys.has(s.parentKey) && !keys.has(s.key)) {
        keys.add(s.key);
        grew = true;
      }
    }
  }
  return keys;
}

describe("demo content", () => {
  it("has unique keys for sections, people and articles", () => {
    for (const list of [sections, people, articles]) {
      const keys = list.map((item) => item.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("gives every section a valid slug and a title in both languages, and a known parent", () => {
    for (const section of sections) {
      if (section.parentKey !== undefined) expect(sectionKeys).toContain(section.parentKey);
      for (const lang of LANGUAGES) {
        const t = section.translations[lang];
        expect(t?.title, `${section.key}/${lang}`).toBeTruthy();
        expect(isValidSlug(t?.slug ?? ""), `${section.key}/${lang} slug`).toBe(true);
      }
    }
  });

  it("names every person in both languages", () => {
    for (const person of people) {
      expect(isValidSlug(person.slug)).toBe(true);
      for (const lang of LANGUAGES) {
        expect(person.names[lang], `${person.key}/${lang}`).toBeTruthy();
        for (const post of person.posts) expect(post.titles[lang], `${person.key}/${post.key}`).toBeTruthy();
      }
    }
  });

  it("writes every article in both languages, with paragraphs-only bodies", () => {
    for (const article of articles) {
      for (const lang of LANGUAGES) {
        const t = article.translations[lang];
        const where = `${article.key}/${lang}`;
        expect(t, where).toBeDefined();
        expect(t?.title.trim(), where).not.toBe("");
        expect(t?.lead.trim(), where).not.toBe("");
        expect(t?.bodyHtml ?? "", where).toMatch(/^<p>[^<>]+<\/p>(\n<p>[^<>]+<\/p>)*$/);
      }
    }
  });

  it("only points at sections, people and posts that exist", () => {
    const postsByPerson = new Map(people.map((p) => [p.key, new Set(p.posts.map((post) => post.key))]));
    for (const article of articles) {
      expect(sectionKeys, article.key).toContain(article.sectionKey);
      expect(isArticleKind(article.kind), article.key).toBe(true);
      for (const key of article.people) expect(postsByPerson.has(key), `${article.key} → ${key}`).toBe(true);
      for (const lang of LANGUAGES) {
        const signature = article.translations[lang]?.signature;
        if (!signature) continue;
        expect(postsByPerson.get(signature.personKey)?.has(signature.postKey), `${article.key}/${lang}`).toBe(
          true,
        );
      }
    }
  });

  it("uses valid ISO instants and calendar dates", () => {
    for (const article of articles) {
      expect(new Date(article.publishedAt).toISOString(), article.key).toBe(article.publishedAt);
      for (const date of [article.eventStart, article.eventEnd]) {
        if (date !== undefined) expect(isCalendarDate(date), `${article.key}: ${date}`).toBe(true);
      }
      if (article.eventStart && article.eventEnd) expect(article.eventEnd >= article.eventStart).toBe(true);
    }
    const instants = articles.map((a) => a.publishedAt);
    expect(new Set(instants).size).toBe(instants.length);
  });

  it("fills more than one page of all news and leaves no section empty", () => {
    const news = subtree("news");
    expect(articles.filter((a) => news.has(a.sectionKey)).length).toBeGreaterThanOrEqual(11);
    for (const section of sections) {
      const keys = subtree(section.key);
      expect(
        articles.some((a) => keys.has(a.sectionKey)),
        section.key,
      ).toBe(true);
    }
  });
});
