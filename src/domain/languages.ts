/** A language code as configured, e.g. "en" or "ru". Two lowercase letters (ISO 639-1). */
export type LanguageCode = string;

const LANGUAGE_CODE = /^[a-z]{2}$/;

export function isLanguageCode(value: string): boolean {
  return LANGUAGE_CODE.test(value);
}

/** Whether a string contains mostly Cyrillic letters: how an imported page's language is guessed. */
export function guessLanguage(text: string): "ru" | "en" {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/[\u0400-\u04FF]/.test(ch)) cyrillic++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return cyrillic > latin ? "ru" : "en";
}

/**
 * Picks the best of the site's languages for an Accept-Language header, honouring q-values.
 * Falls back to the default language when nothing matches.
 */
export function negotiateLanguage(
  header: string | undefined,
  available: readonly LanguageCode[],
  fallback: LanguageCode,
): LanguageCode {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0] ?? "";
    if (available.includes(primary)) return primary;
  }
  return fallback;
}
