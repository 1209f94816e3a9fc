import { translator, type StringKey } from "../i18n/strings.js";

const UNITS: readonly StringKey[] = ["size.bytes", "size.kb", "size.mb", "size.gb"];

/**
 * A file size for people, in the reader's language: "1.2 MB", "1,2 МБ", "840 KB". Binary multiples (1 MB is
 * 1,048,576 bytes), as file managers show them, so a limit of 10 MB reads as "10 MB".
 */
export function formatFileSize(bytes: number, lang: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
  return translator(lang)(UNITS[unit] ?? "size.bytes", { n });
}
