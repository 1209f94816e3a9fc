import { describe, expect, it } from "vitest";
import {
  cyrillicKeysToLatin,
  latinKeysToCyrillic,
  typedOnCyrillicKeys,
  typedOnLatinKeys,
} from "../../../src/domain/search/keyboardLayout.js";
import { parseQuery } from "../../../src/domain/search/queryParser.js";
import { alternativeQueries } from "../../../src/domain/search/suggestions.js";
import { latinToCyrillicVariants } from "../../../src/domain/search/transliteration.js";
import { randomText } from "./randomText.js";

describe("keyboard layout", () => {
  it("turns QWERTY keystrokes into the Russian letters on the same keys", () => {
    expect(latinKeysToCyrillic("vbccbz")).toBe("миссия");
    expect(latinKeysToCyrillic("Cjdtn Vbybcnhjd")).toBe("Совет Министров");
    // The punctuation keys that carry Russian letters.
    expect(latinKeysToCyrillic("[]';,.`")).toBe("хъэжбюё");
    expect(latinKeysToCyrillic('{}:"<>~')).toBe("ХЪЖЭБЮЁ");
    expect(latinKeysToCyrillic("[jkjl")).toBe("холод");
  });

  it("turns ЙЦУКЕН keystrokes into the Latin letters on the same keys", () => {
    expect(cyrillicKeysToLatin("ьууештп")).toBe("meeting");
    expect(cyrillicKeysToLatin("Ыгььше")).toBe("Summit");
    expect(cyrillicKeysToLatin("вщтэе")).toBe("don't");
  });

  it("round-trips every letter", () => {
    const russian = "йцукенгшщзхъфывапролджэячсмитьбюё";
    expect(latinKeysToCyrillic(cyrillicKeysToLatin(russian))).toBe(russian);
    expect(latinKeysToCyrillic(cyrillicKeysToLatin(russian.toUpperCase()))).toBe(russian.toUpperCase());
  });

  it("knows which words each layout could have typed", () => {
    expect(typedOnLatinKeys("vbccbz,")).toBe(true);
    expect(typedOnLatinKeys("миссия")).toBe(false);
    expect(typedOnLatinKeys("café")).toBe(false);
    expect(typedOnLatinKeys("2024")).toBe(false);
    expect(typedOnCyrillicKeys("ьууештп")).toBe(true);
    expect(typedOnCyrillicKeys("Pressрелиз")).toBe(false);
  });
});

describe("transliteration", () => {
  it.each([
    ["missiya", "миссия"],
    ["sovet", "совет"],
    ["ministrov", "министров"],
    ["shchit", "щит"],
    ["zhurnalist", "журналист"],
    ["khronika", "хроника"],
    ["tsentr", "центр"],
    ["chelovek", "человек"],
    ["shtab", "штаб"],
    ["yubiley", "юбилей"],
    ["yolka", "ёлка"],
    ["yeltsin", "елцин"],
    ["novyy", "новый"],
    ["sovetskiy", "советский"],
    ["vybory", "выборы"],
    ["Rossiya", "Россия"],
    ["NATO", "НАТО"],
    ["Sergej", "Сергей"],
    ["Nikolai", "Николай"],
  ])("%s → %s first", (latin, cyrillic) => {
    expect(latinToCyrillicVariants(latin)[0]).toBe(cyrillic);
  });

  it("offers the other readings of ambiguous letters", () => {
    expect(latinToCyrillicVariants("moy")).toEqual(["мой", "моы"]);
    expect(latinToCyrillicVariants("otsutstvie")).toContain("отсутствие");
    expect(latinToCyrillicVariants("ekonomika")).toContain("экономика");
    expect(latinToCyrillicVariants("statya")).toContain("статья");
    expect(latinToCyrillicVariants("ob'yavlenie")).toContain("объявление");
  });

  it("leaves alone words that are not plain Latin", () => {
    expect(latinToCyrillicVariants("миссия")).toEqual([]);
    expect(latinToCyrillicVariants("café")).toEqual([]);
    expect(latinToCyrillicVariants("2024")).toEqual([]);
  });
});

describe("alternativeQueries", () => {
  it("reads text typed in the wrong layout, both ways", () => {
    expect(alternativeQueries("vbccbz")[0]).toBe("миссия");
    expect(alternativeQueries("cjdtn vbybcnhjd")[0]).toBe("совет министров");
    expect(alternativeQueries("ьууештп")[0]).toBe("meeting");
    expect(alternativeQueries("[jkjlysq")[0]).toBe("холодный");
  });

  it("reads transliterated Russian back into Cyrillic", () => {
    expect(alternativeQueries("missiya")[0]).toBe("миссия");
    expect(alternativeQueries("sovet ministrov")[0]).toBe("совет министров");
    expect(alternativeQueries("vstrecha s prezidentom")[0]).toBe("встреча с президентом");
  });

  it("keeps phrases and exclusions through the rewrite", () => {
    expect(alternativeQueries('"cjdtn vbybcnhjd" -dbpbn')[0]).toBe('"совет министров" -визит');
    expect(alternativeQueries("«sovet ministrov» -vizit")[0]).toBe('"совет министров" -визит');
  });

  it('reads an unpaired " as the Russian Э on the same key', () => {
    expect(alternativeQueries('"rjyjvbrf')[0]).toBe("Экономика");
  });

  it("rewrites only the words whose script fits", () => {
    const alternatives = alternativeQueries("ОДКБ vbccbz");
    expect(alternatives[0]).toBe("ОДКБ миссия");
    // A rewrite from Latin keeps the Cyrillic word, and the one from Cyrillic keeps the Latin word.
    for (const alternative of alternatives) {
      expect(alternative.startsWith("ОДКБ ") || alternative.endsWith(" vbccbz")).toBe(true);
    }
  });

  it("offers at most six distinct rewrites, none searching for what the query already does", () => {
    for (const raw of [
      "vbccbz",
      "sovetskiy novyy yeltsin",
      "meeting",
      "ОДКБ",
      "Миссия",
      '"a b" -c',
      "2024",
    ]) {
      const alternatives = alternativeQueries(raw);
      expect(alternatives.length).toBeLessThanOrEqual(6);
      const searchedFor = (query: string): string => {
        const parsed = parseQuery(query);
        return JSON.stringify(
          [parsed.include, parsed.exclude].map((side) => side.map((clause) => clause.terms)),
        );
      };
      const keys = alternatives.map(searchedFor);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).not.toContain(searchedFor(raw));
    }
  });

  it("has nothing to offer for blank, numeric or exclusion-only input", () => {
    expect(alternativeQueries("")).toEqual([]);
    expect(alternativeQueries("   ")).toEqual([]);
    expect(alternativeQueries("2024 100")).toEqual([]);
    expect(alternativeQueries("?!")).toEqual([]);
  });

  it("never throws on random input", () => {
    const counts = new Set<number>();
    for (let seed = 1; seed <= 150; seed += 1) counts.add(alternativeQueries(randomText(seed, 60)).length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
  });
});
