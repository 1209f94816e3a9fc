import { verifyAuditChain } from "../audit/log.js";
import type { MediaStorage } from "../media/storage.js";
import { searchService } from "../search/service.js";
import { inTransaction, type Store } from "../store/database.js";
import { ArchiveError } from "./errors.js";
import { countRows, insertRows, resetIdentity } from "./insertRows.js";
import type { Manifest } from "./manifest.js";
import { isKnownSchema } from "./schemaVersion.js";
import { ARCHIVED_TABLES } from "./tables.js";
import { verifyArchive, type VerifiedArchive } from "./verifyArchive.js";

export interface ImportResult {
  manifest: Manifest;
  rows: number;
  mediaFiles: number;
  /** Search documents written by the rebuild after the import. */
  indexed: number;
  auditEntries: number;
  /** Set when the imported audit chain does not verify (it was already broken in the source). */
  auditProblem?: string;
}

/**
 * Reads an export back into an empty database. Everything is checked first (see verifyArchive, then the schema
 * and the target's columns), then every row is written in one transaction with its id kept, so that links,
 * revisions and the audit chain hold exactly as they were. Media files are copied inside that transaction's
 * span and removed again if it fails. The search index is rebuilt once the rows are committed.
 */
export async function importArchive(
  deps: { store: Store; storage: MediaStorage },
  file: string,
): Promise<ImportResult> {
  const { store, storage } = deps;
  const archive = verifyArchive(file);
  try {
    if (!isKnownSchema(store.dialect, archive.manifest.source.schema)) {
      throw new ArchiveError(
        `the archive was made by a newer Pressroom (schema ${archive.manifest.source.schema}); upgrade this one first`,
      );
    }
    await checkColumns(store, archive);
    const written = await inTransaction(store.db, async (trx) => {
      await refuseNonEmpty({ ...store, db: trx });
      let rows = 0;
      for (const spec of ARCHIVED_TABLES) {
        const found = archive.tables.find((t) => t.table.name === spec.name);
        if (!found || found.rows.length === 0) continue;
        try {
          await insertRows(trx, spec, found.rows);
          if (spec.identity && store.dialect === "postgres") await resetIdentity(trx, spec.name);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new ArchiveError(`writing the table ${spec.name} failed (${reason})`);
        }
        rows += found.rows.length;
      }
      const mediaFiles = await copyMedia(storage, archive);
      return { rows, mediaFiles };
    });
    const indexed = await searchService(store).rebuild();
    const audit = await verifyAuditChain(store.db);
    return {
      manifest: archive.manifest,
      ...written,
      indexed,
      auditEntries: audit.entries,
      ...(audit.problem ? { auditProblem: `entry ${audit.problem.id}: ${audit.problem.reason}` } : {}),
    };
  } finally {
    archive.reader.close();
  }
}

/** Every column the archive carries must exist in the target, or the archive is from a schema this one lacks. */
async function checkColumns(store: Store, archive: VerifiedArchive): Promise<void> {
  const tables = await store.db.introspection.getTables();
  for (const { table, rows } of archive.tables) {
    const target = tables.find(
      (t) => t.name === table.name && (t.schema === undefined || t.schema === "public"),
    );
    const columns = new Set(target?.columns.map((c) => c.name) ?? []);
    const columnsInArchive = new Set(rows.flatMap((row) => Object.keys(row)));
    for (const column of columnsInArchive) {
      if (!columns.has(column)) {
        throw new ArchiveError(
          `the archive's table ${table.name} has a column "${column}" that this database lacks`,
        );
      }
    }
  }
}

async function refuseNonEmpty(store: Store): Promise<void> {
  const nonEmpty: string[] = [];
  for (const spec of ARCHIVED_TABLES) {
    const count = await countRows(store.db, spec.name);
    if (count > 0) nonEmpty.push(`${spec.name}: ${count}`);
  }
  if (nonEmpty.length > 0) {
    throw new ArchiveError(
      `the target database is not empty (${nonEmpty.join(", ")}); import into a new, empty database (run \`pressroom migrate\` on it, not \`serve\`, which loads the demo)`,
    );
  }
}

/** Copies media files the storage lacks; if anything fails, removes the ones this import created. */
async function copyMedia(storage: MediaStorage, archive: VerifiedArchive): Promise<number> {
  const created: string[] = [];
  try {
    for (const { key, entry } of archive.media) {
      if (await storage.exists(key)) continue;
      await storage.put(key, archive.reader.read(entry));
      created.push(key);
    }
  } catch (error) {
    for (const key of created) await storage.delete(key);
    throw error;
  }
  return archive.media.length;
}
