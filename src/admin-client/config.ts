/** The editor page's settings and interface strings, rendered by the server into `#editor[data-config]`. */
export interface EditorConfig {
  timeZone: string;
  lang: string;
  /** GET address of the slug check: ?lang=&slug=&title=&sectionId= */
  slugCheck: string;
  text(key: string, params?: Record<string, string | number>): string;
}

export function readConfig(root: HTMLElement): EditorConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(root.dataset["config"] ?? "{}");
  } catch {
    raw = {};
  }
  const record = isRecord(raw) ? raw : {};
  const strings = isRecord(record["strings"]) ? record["strings"] : {};
  const str = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
  return {
    timeZone: str(record["timeZone"], "UTC"),
    lang: str(record["lang"], "en"),
    slugCheck: str(record["slugCheck"], ""),
    text(key, params) {
      const template = str(strings[key], key);
      return template.replace(/\{(\w+)\}/g, (match, name: string) =>
        params && name in params ? String(params[name]) : match,
      );
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The CSRF token that unsafe fetch() requests send in the X-CSRF-Token header. */
export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? "";
}
