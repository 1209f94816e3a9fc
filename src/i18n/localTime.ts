/**
 * The editor's date-time fields (`<input type="datetime-local">`) hold wall-clock time in the site's time zone;
 * the store holds UTC instants. These convert between the two, daylight saving time included.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock parts of an instant in a time zone. */
function wallClock(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return parts;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(
    w["year"] ?? 1970,
    (w["month"] ?? 1) - 1,
    w["day"] ?? 1,
    w["hour"] ?? 0,
    w["minute"] ?? 0,
    w["second"] ?? 0,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** "2026-11-28T12:30" for an instant, as the site's clocks show it (for a datetime-local field). */
export function toLocalInput(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return "";
  const w = wallClock(ms, timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${String(w["year"] ?? 0).padStart(4, "0")}-${two(w["month"])}-${two(w["day"])}T${two(w["hour"])}:${two(w["minute"])}`;
}

/**
 * The UTC instant (ISO 8601) of a datetime-local value read as the site's wall-clock time; undefined when the
 * value is malformed. A wall-clock time that a clock change skips or repeats gets one of the two offsets.
 */
export function fromLocalInput(value: string, timeZone: string): string | undefined {
  const m = LOCAL.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const naive = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? "0"));
  const check = new Date(naive);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59) return undefined;
  // Guess with the offset at the naive instant, then correct once with the offset at the guess.
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  const ms = offsetAt(second, timeZone) === naive - second ? second : first;
  return new Date(ms).toISOString();
}

/** "28.11.2026 12:30" in the site's time zone, as the back office shows instants. */
export function dateTimeText(instant: string, timeZone: string): string {
  const local = toLocalInput(instant, timeZone);
  if (local === "") return instant;
  const [date = "", time = ""] = local.split("T");
  const [y, m, d] = date.split("-");
  return `${d}.${m}.${y} ${time}`;
}
