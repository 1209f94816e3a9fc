import { describe, expect, it } from "vitest";
import { findDates, firstDate } from "./textDates.js";

/** The dates found, as start..end, to keep expectations short. */
function spans(text: string): string[] {
  return findDates(text).map((d) => (d.start === d.end ? d.start : `${d.start}..${d.end}`));
}

describe("findDates: single days in English", () => {
  it.each([
    ["On March 28, 2023", "2023-03-28"],
    ["March 28, 2023", "2023-03-28"],
    ["on September 16, 2021", "2021-09-16"],
    ["28 March 2023", "2023-03-28"],
    ["March 28 2023", "2023-03-28"],
    ["28 March, 2023", "2023-03-28"],
    ["28th of March 2023", "2023-03-28"],
    ["Sept. 5, 2020", "2020-09-05"],
    ["on 1 MAY 2024", "2024-05-01"],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it("reports the matched text and its index, without the leading 'On'", () => {
    expect(findDates("On March 28, 2023, a meeting")).toEqual([
      { start: "2023-03-28", end: "2023-03-28", text: "March 28, 2023", index: 3 },
    ]);
  });
});

describe("findDates: ranges in English", () => {
  it.each([
    ["from 27 to 30 March 2023", "2023-03-27..2023-03-30"],
    ["27-30 March 2023", "2023-03-27..2023-03-30"],
    ["27–30 March 2023", "2023-03-27..2023-03-30"],
    ["27 — 30 March 2023", "2023-03-27..2023-03-30"],
    ["from March 27 to 30, 2023", "2023-03-27..2023-03-30"],
    ["March 27-30, 2023", "2023-03-27..2023-03-30"],
    ["from 30 March to 2 April 2023", "2023-03-30..2023-04-02"],
    ["from March 30 to April 2, 2023", "2023-03-30..2023-04-02"],
    ["from 30 December to 2 January 2023", "2022-12-30..2023-01-02"],
    ["from 30 December 2022 to 2 January 2023", "2022-12-30..2023-01-02"],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it("includes 'from' in the matched text of a range", () => {
    expect(firstDate("In the period from 27 to 30 March 2023, at the Academy")).toEqual({
      start: "2023-03-27",
      end: "2023-03-30",
      text: "from 27 to 30 March 2023",
      index: 14,
    });
  });
});

describe("findDates: Russian", () => {
  it.each([
    ["20 сентября 2022 года", "2022-09-20"],
    ["20 сентября 2022 г.", "2022-09-20"],
    ["20 СЕНТЯБРЯ 2022", "2022-09-20"],
    ["с 27 по 30 марта 2023 года", "2023-03-27..2023-03-30"],
    ["С 27 по 30 марта 2023 года", "2023-03-27..2023-03-30"],
    ["27-30 марта 2023 года", "2023-03-27..2023-03-30"],
    ["27–30 марта 2023 г.", "2023-03-27..2023-03-30"],
    ["с 30 марта по 2 апреля 2023 года", "2023-03-30..2023-04-02"],
    ["со 2 по 5 мая 2023 года", "2023-05-02..2023-05-05"],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it("keeps the year word in the matched text", () => {
    expect(firstDate("Встреча состоялась 20 сентября 2022 года в Москве")?.text).toBe(
      "20 сентября 2022 года",
    );
  });
});

describe("findDates: numeric dates", () => {
  it.each([
    ["28.03.2023", "2023-03-28"],
    ["Опубликовано 28.03.2023 г.", "2023-03-28"],
    ["8.3.2023", "2023-03-08"],
    ["27.03.2023-30.03.2023", "2023-03-27..2023-03-30"],
    ["27-30.03.2023", "2023-03-27..2023-03-30"],
    ["с 27.03 по 30.03.2023", "2023-03-27..2023-03-30"],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it("does not read a longer dotted number as a date", () => {
    expect(spans("version 1.28.03.2023")).toEqual([]);
    expect(spans("28.03.2023.1")).toEqual([]);
  });
});

describe("findDates: what is not a date", () => {
  it.each([
    "On September 20, this year",
    "September 20",
    "on 20 September",
    "20 сентября этого года",
    "20 сентября текущего года",
    "20 сентября",
  ])("has no written year: %s", (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it.each(["February 30, 2023", "30 февраля 2023 года", "31.04.2023", "32 March 2023", "29.02.2023"])(
    "is impossible: %s",
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );

  it("accepts February 29 in a leap year", () => {
    expect(spans("29 February 2024")).toEqual(["2024-02-29"]);
  });

  it("skips a range that ends before it starts, and the last day inside it", () => {
    expect(spans("from 30 to 27 March 2023")).toEqual([]);
    expect(spans("from 30 February to 2 March 2023")).toEqual([]);
  });

  it("keeps years within 1900..2100", () => {
    expect(spans("March 28, 1899; 28.03.2101; 1 January 1900; 31 December 2100")).toEqual([
      "1900-01-01",
      "2100-12-31",
    ]);
  });

  it("does not take a word ending in a month name", () => {
    expect(spans("Lamarch 28, 2023")).toEqual([]);
  });
});

describe("findDates: several dates", () => {
  it("returns them in order of appearance, whatever their form", () => {
    const text =
      "Signed on 28.03.2023 in Minsk; in force from 27 to 30 March 2023 and since 20 сентября 2022 г.";
    expect(spans(text)).toEqual(["2023-03-28", "2023-03-27..2023-03-30", "2022-09-20"]);
  });

  it("returns a range once, not also its last day", () => {
    expect(findDates("from March 30 to April 2, 2023")).toHaveLength(1);
  });

  it("firstDate is undefined without dates", () => {
    expect(firstDate("No dates here, this year.")).toBeUndefined();
  });
});

describe("findDates: the seed page's sentences", () => {
  it("finds the date of each teaser", () => {
    expect(
      spans(
        'On March 28, 2023, a meeting of the International Headquarters of the CSTO regional operation "Illegal" was held',
      ),
    ).toEqual(["2023-03-28"]);
    expect(
      spans(
        "In the period from 27 to 30 March 2023, at the Management Academy of the Russian Ministry of Internal Affairs, the training is held",
      ),
    ).toEqual(["2023-03-27..2023-03-30"]);
    expect(
      spans(
        "The Agreement entered into force and was signed by the members of the CSTO Collective Security Council in Dushanbe on September 16, 2021.",
      ),
    ).toEqual(["2021-09-16"]);
  });

  it("finds no date in the body, whose year is 'this year'", () => {
    expect(
      findDates(
        "\u00a0\u00a0On September 20, this year, in accordance with the decision of the extraordinary meeting of the CSTO Collective Security Council, the Mission arrived in the Republic of Armenia.",
      ),
    ).toEqual([]);
  });
});
