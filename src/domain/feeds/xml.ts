/**
 * Characters XML 1.0 does not allow anywhere, not even escaped: C0 controls other than tab, line feed and
 * carriage return, unpaired surrogates, and U+FFFE/U+FFFF. A stray one from a pasted text would make the whole
 * feed unreadable, so they are dropped.
 */
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML 1.0 forbids them.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "");
}

/** Text for XML element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return stripForbiddenXmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A CDATA section holding any text: a "]]>" inside is split across two sections so that it cannot end it early. */
export function cdata(text: string): string {
  return `<![CDATA[${stripForbiddenXmlChars(text).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/** An element with escaped text content and escaped attributes. */
export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  return `<${name}${attributesOf(attributes)}>${escapeXml(text)}</${name}>`;
}

/** An empty element with escaped attributes. */
export function emptyElement(name: string, attributes: Record<string, string>): string {
  return `<${name}${attributesOf(attributes)}/>`;
}

function attributesOf(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
}
