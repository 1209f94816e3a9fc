import { zipEntryNames } from "./zip.js";

/** What an upload may become: an image shown in articles, or a document listed for download. */
export type MediaKind = "image" | "attachment";

/** A file type Pressroom accepts, decided by content, never by the file's name. */
export interface MediaType {
  kind: MediaKind;
  /** Short name used in keys and messages: "jpeg", "pdf" … */
  id: "jpeg" | "png" | "webp" | "gif" | "avif" | "pdf" | "docx";
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
  /** For messages: "a JPEG image". */
  description: string;
}

export const MEDIA_TYPES = {
  jpeg: {
    kind: "image",
    id: "jpeg",
    contentType: "image/jpeg",
    extension: "jpg",
    description: "a JPEG image",
  },
  png: { kind: "image", id: "png", contentType: "image/png", extension: "png", description: "a PNG image" },
  webp: {
    kind: "image",
    id: "webp",
    contentType: "image/webp",
    extension: "webp",
    description: "a WebP image",
  },
  gif: { kind: "image", id: "gif", contentType: "image/gif", extension: "gif", description: "a GIF image" },
  avif: {
    kind: "image",
    id: "avif",
    contentType: "image/avif",
    extension: "avif",
    description: "an AVIF image",
  },
  pdf: {
    kind: "attachment",
    id: "pdf",
    contentType: "application/pdf",
    extension: "pdf",
    description: "a PDF document",
  },
  docx: {
    kind: "attachment",
    id: "docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    description: "a Word (DOCX) document",
  },
} as const satisfies Record<MediaType["id"], MediaType>;

/** The accepted type with this content type, if any. */
export function mediaTypeByContentType(contentType: string): MediaType | undefined {
  return Object.values(MEDIA_TYPES).find((t) => t.contentType === contentType);
}

/** Accepted, with its type; or refused, with what the content looked like, for the message. */
export type SniffResult = { ok: true; type: MediaType } | { ok: false; looksLike: string };

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/**
 * Decides what a file is by its first bytes (and, for ZIP files, by the names in their central directory).
 * The name and the browser's claimed type are never trusted: a text file renamed `.jpg` is text.
 */
export function sniffMedia(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, looksLike: "an empty file" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: MEDIA_TYPES.jpeg };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { ok: true, type: MEDIA_TYPES.png };
  }
  const head = ascii(bytes, 0, 16);
  if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) return { ok: true, type: MEDIA_TYPES.gif };
  if (head.startsWith("RIFF") && ascii(bytes, 8, 12) === "WEBP") return { ok: true, type: MEDIA_TYPES.webp };
  if (ascii(bytes, 4, 8) === "ftyp") return sniffIsoMedia(bytes);
  if (head.startsWith("%PDF-")) {
    // A PDF ends with %%EOF (some writers add a little after it); without it the upload was cut short.
    const tail = ascii(bytes, Math.max(0, bytes.length - 2048), bytes.length);
    return tail.includes("%%EOF")
      ? { ok: true, type: MEDIA_TYPES.pdf }
      : { ok: false, looksLike: "a damaged or incomplete PDF (it has no end-of-file marker)" };
  }
  if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) return sniffZip(bytes);
  return { ok: false, looksLike: describeRefused(bytes) };
}

/** AVIF is accepted; HEIC (iPhone photos) is not, since browsers cannot show it. */
function sniffIsoMedia(bytes: Uint8Array): SniffResult {
  const boxSize =
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(bytes.length, Math.max(16, boxSize));
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.includes("avif") || brands.includes("avis")) return { ok: true, type: MEDIA_TYPES.avif };
  if (brands.some((b) => ["heic", "heix", "hevc", "heim", "heis", "mif1"].includes(b))) {
    return { ok: false, looksLike: "a HEIC image, which browsers cannot show (save it as JPEG)" };
  }
  return { ok: false, looksLike: "a video or other media file" };
}

function sniffZip(bytes: Uint8Array): SniffResult {
  const names = zipEntryNames(bytes);
  if (names === undefined) return { ok: false, looksLike: "a damaged ZIP archive" };
  const isWord = names.includes("[Content_Types].xml") && names.some((n) => n.startsWith("word/"));
  if (!isWord) return { ok: false, looksLike: "a ZIP archive that is not a Word document" };
  if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) {
    return { ok: false, looksLike: "a Word document with macros (DOCM), which is not accepted" };
  }
  return { ok: true, type: MEDIA_TYPES.docx };
}

/** A plain-words guess at a refused file, so that the message says what was actually sent. */
function describeRefused(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 8);
  if (head.startsWith("MZ")) return "a Windows program";
  if (head.startsWith("\x7fELF")) return "a Linux program";
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(readUint32BE(bytes))) {
    return "a macOS program or Java class";
  }
  if (head.startsWith("#!")) return "a script";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return "an old-format Office file (.doc, .xls), or an encrypted one (save it as DOCX or PDF)";
  }
  if (head.startsWith("II*\0") || head.startsWith("MM\0*")) return "a TIFF image, which browsers cannot show";
  if (head.startsWith("BM")) return "a BMP image, which is not accepted (save it as PNG)";
  const text = decodeText(bytes.subarray(0, 4096));
  if (text === undefined) return "a file of an unrecognised type";
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 256)
    .toLowerCase();
  if (/^<svg[\s>]/.test(start) || (start.startsWith("<?xml") && start.includes("<svg"))) {
    return "an SVG image, which is not accepted because it can carry scripts";
  }
  if (/^<(!doctype html|html|head|body|script|iframe|meta|div|p|a|!--)[\s>]/.test(start)) {
    return "an HTML document";
  }
  if (start.startsWith("<?xml")) return "an XML document";
  return "plain text";
}

function readUint32BE(bytes: Uint8Array): number {
  if (bytes.length < 4) return -1;
  return (((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0;
}

/** The text of a chunk when it is UTF-8 without control bytes (a cut-off last character is allowed). */
function decodeText(chunk: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(chunk, { stream: true });
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- looking for binary bytes is the point
  return /[\x00-\x08\x0e-\x1f]/.test(text) ? undefined : text;
}
