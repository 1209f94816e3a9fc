import { Editor, Extension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import type { EditorConfig } from "./config.js";
import { cleanPastedHtml } from "./pasteClean.js";

/** A mounted rich-text editor, which keeps its text area (still the form's field) in step. */
export interface RichText {
  /** Replaces the text without counting as the member's change. */
  setHtml(html: string): void;
  focus(): void;
}

interface Tool {
  key: string;
  /** For aria-keyshortcuts. */
  shortcut: string;
  run(editor: Editor): void;
  /** Tools that switch something on and off show it with aria-pressed. */
  active?(editor: Editor): boolean;
}

const TOOLS: Tool[] = [
  {
    key: "bold",
    shortcut: "Control+B",
    run: (e) => e.chain().focus().toggleBold().run(),
    active: (e) => e.isActive("bold"),
  },
  {
    key: "italic",
    shortcut: "Control+I",
    run: (e) => e.chain().focus().toggleItalic().run(),
    active: (e) => e.isActive("italic"),
  },
  {
    key: "heading",
    shortcut: "Control+Alt+2",
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (e) => e.isActive("heading", { level: 2 }),
  },
  {
    key: "bulletList",
    shortcut: "Control+Shift+8",
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive("bulletList"),
  },
  {
    key: "orderedList",
    shortcut: "Control+Shift+7",
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive("orderedList"),
  },
  {
    key: "blockquote",
    shortcut: "Control+Shift+B",
    run: (e) => e.chain().focus().toggleBlockquote().run(),
    active: (e) => e.isActive("blockquote"),
  },
  { key: "link", shortcut: "Control+K", run: (e) => editLink(e), active: (e) => e.isActive("link") },
  { key: "undo", shortcut: "Control+Z", run: (e) => e.chain().focus().undo().run() },
  { key: "redo", shortcut: "Control+Shift+Z", run: (e) => e.chain().focus().redo().run() },
];

let linkPrompt = "Link";

/** Asks for a link's address: an empty answer removes the link; only web, mail and phone links are kept. */
function editLink(editor: Editor): void {
  const current = editor.getAttributes("link")["href"];
  const answer = window.prompt(linkPrompt, typeof current === "string" ? current : "https://");
  if (answer === null) {
    editor.commands.focus();
    return;
  }
  const href = answer.trim();
  if (href === "" || href === "https://") {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
  } else if (/^(https?:|mailto:|tel:|\/)/i.test(href)) {
    editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
  } else {
    editor
      .chain()
      .focus()
      .extendMarkRange("link")
      .setLink({ href: `https://${href}` })
      .run();
  }
}

/** Ctrl+K (⌘K) edits the link, like the toolbar's Link button. */
const LinkShortcut = Extension.create({
  name: "linkShortcut",
  addKeyboardShortcuts() {
    return {
      "Mod-k": () => {
        editLink(this.editor);
        return true;
      },
    };
  },
});

/**
 * Puts a TipTap editor (StarterKit with links) in place of a body text area. The text area stays in the form,
 * hidden, and gets the editor's HTML on every change (with an `input` event, which the autosave listens to).
 * The editable element is a labelled multi-line text box; the toolbar is one tab stop whose buttons the arrow
 * keys move between, each with aria-pressed where it switches something on or off.
 */
export function mountRichText(
  textarea: HTMLTextAreaElement,
  config: EditorConfig,
  language: string,
): RichText {
  linkPrompt = config.text("editor.linkPrompt");
  const label = document.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`);
  const labelText = `${label?.textContent?.trim() ?? config.text("editor.body")} (${language})`;
  const wrapper = document.createElement("div");
  wrapper.className = "rich-text";
  const toolbar = document.createElement("div");
  toolbar.className = "rich-text__toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", config.text("editor.toolbar", { language }));
  const host = document.createElement("div");
  host.className = "rich-text__host";
  wrapper.append(toolbar, host);
  textarea.after(wrapper);
  textarea.hidden = true;

  let quiet = false;
  const attributes: Record<string, string> = {
    class: "rich-text__content",
    "aria-multiline": "true",
    "aria-label": labelText,
    id: `${textarea.id}-editor`,
    spellcheck: "true",
  };
  if (textarea.lang) attributes["lang"] = textarea.lang;
  const describedBy = textarea.getAttribute("aria-describedby");
  if (describedBy) attributes["aria-describedby"] = describedBy;

  const editor = new Editor({
    element: host,
    injectCSS: false,
    content: textarea.value,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ["mailto", "tel"],
          HTMLAttributes: { target: null, rel: null },
        },
      }),
      LinkShortcut,
    ],
    editorProps: { attributes, transformPastedHTML: cleanPastedHtml },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? "" : e.getHTML();
      if (!quiet) textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
    onTransaction: () => updateToolbar(),
  });

  const buttons = TOOLS.map((tool, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `rich-text__tool rich-text__tool--${tool.key}`;
    button.textContent = config.text(`editor.tool.${tool.key}`);
    button.setAttribute("aria-keyshortcuts", tool.shortcut);
    button.title = `${button.textContent} (${tool.shortcut.replace("Control", "Ctrl")})`;
    button.tabIndex = index === 0 ? 0 : -1;
    if (tool.active) button.setAttribute("aria-pressed", "false");
    // Keeps the selection in the text when the button is clicked with a mouse.
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => tool.run(editor));
    toolbar.append(button);
    return button;
  });

  toolbar.addEventListener("keydown", (event) => {
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    const to =
      event.key === "ArrowRight"
        ? (at + 1) % buttons.length
        : event.key === "ArrowLeft"
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? buttons.length - 1
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    buttons.forEach((b, i) => (b.tabIndex = i === to ? 0 : -1));
    buttons[to]?.focus();
  });

  function updateToolbar(): void {
    TOOLS.forEach((tool, i) => {
      if (tool.active) buttons[i]?.setAttribute("aria-pressed", String(tool.active(editor)));
    });
  }
  updateToolbar();

  // The field's label now names the editor: clicking it puts the cursor in the text.
  label?.addEventListener("click", (event) => {
    event.preventDefault();
    editor.commands.focus();
  });

  return {
    setHtml(html: string) {
      quiet = true;
      editor.commands.setContent(html);
      textarea.value = html;
      quiet = false;
    },
    focus() {
      editor.commands.focus();
    },
  };
}
