import { describe, expect, it } from "vitest";
import { analyze, normalizeText, stemWord, termsOf } from "../../../src/domain/search/analyzer.js";
import { randomText } from "./randomText.js";

/** Each token as the original text it points at, to check offsets against what a reader sees. */
function words(text: string): string[] {
  return analyze(text).map((token) => text.slice(token.start, token.end));
}

describe("normalizeText", () => {
  it("lower-cases, folds ё into е and keeps й whole", () => {
    expect(normalizeText("ЁЛКА Ёлка ёлка")).toBe("елка елка елка");
    expect(normalizeText("Йод ЙОД")).toBe("йод йод");
    // A й typed as и + combining breve is composed, not stripped to и.
    expect(normalizeText("и\u0306од")).toBe("йод");
    expect(normalizeText("е\u0308лка")).toBe("елка");
  });

  it("applies NFKC and drops soft hyphens and zero-width characters", () => {
    expect(normalizeText("ﬁnance ＭＩＳＳＩＯＮ")).toBe("finance mission");
    expect(normalizeText("ми\u00ADс\u200Bси\u200Dя\uFEFF")).toBe("миссия");
  });

  it("is locale-independent and idempotent", () => {
    expect(normalizeText("ISTANBUL")).toBe("istanbul");
    for (const text of ["ΟΔΟΣ", "Straße", "İstanbul", "Ǆemal", "don’t"]) {
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    }
  });
});

describe("analyze: terms", () => {
  it("gives the forms of a Russian word one term", () => {
    expect(new Set(termsOf("миссия миссии миссией Миссию МИССИЯ")).size).toBe(1);
  });

  it("gives every form of визит, транзит, кредит and лимит one term, which a visa does not share", () => {
    for (const forms of [
      ["визит", "Визита", "визитом", "визиты", "визитах"],
      ["транзит", "транзита", "транзитом"],
      ["кредит", "кредита", "кредиты"],
      ["лимит", "лимита", "лимиты"],
    ]) {
      expect(new Set(forms.map(stemWord)), forms.join(" ")).toEqual(new Set([forms[0]]));
    }
    expect(stemWord("виза")).not.toBe(stemWord("визит"));
    // Only the listed nouns change: a verb in "-ит" is stemmed as before.
    expect(stemWord("говорит")).toBe(stemWord("говорить"));
    expect(stemWord("говорит")).toBe("говор");
  });

  it("gives an English word and its plural one term", () => {
    expect(stemWord("meetings")).toBe(stemWord("meeting"));
    expect(termsOf("Meetings meeting")).toEqual([stemWord("meeting"), stemWord("meeting")]);
  });

  it("treats ё and е as the same letter", () => {
    expect(new Set(termsOf("ЁЛКА ёлка елка")).size).toBe(1);
  });

  it("splits two words into two terms and counts positions from 0", () => {
    const tokens = analyze("Организации Договора");
    expect(tokens.map((token) => token.position)).toEqual([0, 1]);
    expect(new Set(tokens.map((token) => token.term)).size).toBe(2);
    expect(stemWord("Организации")).toBe(stemWord("организация"));
    expect(stemWord("Договора")).toBe(stemWord("договор"));
  });

  it("chooses the stemmer by each word's script, not by the text's language", () => {
    expect(termsOf("встреча с NATO meetings")).toEqual([
      stemWord("встречи"),
      "с",
      "nato",
      stemWord("meeting"),
    ]);
    // Mixed-script words are only normalised: no stemmer knows them.
    expect(termsOf("PressРЕЛИЗЫ")).toEqual(["pressрелизы"]);
    expect(termsOf("2023 ２０２４")).toEqual(["2023", "2024"]);
  });

  it("keeps every word: no stop words are removed", () => {
    expect(termsOf("the book of the year")).toHaveLength(5);
    expect(termsOf("и в на")).toHaveLength(3);
  });

  it("joins Latin words across an apostrophe and splits on hyphens and punctuation", () => {
    expect(words("don't O'Neil’s rock'n'roll")).toEqual(["don't", "O'Neil’s", "rock'n'roll"]);
    expect(termsOf("don't")).toEqual(termsOf("don’t"));
    expect(words("'quoted' Санкт-Петербург COVID-19, а/б")).toEqual([
      "quoted",
      "Санкт",
      "Петербург",
      "COVID",
      "19",
      "а",
      "б",
    ]);
    // Between Cyrillic letters an apostrophe separates.
    expect(words("д'Артаньян")).toEqual(["д", "Артаньян"]);
  });

  it("ignores stress marks written over Russian words", () => {
    expect(stemWord("ми́ссия")).toBe(stemWord("миссия"));
  });

  it("skips words longer than 64 characters and numbers the rest without gaps", () => {
    const tokens = analyze(`начало ${"а".repeat(65)} конец ${"b".repeat(64)}`);
    expect(tokens.map((token) => token.position)).toEqual([0, 1, 2]);
    expect(tokens).toHaveLength(3);
  });

  it("finds no words in punctuation, emoji or blank text", () => {
    expect(analyze("")).toEqual([]);
    expect(analyze(" ?! — … 🎉👍🏽 \u0000")).toEqual([]);
  });

  it("reads right-to-left and other scripts as words", () => {
    expect(words("مرحبا بالعالم 東京")).toEqual(["مرحبا", "بالعالم", "東京"]);
  });
});

describe("analyze: offsets into the original text", () => {
  it("points at the typed words, whatever normalisation changed", () => {
    const text = "«ЁЛКА» — ﬁnal Ｍission, и\u0306од ми\u00ADссия; ½ 🎉 е\u0308ж";
    expect(words(text)).toEqual([
      "ЁЛКА",
      "ﬁnal",
      "Ｍission",
      "и\u0306од",
      "ми\u00ADссия",
      "½",
      "½",
      "е\u0308ж",
    ]);
  });

  it("stays correct after astral characters (two UTF-16 units each)", () => {
    const text = "𝐀𝐁 🎉 миссия 𠀀x";
    const tokens = analyze(text);
    expect(words(text)).toEqual(["𝐀𝐁", "миссия", "𠀀x"]);
    expect(tokens[0]?.term).toBe("ab");
  });

  it("holds for random text: offsets in order, terms clean, same terms as the normalised text", () => {
    // Problems are collected rather than asserted one by one: thousands of expect() calls would dominate the run.
    const problems: string[] = [];
    for (let seed = 1; seed <= 300; seed += 1) {
      const text = randomText(seed, 80);
      const tokens = analyze(text);
      let previousStart = -1;
      for (const token of tokens) {
        const inOrder = token.start >= previousStart && token.start < token.end && token.end <= text.length;
        if (!inOrder) problems.push(`seed ${seed}: offsets ${token.start}..${token.end}`);
        if (!/^[\p{L}\p{N}\p{M}]+$/u.test(token.term)) problems.push(`seed ${seed}: term ${token.term}`);
        previousStart = token.start;
      }
      const terms = tokens.map((token) => token.term);
      if (termsOf(normalizeText(text)).join(" ") !== terms.join(" "))
        problems.push(`seed ${seed}: normalised`);
    }
    expect(problems).toEqual([]);
  });

  it("analyses a long document quickly", () => {
    const text = "Министры иностранных дел государств-членов ОДКБ провели meetings в Минске. ".repeat(1500);
    const started = performance.now();
    const tokens = analyze(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(tokens).toHaveLength(1500 * 10);
  });
});
