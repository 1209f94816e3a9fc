import { isRecord, type EditorConfig } from "./config.js";
import type { RichText } from "./richText.js";

/** A version of a language's text, as a conflict shows it. */
export interface TextVersion {
  title?: string | undefined;
  slug?: string | undefined;
  lead?: string | undefined;
  place?: string | undefined;
  bodyHtml?: string | undefined;
}

const FIELDS = ["title", "slug", "lead", "place", "bodyHtml"] as const;

/** A text version from JSON, keeping only string fields. */
export function textVersion(value: unknown): TextVersion {
  const version: TextVersion = {};
  if (!isRecord(value)) return version;
  for (const key of FIELDS) {
    const field = value[key];
    if (typeof field === "string") version[key] = field;
    else if (field === null && key === "place") version[key] = "";
  }
  return version;
}

/** Puts a version's text into a language's form, as if loaded so (it does not count as the member's change). */
export function fillForm(form: HTMLFormElement, version: TextVersion, rich: RichText | undefined): void {
  for (const key of ["title", "slug", "lead", "place"] as const) {
    const value = version[key];
    const field = form.elements.namedItem(key);
    if (value !== undefined && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
      field.value = value;
    }
  }
  if (version.bodyHtml !== undefined) {
    const body = form.elements.namedItem("bodyHtml");
    if (rich) rich.setHtml(version.bodyHtml);
    else if (body instanceof HTMLTextAreaElement) body.value = version.bodyHtml;
  }
}

/**
 * Shows, above a language's form, someone else's save beside the text the autosave sent, and offers to take
 * theirs or to keep one's own (which then saves over theirs, knowingly).
 */
export function showConflict(
  form: HTMLFormElement,
  config: EditorConfig,
  details: { theirs: TextVersion; yours: TextVersion; theirsHeading: string },
  choose: (choice: "theirs" | "mine") => void,
): void {
  const lang = form.dataset["lang"] ?? "";
  document.getElementById(`conflict-${lang}`)?.remove();
  const panel = el("section", "conflict notice notice--error");
  panel.id = `conflict-${lang}`;
  panel.setAttribute("aria-labelledby", `conflict-${lang}-title`);
  const title = el("h3", "notice__title", config.text("editor.conflict.title"));
  title.id = `conflict-${lang}-title`;
  const versions = el("div", "conflict__versions");
  versions.append(
    versionBlock(config, lang, details.theirsHeading, details.theirs),
    versionBlock(config, lang, config.text("editor.conflict.yours"), details.yours),
  );
  const actions = el("p", "conflict__actions");
  const theirs = el("button", "button button--secondary", config.text("editor.conflict.useTheirs"));
  const mine = el("button", "button", config.text("editor.conflict.keepMine"));
  for (const [button, choice] of [
    [theirs, "theirs"],
    [mine, "mine"],
  ] as const) {
    button.setAttribute("type", "button");
    button.addEventListener("click", () => {
      panel.remove();
      choose(choice);
    });
  }
  actions.append(theirs, " ", mine);
  panel.append(title, el("p", "", config.text("editor.conflict.intro")), versions, actions);
  form.before(panel);
}

function versionBlock(config: EditorConfig, lang: string, heading: string, text: TextVersion): HTMLElement {
  const block = el("div", "conflict__version");
  block.append(el("h4", "", heading));
  const list = el("dl", "");
  const labels: Record<(typeof FIELDS)[number], string> = {
    title: "editor.fieldTitle",
    slug: "editor.slug",
    lead: "editor.lead",
    place: "editor.place",
    bodyHtml: "editor.body",
  };
  for (const key of FIELDS) {
    list.append(el("dt", "", config.text(labels[key])));
    const value = text[key];
    const dd = el("dd", key === "bodyHtml" ? "conflict__body" : "");
    if (key !== "slug") dd.lang = lang;
    if (value === undefined) dd.append(el("span", "muted", config.text("editor.conflict.unchanged")));
    else if (key === "bodyHtml") dd.append(...safeFragment(value));
    else dd.textContent = value;
    list.append(dd);
  }
  block.append(list);
  return block;
}

/** The server's sanitized HTML as nodes; anything active is dropped all the same. */
function safeFragment(html: string): Node[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const node of Array.from(doc.body.querySelectorAll("script, style, iframe, object, embed")))
    node.remove();
  for (const node of Array.from(doc.body.querySelectorAll("*"))) {
    for (const attr of Array.from(node.attributes)) {
      if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) node.removeAttribute(attr.name);
    }
  }
  return Array.from(doc.body.childNodes).map((n) => document.importNode(n, true));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
