import sanitizeHtml from "sanitize-html";

/**
 * The allow-list for article bodies. Anything else (scripts, styles, event handlers, iframes, forms) is removed on
 * the server, whatever the editor or importer sent.
 */
const bodyPolicy: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "small",
    "mark",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "q",
    "cite",
    "abbr",
    "figure",
    "figcaption",
    "img",
    "hr",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "pre",
    "code",
  ],
  allowedAttributes: {
    a: ["href", "title", "hreflang", "lang", "rel"],
    img: ["src", "alt", "width", "height", "title"],
    abbr: ["title"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    "*": ["lang"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    // Links that leave the site must not hand it the opener.
    a: (tagName, attribs) => {
      const href = attribs["href"] ?? "";
      const external = /^https?:\/\//i.test(href);
      return { tagName, attribs: external ? { ...attribs, rel: "noopener noreferrer" } : attribs };
    },
    b: "strong",
    i: "em",
  },
  allowedClasses: {},
  exclusiveFilter: (frame) => frame.tag === "p" && frame.text.trim() === "" && !frame.mediaChildren.length,
};

/** Cleans body HTML against the allow-list. Safe to run twice: the result is stable. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, bodyPolicy).trim();
}

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Turns plain paragraphs (as an importer finds them) into body HTML. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
}

/** Plain text of body HTML, for teasers and search. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
