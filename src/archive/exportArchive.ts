import { createHash } from "node:crypto";
import { renameSync, rmSync, statSync } from "node:fs";
import { sql, type Kysely } from "kysely";
import { isoNow, type Clock } from "../lib/clock.js";
import type { MediaStorage } from "../media/storage.js";
import type { Store } from "../store/database.js";
import type { Database } from "../store/schema.js";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, MANIFEST_NAME, type Manifest } from "./manifest.js";
import { tableFileText } from "./rows.js";
import { latestSchema } from "./schemaVersion.js";
import { ARCHIVED_TABLES, isSkippedTable, skipReason } from "./tables.js";
import { TarWriter } from "./tar.js";

export interface ExportResult {
  file: string;
  bytes: number;
  rows: number;
  tables: number;
  mediaFiles: number;
  /** Tables found in the database that this version does not know, left out. */
  unknownTables: string[];
  /** Media rows whose file was not in storage, left out. */
  missingMedia: string[];
}

/** Where a table's rows go inside the archive. */
export function tableFileName(table: string): string {
  return `tables/${table}.ndjson`;
}

/** Where a media file goes inside the archive. */
export function mediaFileName(key: string): string {
  return `media/${key}`;
}

/**
 * Writes the portable archive: every archived table as one NDJSON file, every media file, and a manifest with
 * sizes, SHA-256 sums and row counts. Rows are read from one consistent snapshot, so an export taken while the
 * site is serving is a state the site really was in. The archive is written under a temporary name and renamed
 * into place, so a failed export never leaves something that looks like a finished one.
 */
export async function exportArchive(
  deps: { store: Store; storage: MediaStorage; clock?: Clock | undefined },
  outFile: string,
): Promise<ExportResult> {
  const { store, storage } = deps;
  const present = await listTables(store);
  const unknownTables = present.filter(
    (name) => !isSkippedTable(name) && !ARCHIVED_TABLES.some((t) => t.name === name),
  );
  const tables = await readAllTables(store);

  const partial = `${outFile}.partial`;
  const writer = new TarWriter(partial);
  const files: Manifest["files"] = [];
  const add = (path: string, bytes: Uint8Array): void => {
    writer.add(path, bytes);
    files.push({ path, size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
  };
  const missingMedia: string[] = [];
  try {
    for (const { name, text } of tables) add(tableFileName(name), Buffer.from(text, "utf8"));
    for (const key of mediaKeys(tables)) {
      const stored = await storage.get(key);
      if (stored) add(mediaFileName(key), await stored.bytes());
      else missingMedia.push(key);
    }
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      created_at: isoNow(deps.clock),
      source: { dialect: store.dialect, schema: latestSchema(store.dialect) },
      tables: tables.map(({ name, rows }) => ({ name, file: tableFileName(name), rows: rows.length })),
      files,
      skipped_tables: present
        .filter((name) => isSkippedTable(name) || unknownTables.includes(name))
        .map((name) => ({
          name,
          reason: unknownTables.includes(name)
            ? "not known to this version of the archive format"
            : skipReason(name),
        })),
      missing_media: missingMedia,
    };
    writer.add(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8"));
    writer.finish();
    renameSync(partial, outFile);
  } catch (error) {
    writer.close();
    rmSync(partial, { force: true });
    throw error;
  }
  return {
    file: outFile,
    bytes: statSync(outFile).size,
    rows: tables.reduce((sum, t) => sum + t.rows.length, 0),
    tables: tables.length,
    mediaFiles: files.filter((f) => f.path.startsWith("media/")).length,
    unknownTables,
    missingMedia,
  };
}

interface TableContent {
  name: string;
  rows: Record<string, unknown>[];
  text: string;
}

/** Reads every archived table in one transaction: a repeatable-read snapshot on PostgreSQL, one read on SQLite. */
async function readAllTables(store: Store): Promise<TableContent[]> {
  const read = async (trx: Kysely<Database>): Promise<TableContent[]> => {
    const contents: TableContent[] = [];
    for (const table of ARCHIVED_TABLES) {
      const order = sql.join(table.key.map((column) => sql.ref(column)));
      const result = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(table.name)} order by ${order}`.execute(trx);
      contents.push({ name: table.name, rows: result.rows, text: tableFileText(table.name, result.rows) });
    }
    return contents;
  };
  const transaction = store.db.transaction();
  return store.dialect === "postgres"
    ? transaction.setIsolationLevel("repeatable read").setAccessMode("read only").execute(read)
    : transaction.execute(read);
}

/** The storage keys of every media file and variant, sorted, each once. */
function mediaKeys(tables: readonly TableContent[]): string[] {
  const keys = new Set<string>();
  for (const table of tables) {
    if (table.name !== "media" && table.name !== "media_variants") continue;
    for (const row of table.rows) if (typeof row["storage_key"] === "string") keys.add(row["storage_key"]);
  }
  return [...keys].sort();
}

/** The database's own tables, whatever this version knows of them. */
async function listTables(store: Store): Promise<string[]> {
  const tables = await store.db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && (t.schema === undefined || t.schema === "public"))
    .map((t) => t.name)
    .sort();
}
