/**
 * The back office's script, bundled into public/admin.js. On the editor page it turns each language's body into
 * a rich-text editor, checks addresses as they are typed, saves drafts as they are written, and lets a member take
 * the other version after a conflict. Every page works without it.
 */
import { setUpAutosave } from "./autosave.js";
import { setUpCopyButtons } from "./copyButtons.js";
import { readConfig, type EditorConfig } from "./config.js";
import { fillForm, textVersion } from "./conflict.js";
import { shareDetails } from "./details.js";
import { mountRichText, type RichText } from "./richText.js";
import { setUpSlugCheck } from "./slugCheck.js";

function start(): void {
  setUpCopyButtons();
  const root = document.getElementById("editor");
  if (!root) return;
  const config = readConfig(root);
  const forms = Array.from(
    root.querySelectorAll<HTMLFormElement>('form.translation-form[data-editable="yes"]'),
  );
  for (const form of forms) {
    const lang = form.dataset["lang"] ?? "";
    const heading = document.getElementById(`${lang}-heading`);
    const language = heading?.firstChild?.textContent?.trim() || lang;
    const textarea = form.querySelector<HTMLTextAreaElement>("textarea[data-rich-text]");
    const rich = textarea ? mountRichText(textarea, config, language) : undefined;
    setUpSlugCheck(form, config);
    const panel = document.querySelector<HTMLElement>(`[data-conflict="${lang}"]`);
    const autosave = setUpAutosave(form, config, rich, { paused: panel !== null });
    if (panel) wireServerConflict(form, panel, config, rich, autosave.resume);
    for (const hint of Array.from(form.querySelectorAll<HTMLElement>("[data-save-hint]")))
      hint.hidden = false;
  }
  shareDetails(forms);
}

/**
 * The conflict panel of a page shown again after a refused save. Its buttons need the script: take their version
 * into the form, or save one's own over it (the form holds it, based on their version). The autosave waits until
 * one is chosen.
 */
function wireServerConflict(
  form: HTMLFormElement,
  panel: HTMLElement,
  config: EditorConfig,
  rich: RichText | undefined,
  resume: () => void,
): void {
  let theirs: unknown;
  try {
    theirs = JSON.parse(panel.dataset["theirs"] ?? "{}");
  } catch {
    theirs = {};
  }
  const useTheirs = panel.querySelector<HTMLButtonElement>("[data-use-theirs]");
  const keepMine = panel.querySelector<HTMLButtonElement>("[data-keep-mine]");
  if (useTheirs) {
    useTheirs.hidden = false;
    useTheirs.addEventListener("click", () => {
      fillForm(form, textVersion(theirs), rich);
      panel.remove();
      resume();
      const status = form.querySelector<HTMLElement>("[data-status]");
      if (status) status.textContent = config.text("editor.conflict.tookTheirs");
      form.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
    });
  }
  if (keepMine) {
    keepMine.hidden = false;
    keepMine.addEventListener("click", () => form.requestSubmit());
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
