import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";

/** One stored file, opened for reading. */
export interface StoredObject {
  size: number;
  /** The file's bytes as a web stream, for a response body. */
  stream(): ReadableStream<Uint8Array>;
  /** The whole file in memory, for processing (image variants). */
  bytes(): Promise<Uint8Array>;
}

/**
 * Where media files live. Keys are relative slash-separated names such as `3f…a9.jpg`; a key that could name
 * anything outside the store is refused. Writes are all-or-nothing: a reader never sees half a file.
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** undefined when there is no such file. */
  get(key: string): Promise<StoredObject | undefined>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Refused keys: absolute, with empty, "." or ".." segments, hidden names, backslashes or odd characters. */
export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid media storage key: ${JSON.stringify(key)}`);
    this.name = "InvalidStorageKeyError";
  }
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;

/** Whether a key is safe to use as a path under a storage root. */
export function isValidStorageKey(key: string): boolean {
  if (key.length === 0 || key.length > 512) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment) && segment !== "." && segment !== "..");
}

/**
 * Files under one directory, `<dataDir>/media` by default. Several nodes may share it over a network mount:
 * each write goes to a uniquely named temporary file in the same directory tree and is then renamed into
 * place, which is atomic on one file system.
 */
export class LocalDirectoryStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The absolute path of a key, after checking that it stays inside the root. */
  pathOf(key: string): string {
    if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
    const path = resolve(this.root, ...key.split("/"));
    const rel = relative(this.root, path);
    // The key check already rules this out; the second look guards against a future change to it.
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || rel.split(sep).includes("..")) {
      throw new InvalidStorageKeyError(key);
    }
    return path;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    // Hidden temporary names can never be keys, so a reader cannot ask for a half-written file.
    const temp = join(this.root, ".tmp", `${randomBytes(12).toString("hex")}.part`);
    await mkdir(dirname(temp), { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    try {
      await writeFile(temp, bytes, { flag: "wx" });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | undefined> {
    const path = this.pathOf(key);
    const info = await stat(path).catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    if (!info?.isFile()) return undefined;
    return {
      size: info.size,
      stream: () => webStream(path),
      bytes: async () => new Uint8Array(await readFile(path)),
    };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

function webStream(path: string): ReadableStream<Uint8Array> {
  const nodeStream = createReadStream(path);
  // Node's web stream type and the global one are the same object at run time but distinct declarations.
  const web: unknown = Readable.toWeb(nodeStream);
  if (!(web instanceof ReadableStream)) throw new Error("Readable.toWeb did not return a ReadableStream");
  return web;
}
