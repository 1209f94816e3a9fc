/**
 * Cleans HTML pasted from Word (and similar office programs) before the rich-text editor reads it: Office
 * comments and conditional comments, `<o:p>` and other namespaced tags, style sheets, metadata, inline styles
 * (`mso-*` and every other: the editor keeps none), classes, `<span>` and `<font>` wrappers (keeping bold and
 * italic that Word expresses as styles), and empty paragraphs. The server sanitizes the saved HTML again whatever arrives.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const body = doc.body;
  removeComments(body);
  for (const el of Array.from(body.querySelectorAll("style, meta, link, script, title, xml, template"))) {
    el.remove();
  }
  // Namespaced Office tags (o:p, v:shape, w:sdt…) carry no text worth keeping but spacing.
  for (const el of Array.from(body.getElementsByTagName("*"))) {
    if (el.tagName.includes(":")) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll<HTMLElement>("[style], [class], [lang]"))) {
    const style = el.getAttribute("style") ?? "";
    const bold = /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
    const italic = /font-style\s*:\s*italic/i.test(style);
    // The editor keeps no inline styles at all, so every style goes, mso-* and the rest.
    el.removeAttribute("style");
    el.removeAttribute("class");
    el.removeAttribute("lang");
    if (el.tagName === "SPAN" || el.tagName === "FONT") {
      if (bold) wrapChildren(el, "strong");
      if (italic) wrapChildren(el, "em");
    }
  }
  for (const el of Array.from(body.querySelectorAll("span, font"))) unwrap(el);
  for (const p of Array.from(body.querySelectorAll("p"))) {
    const text = (p.textContent ?? "").replace(/\u00a0/g, " ").trim();
    if (text === "" && !p.querySelector("img")) p.remove();
  }
  return body.innerHTML;
}

function removeComments(root: Node): void {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function wrapChildren(el: Element, tag: "strong" | "em"): void {
  const wrapper = el.ownerDocument.createElement(tag);
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
}
