import { isRecord, type EditorConfig } from "./config.js";

/**
 * Checks a language's address as it is typed (and, while it is empty, shows what the title would give), through
 * GET …/slug-check, and says the result in the field's status line, which screen readers announce politely.
 */
export function setUpSlugCheck(form: HTMLFormElement, config: EditorConfig): void {
  const lang = form.dataset["lang"] ?? "";
  const slug = form.querySelector<HTMLInputElement>("input[data-slug]");
  const title = form.querySelector<HTMLInputElement>('input[name="title"]');
  const status = document.getElementById(`${lang}-slug-status`);
  if (!slug || !title || !status || slug.readOnly || config.slugCheck === "") return;
  const section = document.querySelector<HTMLSelectElement>("#item-section");
  let timer: number | undefined;
  let asked = 0;

  const check = async () => {
    const query = new URLSearchParams({ lang, slug: slug.value.trim(), title: title.value });
    if (section && !section.disabled) query.set("sectionId", section.value);
    const mine = ++asked;
    status.textContent = config.text("editor.slugChecking");
    try {
      const response = await fetch(`${config.slugCheck}?${query}`, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const body: unknown = await response.json();
      if (mine !== asked) return;
      if (!response.ok || !isRecord(body)) throw new Error(String(response.status));
      const suggestion = typeof body["suggestion"] === "string" ? body["suggestion"] : "";
      const keys: Record<string, string> = {
        available: "editor.slugAvailable",
        taken: "editor.slugTaken",
        invalid: "editor.slugInvalid",
        suggested: "editor.slugSuggested",
      };
      const key = typeof body["status"] === "string" ? keys[body["status"]] : undefined;
      status.textContent = key ? config.text(key, { suggestion }) : "";
      status.dataset["state"] = typeof body["status"] === "string" ? body["status"] : "";
      slug.setAttribute("aria-invalid", String(body["status"] === "taken" || body["status"] === "invalid"));
      if (body["status"] === "suggested") slug.placeholder = suggestion;
    } catch {
      if (mine === asked) status.textContent = "";
    }
  };
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void check(), 400);
  };
  slug.addEventListener("input", later);
  title.addEventListener("input", () => {
    if (slug.value.trim() === "") later();
  });
}
