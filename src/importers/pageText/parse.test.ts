import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PageParseError, parsePageText, type KnownPerson } from "./parse.js";

const SEED = readFileSync(
  new URL("../../../../shared/seeds/000_dfce6510050243a4.txt", import.meta.url),
  "utf8",
);

const PEOPLE: KnownPerson[] = [
  {
    id: 1,
    names: ["Vladimir Zaynetdinov", "Zaynetdinov", "Zainetdinov", "Владимир Зайнетдинов"],
    posts: [{ id: 10, titles: ["The CSTO Press Secretary", "Пресс-секретарь ОДКБ"] }],
  },
  { id: 2, names: ["Stanislav Zas", "Станислав Зась"], posts: [{ id: 20, titles: ["Secretary General"] }] },
];

const NBSP = "\u00a0";
const NAVIGATION = /go back|back to the|назад|вернуться|ко всем новостям/i;

/** Builds a page in the seed's shape: blocks apart by blank lines, body paragraphs indented with NBSPs. */
function page(...blocks: string[]): string {
  return blocks.join("\n\n") + "\n";
}
const indent = (text: string): string => `${NBSP}${NBSP}${text}`;

function reasonOf(text: string): string {
  try {
    parsePageText(text, PEOPLE);
  } catch (error) {
    if (error instanceof PageParseError) return error.reason;
    throw error;
  }
  throw new Error("the page was parsed");
}

describe("parsePageText: the seed page", () => {
  const parsed = parsePageText(SEED, PEOPLE);

  it("finds the English title before the body", () => {
    expect(parsed.language).toBe("en");
    expect(parsed.title.startsWith("The CSTO mission headed by the Secretary General")).toBe(true);
    expect(parsed.title.endsWith("prepare proposals for additional joint measures")).toBe(true);
  });

  it("keeps the four body paragraphs, trimmed and without NBSPs", () => {
    expect(parsed.paragraphs).toHaveLength(4);
    expect(parsed.paragraphs[0]?.startsWith("On September 20, this year, in accordance")).toBe(true);
    expect(parsed.paragraphs[3]?.endsWith("completed its work.")).toBe(true);
    for (const paragraph of parsed.paragraphs) {
      expect(paragraph).toBe(paragraph.trim());
      expect(paragraph).not.toContain(NBSP);
      expect(paragraph).not.toMatch(NAVIGATION);
    }
  });

  it("recognises the press secretary's signature", () => {
    expect(parsed.signature).toEqual({
      text: "The CSTO Press Secretary Vladimir Zaynetdinov",
      personId: 1,
      postId: 10,
      personName: "Vladimir Zaynetdinov",
      postText: "The CSTO Press Secretary",
    });
  });

  it("drops the navigation lines", () => {
    expect(parsed.navigationDropped).toEqual(["Go back", "Back to the section", "Back to the all news"]);
  });

  it("reads the three sidebar teasers with their dates", () => {
    expect(parsed.teasers.map((teaser) => teaser.date)).toEqual([
      { start: "2023-03-28", end: "2023-03-28" },
      { start: "2023-03-27", end: "2023-03-30" },
      { start: "2021-09-16", end: "2021-09-16" },
    ]);
    expect(parsed.teasers[0]?.text.startsWith("On March 28, 2023, a meeting")).toBe(true);
  });

  it("has no date: the body says 'this year'", () => {
    expect(parsed.date).toBeUndefined();
  });

  it("reads the same with CRLF or CR line endings and a BOM", () => {
    expect(parsePageText(`\ufeff${SEED.replace(/\n/g, "\r\n")}`, PEOPLE)).toEqual(parsed);
    expect(parsePageText(SEED.replace(/\n/g, "\r"), PEOPLE)).toEqual(parsed);
  });
});

describe("parsePageText: a Russian page", () => {
  const text = page(
    "28.03.2023 С 27 по 30 марта 2023 года в Академии управления МВД России проходит обучение.",
    "Заседание Совета министров иностранных дел ОДКБ",
    "Миссия ОДКБ во главе с Генеральным секретарём прибыла в Республику Армения",
    indent(
      "20 сентября 2022 года миссия ОДКБ во главе с Генеральным секретарём ОДКБ Станиславом Засем прибыла в Ереван.",
    ),
    `${NBSP} Перед миссией поставлена задача оценить обстановку.`,
    "Пресс-секретарь ОДКБ Владимир Зайнетдинов",
    "Назад",
    "Вернуться в раздел",
    "Вернуться к списку новостей.",
  );
  const parsed = parsePageText(text, PEOPLE);

  it("reads title, body, teasers, date and signature", () => {
    expect(parsed.language).toBe("ru");
    expect(parsed.title).toBe("Миссия ОДКБ во главе с Генеральным секретарём прибыла в Республику Армения");
    expect(parsed.paragraphs).toEqual([
      "20 сентября 2022 года миссия ОДКБ во главе с Генеральным секретарём ОДКБ Станиславом Засем прибыла в Ереван.",
      "Перед миссией поставлена задача оценить обстановку.",
    ]);
    expect(parsed.date).toEqual({ start: "2022-09-20", end: "2022-09-20" });
    expect(parsed.teasers).toEqual([
      {
        text: "28.03.2023 С 27 по 30 марта 2023 года в Академии управления МВД России проходит обучение.",
        date: { start: "2023-03-27", end: "2023-03-30" },
      },
      { text: "Заседание Совета министров иностранных дел ОДКБ", date: undefined },
    ]);
    expect(parsed.signature).toMatchObject({
      personId: 1,
      postId: 10,
      personName: "Владимир Зайнетдинов",
      postText: "Пресс-секретарь ОДКБ",
    });
    expect(parsed.navigationDropped).toEqual(["Назад", "Вернуться в раздел", "Вернуться к списку новостей."]);
  });

  it("folds ё and case when matching names and posts", () => {
    const signed = parsePageText(
      page("Заголовок", indent("Текст."), "пресс-секретарь одкб ВЛАДИМИР ЗАЙНЕТДИНОВ"),
      [{ id: 3, names: ["Владимир Зайнётдинов"], posts: [{ id: 30, titles: ["Пресс-секретарь ОДКБ"] }] }],
    );
    expect(signed.signature).toMatchObject({ personId: 3, postId: 30, postText: "пресс-секретарь одкб" });
  });
});

describe("parsePageText: other shapes", () => {
  it("needs no navigation, as on pages from 2019", () => {
    const parsed = parsePageText(
      page("A teaser of 5 May 2019", "Title of 2019", indent("On 12 April 2019, the body."), "Zaynetdinov"),
      PEOPLE,
    );
    expect(parsed.navigationDropped).toEqual([]);
    expect(parsed.paragraphs).toEqual(["On 12 April 2019, the body."]);
    expect(parsed.date).toEqual({ start: "2019-04-12", end: "2019-04-12" });
    expect(parsed.signature).toMatchObject({
      personId: 1,
      personName: "Zaynetdinov",
      postText: "",
      postId: undefined,
    });
  });

  it("matches an alias spelling; a post title that is not listed gives no postId", () => {
    const parsed = parsePageText(
      page("Title", indent("Body."), "CSTO spokesman Vladimir Zainetdinov"),
      PEOPLE,
    );
    expect(parsed.signature).toEqual({
      text: "CSTO spokesman Vladimir Zainetdinov",
      personId: 1,
      postId: undefined,
      personName: "Zainetdinov",
      postText: "CSTO spokesman",
    });
  });

  it("matches a post by containment and strips the comma between name and post", () => {
    const parsed = parsePageText(
      page("Title", indent("Body."), "Vladimir Zaynetdinov, CSTO Press Secretary"),
      PEOPLE,
    );
    expect(parsed.signature).toMatchObject({ personId: 1, postId: 10, postText: "CSTO Press Secretary" });
  });

  it("keeps an unknown signer's signature without a person", () => {
    const parsed = parsePageText(page("Title", indent("Body."), "CSTO Press Service"), PEOPLE);
    expect(parsed.signature).toEqual({
      text: "CSTO Press Service",
      personId: undefined,
      postId: undefined,
      personName: undefined,
      postText: "CSTO Press Service",
    });
  });

  it("has no signature when nothing follows the body but navigation", () => {
    const parsed = parsePageText(page("Title", indent("Body."), "Go back", "Back to all news"), PEOPLE);
    expect(parsed.signature).toBeUndefined();
    expect(parsed.navigationDropped).toEqual(["Go back", "Back to all news"]);
  });

  it("ignores blocks after the signature, and navigation among them", () => {
    const parsed = parsePageText(
      page("Title", indent("Body."), "Zaynetdinov", "Go back", "Photo: CSTO", "Назад ко всем новостям"),
      PEOPLE,
    );
    expect(parsed.paragraphs).toEqual(["Body."]);
    expect(parsed.signature?.text).toBe("Zaynetdinov");
    expect(parsed.navigationDropped).toEqual(["Go back", "Назад ко всем новостям"]);
  });

  it("keeps a non-indented block between indented ones in the body, but not navigation", () => {
    const parsed = parsePageText(
      page("Title", indent("First."), "A subheading", "Go back", indent("Second."), "Zaynetdinov"),
      PEOPLE,
    );
    expect(parsed.paragraphs).toEqual(["First.", "A subheading", "Second."]);
    expect(parsed.signature?.personId).toBe(1);
  });

  it("ends the body at a signature even when indented lines follow it", () => {
    const parsed = parsePageText(
      page(
        "Title",
        indent("First."),
        "The CSTO Press Secretary Vladimir Zaynetdinov",
        indent("Related news"),
      ),
      PEOPLE,
    );
    expect(parsed.paragraphs).toEqual(["First."]);
    expect(parsed.signature?.postId).toBe(10);
  });

  it("starts a paragraph at each indented line of a block and joins unindented continuations", () => {
    const text = ["Title", "", indent("One"), "continues.", `\tTwo.`, "", "Zaynetdinov"].join("\n");
    expect(parsePageText(text, PEOPLE).paragraphs).toEqual(["One continues.", "Two."]);
  });

  it("takes a date-only line above the body as a dateline, not as the title", () => {
    const parsed = parsePageText(
      page("Teaser", "Real title", "28.03.2023", indent("Body, this year.")),
      PEOPLE,
    );
    expect(parsed.title).toBe("Real title");
    expect(parsed.teasers.map((teaser) => teaser.text)).toEqual(["Teaser"]);
    expect(parsed.date).toEqual({ start: "2023-03-28", end: "2023-03-28" });
  });

  it("falls back to the title's date, and prefers a range in a teaser", () => {
    const parsed = parsePageText(
      page("On 1 March 2023 and from 27 to 30 March 2023", "Summit of 16 May 2022", indent("Body.")),
      PEOPLE,
    );
    expect(parsed.date).toEqual({ start: "2022-05-16", end: "2022-05-16" });
    expect(parsed.teasers[0]?.date).toEqual({ start: "2023-03-27", end: "2023-03-30" });
  });
});

describe("parsePageText: pages that cannot be parsed", () => {
  it.each([
    ["an empty file", "", "the file is empty"],
    ["blank lines only", ` \n${NBSP}\n\r\n`, "the file is empty"],
    ["NUL bytes", `Title\n\n  Body\u0000\u0000`, "the file looks binary: it contains NUL bytes"],
    [
      "replacement characters",
      `Title\n\n  ${"\ufffd".repeat(40)} body`,
      "the file looks like garbage: too many replacement or control characters",
    ],
    ["no indented paragraph", page("Title", "Body.", "Go back"), "no indented body paragraphs found"],
    ["only navigation", page("Go back", "Назад"), "no indented body paragraphs found"],
    ["no title", page(indent("Body."), "Zaynetdinov"), "no article title found before the body paragraphs"],
    [
      "only a dateline above the body",
      page("28.03.2023", indent("Body.")),
      "no article title found before the body paragraphs",
    ],
    ["a huge title", page("T".repeat(1001), indent("Body.")), "the title is longer than 1000 characters"],
  ])("%s", (_name, text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });

  it("survives a stray replacement character", () => {
    expect(parsePageText(page("Title \ufffd", indent("Body.")), PEOPLE).title).toBe("Title \ufffd");
  });

  it("throws a PageParseError whose message carries the reason", () => {
    expect(() => parsePageText("", PEOPLE)).toThrow(PageParseError);
    expect(() => parsePageText("", PEOPLE)).toThrow(/the file is empty/);
  });
});
