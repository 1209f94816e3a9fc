import { describe, expect, it } from "vitest";
import {
  monthBoundaries,
  monthStart,
  parseMonth,
  parseYear,
  yearOf,
} from "../../src/http/site/archive/calendar.js";
import { archiveLinkFor, archiveMonthUrl } from "../../src/http/site/archive/urls.js";

describe("archive months in the site's time zone", () => {
  it("starts a Moscow month at local midnight, three hours before UTC midnight", () => {
    expect(monthStart(2025, 2, "Europe/Moscow")).toBe("2025-01-31T21:00:00.000Z");
    expect(monthStart(2025, 2, "UTC")).toBe("2025-02-01T00:00:00.000Z");
    // Month 13 is January of the next year: the end of December.
    expect(monthStart(2025, 13, "Europe/Moscow")).toBe("2025-12-31T21:00:00.000Z");
  });

  it("follows daylight saving time where the zone has it", () => {
    expect(monthStart(2025, 1, "Europe/Berlin")).toBe("2024-12-31T23:00:00.000Z");
    expect(monthStart(2025, 4, "Europe/Berlin")).toBe("2025-03-31T22:00:00.000Z");
    expect(monthStart(2025, 11, "America/New_York")).toBe("2025-11-01T04:00:00.000Z");
    expect(monthStart(2025, 12, "America/New_York")).toBe("2025-12-01T05:00:00.000Z");
  });

  it("gives 13 ascending boundaries for a year", () => {
    const bounds = monthBoundaries(2024, "Asia/Tokyo");
    expect(bounds).toHaveLength(13);
    expect([...bounds].sort()).toEqual(bounds);
    expect(bounds[0]).toBe("2023-12-31T15:00:00.000Z");
    expect(bounds[12]).toBe("2024-12-31T15:00:00.000Z");
  });

  it("puts an instant in its local year", () => {
    expect(yearOf("2025-12-31T22:30:00.000Z", "Europe/Moscow")).toBe(2026);
    expect(yearOf("2025-12-31T22:30:00.000Z", "UTC")).toBe(2025);
  });

  it("accepts only four-digit years and two-digit months that exist", () => {
    expect(parseYear("2025")).toBe(2025);
    for (const bad of ["0000", "0999", "3000", "25", "20251", "abcd", "20a5", ""]) {
      expect(parseYear(bad), bad).toBeUndefined();
    }
    expect(parseMonth("01")).toBe(1);
    expect(parseMonth("12")).toBe(12);
    for (const bad of ["00", "13", "1", "001", "ab", "-1", ""]) expect(parseMonth(bad), bad).toBeUndefined();
  });

  it("builds the archive's addresses, and the way in from a list's newest item", () => {
    expect(archiveMonthUrl("ru", 2025, 3)).toBe("/ru/news/2025/03/");
    expect(archiveMonthUrl("en", 2025, 11, 2)).toBe("/en/news/2025/11/?page=2");
    expect(archiveLinkFor("ru", "2025-12-31T22:30:00.000Z", "Europe/Moscow")).toBe("/ru/news/2026/");
    expect(archiveLinkFor("en", undefined, "UTC")).toBeUndefined();
  });
});
