import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InvalidStorageKeyError, LocalDirectoryStorage } from "../../src/media/storage.js";

let dir: string;
let storage: LocalDirectoryStorage;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pressroom-storage-"));
  storage = new LocalDirectoryStorage(join(dir, "media"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the local directory storage", () => {
  it("stores, reads as bytes and as a stream, and deletes", async () => {
    expect(await storage.exists("a1.pdf")).toBe(false);
    expect(await storage.get("a1.pdf")).toBeUndefined();
    await storage.put("a1.pdf", bytes("hello"));
    expect(await storage.exists("a1.pdf")).toBe(true);
    const object = await storage.get("a1.pdf");
    expect(object?.size).toBe(5);
    expect(new TextDecoder().decode(await object?.bytes())).toBe("hello");
    expect(await new Response(object?.stream()).text()).toBe("hello");
    await storage.delete("a1.pdf");
    await storage.delete("a1.pdf"); // deleting twice is fine
    expect(await storage.exists("a1.pdf")).toBe(false);
  });

  it("writes through a temporary file and leaves none behind, even when writers race", async () => {
    const contents = Array.from({ length: 8 }, (_, i) => String(i).repeat(100_000));
    await Promise.all(contents.map((c) => storage.put("same.jpg", bytes(c))));
    const stored = new TextDecoder().decode(await (await storage.get("same.jpg"))?.bytes());
    expect(contents).toContain(stored);
    expect(readdirSync(join(dir, "media", ".tmp"))).toEqual([]);
    expect(readdirSync(join(dir, "media"))).toEqual([".tmp", "same.jpg"]);
  });

  it("keeps nested keys inside the root", async () => {
    await storage.put("ab/cd/ef.webp", bytes("x"));
    expect(existsSync(join(dir, "media", "ab", "cd", "ef.webp"))).toBe(true);
  });

  it.each([
    "../escape.txt",
    "a/../../escape.txt",
    "..",
    ".",
    "/etc/passwd",
    "a//b",
    "a/",
    "",
    ".hidden",
    ".tmp/x.part",
    "a\\..\\..\\escape.txt",
    "..%2fescape.txt",
    "name with space.jpg",
    "nul\0byte.jpg",
    "ünïcode.jpg",
  ])("refuses the key %j for every operation and writes nothing", async (key) => {
    await expect(storage.put(key, bytes("x"))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
