/**
 * Date display. Lists show DD.MM.YYYY like the old site; article pages spell the month out in the reader's
 * language. Instants are shown in the site's time zone.
 */
const numericCache = new Map<string, Intl.DateTimeFormat>();
const longCache = new Map<string, Intl.DateTimeFormat>();

function formatter(cache: Map<string, Intl.DateTimeFormat>, key: string, make: () => Intl.DateTimeFormat) {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** "28.03.2023" */
export function formatListDate(instant: string, timeZone: string): string {
  const f = formatter(
    numericCache,
    timeZone,
    () => new Intl.DateTimeFormat("en-GB", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }),
  );
  const parts = Object.fromEntries(f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts["day"]}.${parts["month"]}.${parts["year"]}`;
}

/** "28 March 2023" / "28 марта 2023 г." */
export function formatLongDate(instant: string, lang: string, timeZone: string): string {
  const f = formatter(
    longCache,
    `${lang}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, {
        timeZone,
        day: "numeric",
        month: "long",
        year: "numeric",
      }),
  );
  return f.format(new Date(instant));
}

/** The calendar date of an instant in the site's time zone, for <time datetime>. */
export function isoDateIn(instant: string, timeZone: string): string {
  const [d, m, y] = formatListDate(instant, timeZone).split(".");
  return `${y}-${m}-${d}`;
}

/** "27–30 March 2023", or one day when start and end agree. Calendar dates carry no time zone. */
export function formatDateRange(start: string, end: string | null, lang: string): string {
  const one = (date: string) => formatLongDate(`${date}T12:00:00.000Z`, lang, "UTC");
  if (!end || end === start) return one(start);
  return `${one(start)} – ${one(end)}`;
}
