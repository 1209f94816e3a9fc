import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ArchiveError } from "../../src/archive/errors.js";
import { exportArchive } from "../../src/archive/exportArchive.js";
import { importArchive } from "../../src/archive/importArchive.js";
import { TarReader, TarWriter } from "../../src/archive/tar.js";
import { LocalDirectoryStorage } from "../../src/media/storage.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import { buildRichSite, targetState } from "./fixture.js";

/** Rewrites an archive entry by entry, letting `change` replace (or drop, with undefined) each file's bytes. */
function rewrite(
  from: string,
  to: string,
  change: (name: string, bytes: Buffer) => Buffer | undefined,
): void {
  const reader = TarReader.open(from);
  const writer = new TarWriter(to);
  for (const entry of reader.entries.values()) {
    const bytes = change(entry.name, reader.read(entry));
    if (bytes) writer.add(entry.name, bytes);
  }
  writer.finish();
  reader.close();
}

function editManifest(from: string, to: string, edit: (manifest: Record<string, unknown>) => unknown): void {
  rewrite(from, to, (name, bytes) =>
    name === "manifest.json" ? Buffer.from(JSON.stringify(edit(JSON.parse(bytes.toString("utf8"))))) : bytes,
  );
}

describe.each(DIALECTS)("a damaged archive is refused on %s, and the target is left as it was", (dialect) => {
  let source: TestStore;
  let target: TestStore;
  let good: string;
  const media = () => join(target.dataDir, "media");
  const file = (name: string) => join(source.dataDir, name);
  let before: Awaited<ReturnType<typeof targetState>>;

  beforeAll(async () => {
    source = await createTestStore("sqlite");
    await buildRichSite(source.store, join(source.dataDir, "media"));
    good = file("good.tar");
    await exportArchive(
      { store: source.store, storage: new LocalDirectoryStorage(join(source.dataDir, "media")) },
      good,
    );
    target = await createTestStore(dialect);
    before = await targetState(target.store, media());
  }, 120_000);
  afterAll(async () => {
    await source?.destroy();
    await target?.destroy();
  });
  beforeEach(async () => {
    expect(await targetState(target.store, media())).toEqual(before);
  });

  async function expectRefused(archive: string, message: RegExp): Promise<void> {
    const attempt = importArchive(
      { store: target.store, storage: new LocalDirectoryStorage(media()) },
      archive,
    );
    await expect(attempt).rejects.toThrow(ArchiveError);
    await expect(attempt).rejects.toThrow(message);
    expect(await targetState(target.store, media())).toEqual(before);
  }

  it("refuses an archive cut off in the middle of a file", async () => {
    const bytes = readFileSync(good);
    writeFileSync(file("cut.tar"), bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
    await expectRefused(file("cut.tar"), /truncated/);
  });

  it("refuses an archive cut off exactly between two files", async () => {
    const reader = TarReader.open(good);
    const manifest = reader.entries.get("manifest.json");
    reader.close();
    writeFileSync(file("cut-between.tar"), readFileSync(good).subarray(0, (manifest?.offset ?? 0) - 512));
    await expectRefused(
      file("cut-between.tar"),
      /truncated: it ends at byte \d+ without the end-of-archive marker/,
    );
  });

  it("refuses a table file with one byte changed, naming the file", async () => {
    const reader = TarReader.open(good);
    const entry = reader.entries.get("tables/article_translations.ndjson");
    reader.close();
    const bytes = readFileSync(good);
    const at = (entry?.offset ?? 0) + 100;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(file("flipped.tar"), bytes);
    await expectRefused(
      file("flipped.tar"),
      /"tables\/article_translations.ndjson" does not match its SHA-256 checksum/,
    );
  });

  it("refuses a manifest that is not JSON", async () => {
    rewrite(good, file("bad-json.tar"), (name, bytes) =>
      name === "manifest.json" ? Buffer.from('{"format": "pressroom-archive", "version": 1,') : bytes,
    );
    await expectRefused(file("bad-json.tar"), /manifest.json is not valid JSON/);
  });

  it("refuses a format version it does not read, and a manifest missing its checksums", async () => {
    editManifest(good, file("v2.tar"), (m) => ({ ...m, version: 2 }));
    await expectRefused(file("v2.tar"), /format version is 2; this Pressroom reads version 1/);
    editManifest(good, file("no-files.tar"), (m) => ({ ...m, files: undefined }));
    await expectRefused(file("no-files.tar"), /manifest.json is malformed: files:/);
    editManifest(good, file("other.tar"), (m) => ({ ...m, format: "ghost-export" }));
    await expectRefused(file("other.tar"), /not a Pressroom archive/);
  });

  it("refuses an archive missing a file its manifest lists (a media file), and one with no manifest", async () => {
    rewrite(good, file("no-media.tar"), (name, bytes) => (name.startsWith("media/") ? undefined : bytes));
    await expectRefused(
      file("no-media.tar"),
      /the manifest lists "media\/[0-9a-f]{64}\.jpg", which is not in the archive/,
    );
    rewrite(good, file("no-manifest.tar"), (name, bytes) => (name === "manifest.json" ? undefined : bytes));
    await expectRefused(file("no-manifest.tar"), /has no manifest.json/);
  });

  it("refuses row counts that disagree with the manifest even when the checksums were recomputed", async () => {
    editManifest(good, file("rows.tar"), (m) => ({
      ...m,
      tables: (m["tables"] as { name: string; rows: number }[]).map((t) =>
        t.name === "articles" ? { ...t, rows: t.rows + 1 } : t,
      ),
    }));
    await expectRefused(
      file("rows.tar"),
      /"tables\/articles.ndjson" holds \d+ rows but the manifest says \d+/,
    );
  });

  it("refuses a file that is not an archive at all", async () => {
    writeFileSync(file("text.tar"), "This is a note, not an archive.\n".repeat(40));
    await expectRefused(file("text.tar"), /damaged: the header at byte 0 fails its checksum/);
    await expectRefused(file("nowhere.tar"), /there is no such file/);
  });

  it("imports the good archive, then refuses to import it again into the now non-empty database", async () => {
    const storage = new LocalDirectoryStorage(media());
    const imported = await importArchive({ store: target.store, storage }, good);
    expect(imported.rows).toBeGreaterThan(100);
    const after = await targetState(target.store, media());
    const again = importArchive({ store: target.store, storage }, good);
    await expect(again).rejects.toThrow(/the target database is not empty \(users: \d+, sections: \d+/);
    expect(await targetState(target.store, media())).toEqual(after);
    before = after; // the beforeEach check holds from here on
  });
});
