/**
 * Instants with their time of day, for the press office and for embargo notices: "28 November 2026, 14:30
 * (Europe/Moscow)". The zone is always named, since an embargo read in another country must not be misread.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

/** "28 November 2026, 14:30 (UTC)" / "28 ноября 2026 г., 14:30 (UTC)" */
export function formatDateTime(instant: string, lang: string, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, {
      timeZone,
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    cache.set(key, f);
  }
  const parts = f.formatToParts(new Date(instant));
  const lastDatePart = parts.reduce((last, p, i) => (DATE_PARTS.has(p.type) ? i : last), -1);
  const date = parts
    .slice(0, lastDatePart + 1)
    .map((p) => p.value)
    .join("");
  const hour = parts.find((p) => p.type === "hour")?.value ?? "00";
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return `${date}, ${hour}:${minute} (${timeZone})`;
}

const DATE_PARTS = new Set(["day", "month", "year"]);
