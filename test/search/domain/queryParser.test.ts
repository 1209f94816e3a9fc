import { describe, expect, it } from "vitest";
import { stemWord, termsOf } from "../../../src/domain/search/analyzer.js";
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseQuery } from "../../../src/domain/search/queryParser.js";
import type { ParsedQuery } from "../../../src/domain/search/types.js";
import { randomText } from "./randomText.js";

/** The clauses as short strings ("мисс", "\"совет министр\"") to keep expectations readable. */
function clauses(query: ParsedQuery): { include: string[]; exclude: string[] } {
  const show = (clause: ParsedQuery["include"][number]): string =>
    clause.phrase ? `"${clause.terms.join(" ")}"` : clause.terms.join(" ");
  return { include: query.include.map(show), exclude: query.exclude.map(show) };
}

describe("parseQuery: what readers type", () => {
  it("requires every plain word", () => {
    const query = parseQuery("Миссия  наблюдателей");
    expect(clauses(query)).toEqual({ include: [stemWord("миссия"), stemWord("наблюдатели")], exclude: [] });
    expect(query.include.map((clause) => clause.source)).toEqual(["Миссия", "наблюдателей"]);
    expect(query.notices).toEqual([]);
    expect(query.normalized).toBe("Миссия наблюдателей");
  });

  it("reads phrases in straight, curly and «ёлочки» quotes, and exclusions of words and phrases", () => {
    const query = parseQuery('миссия  «Совет   министров» -визит -"пресс тур" “a b” „c d“');
    const council = `"${termsOf("совет министров").join(" ")}"`;
    expect(clauses(query)).toEqual({
      include: [stemWord("миссия"), council, '"a b"', '"c d"'],
      exclude: [stemWord("визит"), `"${termsOf("пресс тур").join(" ")}"`],
    });
    expect(query.include[1]).toMatchObject({ phrase: true, source: "Совет министров" });
    expect(query.notices).toEqual([]);
    expect(query.normalized).toBe('миссия "Совет министров" -визит -"пресс тур" "a b" "c d"');
  });

  it("re-prints the example from the search page", () => {
    expect(parseQuery('миссия "совет министров" -визит').normalized).toBe('миссия "совет министров" -визит');
  });

  it("treats a one-word phrase as a plain word and merges duplicates", () => {
    const query = parseQuery('миссия "Миссии" МИССИЯ -визит -"Визит"');
    expect(clauses(query)).toEqual({ include: [stemWord("миссия")], exclude: [stemWord("визит")] });
    expect(query.normalized).toBe("миссия -визит");
  });

  it("keeps a hyphenated word together as a phrase of its parts", () => {
    const query = parseQuery("Санкт-Петербург -COVID-19");
    expect(clauses(query)).toEqual({ include: ['"санкт петербург"'], exclude: ['"covid 19"'] });
    expect(query.normalized).toBe("Санкт-Петербург -COVID-19");
  });

  it("ignores punctuation around words and a minus inside a word", () => {
    const query = parseQuery("(миссия), !!! «совет, министров»");
    expect(query.normalized).toBe('миссия "совет министров"');
    expect(query.notices).toEqual([]);
  });
});

describe("parseQuery: malformed input gets notices, never errors", () => {
  it.each([
    ["", ["empty"]],
    ["   \t\n ", ["empty"]],
    ["\u0000\u0000", ["empty"]],
    ["?!…", ["no_searchable_words"]],
    ["🎉👍🏽", ["no_searchable_words"]],
    ["-", ["only_exclusions"]],
    ["- -", ["only_exclusions"]],
    ['""', ["only_exclusions"]],
    ['-""', ["only_exclusions"]],
    ["-визит", ["only_exclusions"]],
    ['-"совет министров" -визит', ["only_exclusions"]],
    ['"', ["unbalanced_quote", "only_exclusions"]],
  ])("%j → %j", (raw, notices) => {
    const query = parseQuery(raw);
    expect(query.notices).toEqual(notices);
    expect(query.include).toEqual([]);
  });

  it("keeps the exclusions of an exclusions-only query, for the page to echo", () => {
    const query = parseQuery('-визит -"пресс тур"');
    expect(query.exclude).toHaveLength(2);
    expect(query.normalized).toBe('-визит -"пресс тур"');
  });

  it("reads the rest of an unbalanced quote as plain words", () => {
    const query = parseQuery('миссия "совет министров');
    expect(query.notices).toEqual(["unbalanced_quote"]);
    expect(clauses(query).include).toEqual([stemWord("миссия"), stemWord("совет"), stemWord("министров")]);
    expect(query.normalized).toBe("миссия совет министров");
    // The words after the lone quote are still words: an exclusion there still excludes.
    expect(clauses(parseQuery("«совет -визит")).exclude).toEqual([stemWord("визит")]);
  });

  it("cuts an over-long query at a word boundary", () => {
    const words = Array.from({ length: 200 }, (_, index) => `слово${index}`);
    const query = parseQuery(words.join(" "));
    expect(query.notices).toContain("truncated");
    expect(query.normalized.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    // Every word kept is a whole typed word.
    for (const clause of query.include) expect(words).toContain(clause.source);
  });

  it("keeps at most MAX_QUERY_TERMS terms, shortening a long phrase rather than dropping it", () => {
    const many = parseQuery(Array.from({ length: 20 }, (_, index) => `w${index}`).join(" "));
    expect(many.notices).toEqual(["too_many_terms"]);
    expect(many.include).toHaveLength(MAX_QUERY_TERMS);
    const phrase = parseQuery(`"${Array.from({ length: 20 }, (_, index) => `w${index}`).join(" ")}"`);
    expect(phrase.include).toHaveLength(1);
    expect(phrase.include[0]?.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(phrase.notices).toEqual(["too_many_terms"]);
    // A repeated word costs nothing: it is merged, not reported as one too many.
    const sixteen = Array.from({ length: MAX_QUERY_TERMS }, (_, index) => `w${index}`).join(" ");
    expect(parseQuery(`${sixteen} w0 "W1"`).notices).toEqual([]);
  });

  it("handles right-to-left text, emoji and null bytes among words", () => {
    const query = parseQuery("مرحبا\u0000миссия 🎉 \u202Eвизит");
    expect(query.include.map((clause) => clause.source)).toEqual(["مرحبا", "миссия", "визит"]);
    // The right-to-left override is not echoed back into the page.
    expect(query.normalized).toBe("مرحبا миссия визит");
  });

  it("parses 10 KB of text quickly", () => {
    const texts = [
      "Совет министров иностранных дел ОДКБ -визит «заявление» ".repeat(200),
      '"«„“-'.repeat(2000),
      "-".repeat(10_000),
      "a".repeat(10_000),
    ];
    for (const text of texts) {
      expect(text.length).toBeGreaterThanOrEqual(10_000);
      let fastest = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 5; run += 1) {
        const started = performance.now();
        parseQuery(text);
        fastest = Math.min(fastest, performance.now() - started);
      }
      expect(fastest).toBeLessThan(5);
    }
  });

  it("never throws on random input, and what it understood reads back the same", () => {
    // Problems are collected rather than asserted one by one: thousands of expect() calls would dominate the run.
    const problems: string[] = [];
    for (let seed = 1; seed <= 1000; seed += 1) {
      const raw = randomText(seed, 120);
      const query = parseQuery(raw);
      const all = [...query.include, ...query.exclude];
      const termCount = all.reduce((sum, clause) => sum + clause.terms.length, 0);
      if (termCount > MAX_QUERY_TERMS) problems.push(`seed ${seed}: ${termCount} terms`);
      if (query.notices.length !== new Set(query.notices).size)
        problems.push(`seed ${seed}: repeated notice`);
      if (all.some((clause) => clause.terms.length === 0 || clause.phrase !== clause.terms.length > 1)) {
        problems.push(`seed ${seed}: malformed clause`);
      }
      const reread = parseQuery(query.normalized);
      if (JSON.stringify(clauses(reread)) !== JSON.stringify(clauses(query)))
        problems.push(`seed ${seed}: reread`);
      if (reread.normalized !== query.normalized) problems.push(`seed ${seed}: echo changed`);
    }
    expect(problems).toEqual([]);
  });

  it("does not throw on a value that is not a string", () => {
    expect(parseQuery(undefined as unknown as string).notices).toEqual(["empty"]);
  });
});
