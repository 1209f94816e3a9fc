import { slugify } from "transliteration";

/** Longest slug we suggest; old imported slugs may be longer and are kept as given. */
export const SUGGESTED_SLUG_MAX = 80;

/** A slug may hold letters, digits, "-", "_" and "."; old sites used all of them. No slashes, no spaces. */
const SLUG = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= 255 && SLUG.test(value);
}

/**
 * Suggests a slug from a title in any language, transliterating Cyrillic ("Миссия ОДКБ" → "missiya-odkb").
 * It is cut at a word boundary so that long official titles still give readable URLs.
 */
export function suggestSlug(title: string, maxLength = SUGGESTED_SLUG_MAX): string {
  const full = slugify(
    title.replace(/[ёЁ]/g, (ch) => (ch === "ё" ? "е" : "Е")),
    {
      lowercase: true,
      separator: "-",
      trim: true,
    },
  )
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  if (full.length <= maxLength) return full || "item";
  const cut = full.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 20 ? cut.slice(0, lastDash) : full.slice(0, maxLength)).replace(/-$/, "");
}

/** Adds "-2", "-3"… until `isFree` accepts the slug. */
export function uniqueSlug(base: string, isFree: (candidate: string) => boolean): string {
  if (isFree(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (isFree(candidate)) return candidate;
  }
}
