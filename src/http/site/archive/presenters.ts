import type { StringKey, Translate } from "../../../i18n/strings.js";
import { archiveMonthUrl, archiveYearUrl } from "./urls.js";

const MONTH_KEYS = [
  "archive.month.1",
  "archive.month.2",
  "archive.month.3",
  "archive.month.4",
  "archive.month.5",
  "archive.month.6",
  "archive.month.7",
  "archive.month.8",
  "archive.month.9",
  "archive.month.10",
  "archive.month.11",
  "archive.month.12",
] as const satisfies readonly StringKey[];

const COUNT_KEYS = {
  one: "archive.items.one",
  few: "archive.items.few",
  many: "archive.items.many",
} as const satisfies Partial<Record<Intl.LDMLPluralRule, StringKey>>;

const pluralRules = new Map<string, Intl.PluralRules>();

/** The month's name in the nominative, as a heading shows it: "January", "Январь". */
export function monthName(t: Translate, month: number): string {
  const key = MONTH_KEYS[month - 1];
  return key === undefined ? String(month) : t(key);
}

/** "1 item", "3 items"; "1 материал", "3 материала", "5 материалов": the plural form the language wants. */
export function itemCount(t: Translate, lang: string, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const category = rules.select(n);
  const key =
    category === "one" || category === "few" || category === "many" ? COUNT_KEYS[category] : undefined;
  return t(key ?? "archive.items.other", { n });
}

/** A month in the archive's navigation; an empty month has nowhere to go, so it has no link. */
export interface ArchiveMonth {
  name: string;
  countText: string;
  href: string | undefined;
  current: boolean;
}

export function presentMonths(
  t: Translate,
  lang: string,
  year: number,
  counts: readonly number[],
  currentMonth?: number,
): ArchiveMonth[] {
  return counts.map((count, i) => {
    const month = i + 1;
    return {
      name: monthName(t, month),
      countText: itemCount(t, lang, count),
      href: count > 0 ? archiveMonthUrl(lang, year, month) : undefined,
      current: month === currentMonth,
    };
  });
}

/** A link to a neighbouring year that has items. */
export interface YearLink {
  year: number;
  href: string;
}

export function yearLink(lang: string, year: number | undefined): YearLink | undefined {
  return year === undefined ? undefined : { year, href: archiveYearUrl(lang, year) };
}
