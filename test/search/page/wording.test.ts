import { describe, expect, it } from "vitest";
import { countText, noticeText, problemText } from "../../../src/http/site/search/presenter.js";
import { translator } from "../../../src/i18n/strings.js";

const en = translator("en");
const ru = translator("ru");

describe("the result count", () => {
  it("agrees with the number in Russian", () => {
    const cases: [number, string][] = [
      [0, "0 результатов"],
      [1, "1 результат"],
      [2, "2 результата"],
      [4, "4 результата"],
      [5, "5 результатов"],
      [11, "11 результатов"],
      [12, "12 результатов"],
      [21, "21 результат"],
      [22, "22 результата"],
      [25, "25 результатов"],
      [101, "101 результат"],
      [111, "111 результатов"],
    ];
    for (const [n, text] of cases) expect(countText(ru, "ru", n, false), String(n)).toBe(text);
  });

  it("agrees with the number in English", () => {
    expect(countText(en, "en", 0, false)).toBe("0 results");
    expect(countText(en, "en", 1, false)).toBe("1 result");
    expect(countText(en, "en", 12, false)).toBe("12 results");
  });

  it("says 'more than' with grouped digits when the count stopped at the cap", () => {
    expect(countText(en, "en", 1000, true)).toBe("more than 1,000 results");
    // Russian groups digits with a no-break space, and "более" takes the genitive.
    expect(countText(ru, "ru", 1000, true)).toBe("более 1\u00a0000 результатов");
    expect(countText(ru, "ru", 21, true)).toBe("более 21 результата");
  });
});

describe("messages about the query and the parameters", () => {
  it("explains each notice of the analyser in plain words, and leaves an empty query to the hint", () => {
    expect(noticeText(en, "unbalanced_quote")).toBe(
      "The quote was not closed, so the words were searched for separately.",
    );
    expect(noticeText(en, "truncated")).toContain("only its first 500 characters were used");
    expect(noticeText(ru, "only_exclusions")).toContain("Добавьте хотя бы одно слово");
    expect(noticeText(en, "empty")).toBeUndefined();
  });

  it("quotes a refused value, shortened and without control characters", () => {
    const text = problemText(en, { key: "search.problem.section", value: `${"x".repeat(100)}\u0000` });
    expect(text).toBe(`There is no section “${"x".repeat(40)}…”, so all sections were searched.`);
    expect(problemText(ru, { key: "search.problem.pastEnd", n: 7 })).toBe(
      "Страницы 7 в этих результатах нет, поэтому показана первая.",
    );
  });
});
