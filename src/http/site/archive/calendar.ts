/**
 * Calendar months in the site's time zone, as UTC instants the store can compare against. A reader in Moscow
 * expects an item published at 2025-01-31T22:30Z (01:30 on 1 February, local time) under February, so month
 * boundaries are local midnights, not UTC ones.
 */

/** Years the archive answers for; four digits keep every boundary in the store's fixed-width ISO text. */
export const FIRST_ARCHIVE_YEAR = 1000;
export const LAST_ARCHIVE_YEAR = 2999;

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = wallClockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormatters.set(timeZone, f);
  }
  return f;
}

/** The zone's wall clock at an instant, read back as if it were UTC, in milliseconds. */
function wallClockAsUtc(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of wallClockFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return Date.UTC(
    parts["year"] ?? 1970,
    (parts["month"] ?? 1) - 1,
    parts["day"] ?? 1,
    parts["hour"] ?? 0,
    parts["minute"] ?? 0,
    parts["second"] ?? 0,
  );
}

/** How far the zone is ahead of UTC at an instant, in milliseconds (whole seconds). */
function offsetAt(ms: number, timeZone: string): number {
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  return wallClockAsUtc(wholeSeconds, timeZone) - wholeSeconds;
}

/**
 * The instant local midnight starts the 1st of a month (1–12; 13 is January of the next year). Two passes
 * settle the offset when a clock change falls near the boundary.
 */
export function monthStart(year: number, month: number, timeZone: string): string {
  const naive = Date.UTC(year, month - 1, 1);
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  return new Date(second).toISOString();
}

/** The 13 boundaries of a year's months: the start of January … the start of next January. */
export function monthBoundaries(year: number, timeZone: string): string[] {
  return Array.from({ length: 13 }, (_, i) => monthStart(year, i + 1, timeZone));
}

/** The local calendar year of an instant. */
export function yearOf(instant: string, timeZone: string): number {
  return new Date(wallClockAsUtc(Date.parse(instant), timeZone)).getUTCFullYear();
}

/** A year in the address ("2025"), when it is one the archive can answer for. */
export function parseYear(raw: string): number | undefined {
  if (!/^[0-9]{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= FIRST_ARCHIVE_YEAR && year <= LAST_ARCHIVE_YEAR ? year : undefined;
}

/** A month in the address: exactly two digits, "01" to "12". */
export function parseMonth(raw: string): number | undefined {
  if (!/^[0-9]{2}$/.test(raw)) return undefined;
  const month = Number(raw);
  return month >= 1 && month <= 12 ? month : undefined;
}
