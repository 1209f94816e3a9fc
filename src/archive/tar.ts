import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { ArchiveError } from "./errors.js";

/**
 * A minimal POSIX ustar writer and reader: regular files only, which is all an export holds. Any `tar` reads what
 * this writes (`tar -tvf export.tar`), and the reader is strict so that a damaged or cut-off archive is named as
 * such instead of being half read.
 */

const BLOCK = 512;
/** Every entry gets the same time and owner, so that the same content always makes the same bytes. */
const FIXED_MTIME = 0;

export class TarWriter {
  private readonly fd: number;
  private closed = false;

  /** Creates (or truncates) `file`, readable by its owner only: exports hold password hashes. */
  constructor(file: string) {
    this.fd = openSync(file, "w", 0o600);
  }

  add(name: string, bytes: Uint8Array): void {
    writeSync(this.fd, header(name, bytes.byteLength));
    if (bytes.byteLength > 0) writeSync(this.fd, bytes);
    const padding = paddingOf(bytes.byteLength);
    if (padding > 0) writeSync(this.fd, new Uint8Array(padding));
  }

  /** Writes the end-of-archive marker (two zero blocks) and closes the file. */
  finish(): void {
    writeSync(this.fd, new Uint8Array(BLOCK * 2));
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

function paddingOf(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function header(path: string, size: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const { name, prefix } = splitPath(path);
  const put = (text: string, at: number, length: number): void => {
    const bytes = Buffer.from(text, "utf8");
    if (bytes.byteLength > length) throw new Error(`tar field too long: ${text}`);
    block.set(bytes, at);
  };
  const octal = (value: number, length: number): string => value.toString(8).padStart(length - 1, "0");
  put(name, 0, 100);
  put(octal(0o600, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(FIXED_MTIME, 12), 136, 12);
  put("        ", 148, 8); // the checksum is computed with its own field as spaces
  put("0", 156, 1);
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  put(prefix, 345, 155);
  put(`${octal(checksumOf(block), 7)}\0`, 148, 8);
  return block;
}

/** ustar keeps long paths as prefix + "/" + name, split at a slash. */
function splitPath(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: "" };
  for (let cut = path.indexOf("/"); cut !== -1; cut = path.indexOf("/", cut + 1)) {
    const prefix = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`path too long for a tar entry: ${path}`);
}

function checksumOf(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum;
}

/** One file in an archive: where its bytes start and how many there are. */
export interface TarEntry {
  name: string;
  size: number;
  offset: number;
}

/** An archive opened for reading: its entries, found by reading headers only, and their contents on demand. */
export class TarReader {
  private readonly fd: number;
  readonly entries: ReadonlyMap<string, TarEntry>;

  private constructor(fd: number, entries: Map<string, TarEntry>) {
    this.fd = fd;
    this.entries = entries;
  }

  /** Opens and indexes `file`; refuses one that is cut short, has a damaged header or holds anything but files. */
  static open(file: string): TarReader {
    let fd: number;
    try {
      fd = openSync(file, "r");
    } catch (error) {
      const reason =
        error instanceof Error && "code" in error && error.code === "ENOENT"
          ? "there is no such file"
          : String(error);
      throw new ArchiveError(`cannot open ${file}: ${reason}`);
    }
    try {
      return new TarReader(fd, indexEntries(fd, fstatSync(fd).size));
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  read(entry: TarEntry): Buffer {
    const buffer = Buffer.alloc(entry.size);
    readFully(this.fd, buffer, entry.offset);
    return buffer;
  }

  /** SHA-256 of an entry, read in pieces so that a large media file need not fit in memory at once. */
  sha256(entry: TarEntry): string {
    const hash = createHash("sha256");
    const chunk = Buffer.alloc(1024 * 1024);
    for (let done = 0; done < entry.size;) {
      const length = Math.min(chunk.byteLength, entry.size - done);
      readFully(this.fd, chunk.subarray(0, length), entry.offset + done);
      hash.update(chunk.subarray(0, length));
      done += length;
    }
    return hash.digest("hex");
  }

  close(): void {
    closeSync(this.fd);
  }
}

function readFully(fd: number, target: Buffer, position: number): void {
  for (let done = 0; done < target.byteLength;) {
    const read = readSync(fd, target, done, target.byteLength - done, position + done);
    if (read === 0) throw new ArchiveError("the archive is truncated: it ends in the middle of a file");
    done += read;
  }
}

function indexEntries(fd: number, fileSize: number): Map<string, TarEntry> {
  const entries = new Map<string, TarEntry>();
  const block = Buffer.alloc(BLOCK);
  for (let at = 0; ;) {
    if (at + BLOCK > fileSize) {
      throw new ArchiveError(
        `the archive is truncated: it ends at byte ${fileSize} without the end-of-archive marker`,
      );
    }
    readFully(fd, block, at);
    if (block.every((byte) => byte === 0)) return entries;
    const stored = parseOctal(block.subarray(148, 156));
    if (stored !== checksumOf(block)) {
      throw new ArchiveError(`the archive is damaged: the header at byte ${at} fails its checksum`);
    }
    const name = joinPath(text(block.subarray(345, 500)), text(block.subarray(0, 100)));
    const type = String.fromCharCode(block[156] ?? 0);
    if (type !== "0" && type !== "\0") {
      throw new ArchiveError(`the archive holds "${name}", which is not a plain file`);
    }
    const size = parseOctal(block.subarray(124, 136));
    if (!Number.isSafeInteger(size))
      throw new ArchiveError(`the archive is damaged: "${name}" has no valid size`);
    const offset = at + BLOCK;
    if (offset + size > fileSize) {
      throw new ArchiveError(
        `the archive is truncated: "${name}" needs ${size} bytes but only ${fileSize - offset} remain`,
      );
    }
    if (entries.has(name)) throw new ArchiveError(`the archive holds "${name}" twice`);
    entries.set(name, { name, size, offset });
    at = offset + size + paddingOf(size);
  }
}

function text(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.byteLength : end).toString("utf8");
}

function joinPath(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}/${name}`;
}

function parseOctal(field: Buffer): number {
  const digits = text(field).trim();
  if (!/^[0-7]+$/.test(digits)) return Number.NaN;
  return Number.parseInt(digits, 8);
}
