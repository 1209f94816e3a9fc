import { isValidStorageKey } from "../media/storage.js";
import { ArchiveError } from "./errors.js";
import { MANIFEST_NAME, parseManifest, type Manifest } from "./manifest.js";
import { parseTableFile, type ArchivedRow } from "./rows.js";
import { archivedTable, type ArchivedTable } from "./tables.js";
import { TarReader, type TarEntry } from "./tar.js";

/** An archive whose every byte has been checked against its manifest, ready to be written somewhere. */
export interface VerifiedArchive {
  manifest: Manifest;
  tables: { table: ArchivedTable; rows: ArchivedRow[] }[];
  media: { key: string; entry: TarEntry }[];
  reader: TarReader;
}

const MEDIA_PREFIX = "media/";

/**
 * Opens an archive and checks all of it before anything is written: the tar structure (a cut-off file is
 * named as truncated), the manifest's format and version, every file's presence, size and SHA-256, no file the
 * manifest does not list, each table file's JSON and row count, and each media file's name. The caller closes
 * `reader` when done.
 */
export function verifyArchive(file: string): VerifiedArchive {
  const reader = TarReader.open(file);
  try {
    return { ...checkContents(reader), reader };
  } catch (error) {
    reader.close();
    throw error;
  }
}

function checkContents(reader: TarReader): Omit<VerifiedArchive, "reader"> {
  const manifestEntry = reader.entries.get(MANIFEST_NAME);
  if (!manifestEntry) throw new ArchiveError(`the archive has no ${MANIFEST_NAME}`);
  const manifest = parseManifest(reader.read(manifestEntry));

  const listed = new Map<string, TarEntry>();
  for (const file of manifest.files) {
    const entry = reader.entries.get(file.path);
    if (!entry) throw new ArchiveError(`the manifest lists "${file.path}", which is not in the archive`);
    if (entry.size !== file.size) {
      throw new ArchiveError(
        `"${file.path}" is ${entry.size} bytes but the manifest says ${file.size}: the archive was changed or damaged`,
      );
    }
    if (reader.sha256(entry) !== file.sha256) {
      throw new ArchiveError(
        `"${file.path}" does not match its SHA-256 checksum: the archive was changed or damaged`,
      );
    }
    listed.set(file.path, entry);
  }
  for (const name of reader.entries.keys()) {
    if (name !== MANIFEST_NAME && !listed.has(name)) {
      throw new ArchiveError(`the archive holds "${name}", which the manifest does not list`);
    }
  }

  const tables: Omit<VerifiedArchive, "reader">["tables"] = [];
  for (const described of manifest.tables) {
    const table = archivedTable(described.name);
    if (!table)
      throw new ArchiveError(
        `the archive holds a table "${described.name}" that this Pressroom does not know`,
      );
    if (tables.some((t) => t.table.name === table.name)) {
      throw new ArchiveError(`the manifest names the table "${table.name}" twice`);
    }
    const entry = listed.get(described.file);
    if (!entry)
      throw new ArchiveError(`the table file "${described.file}" is not among the manifest's checked files`);
    const rows = parseTableFile(described.file, reader.read(entry));
    if (rows.length !== described.rows) {
      throw new ArchiveError(
        `"${described.file}" holds ${rows.length} rows but the manifest says ${described.rows}`,
      );
    }
    tables.push({ table, rows });
  }

  const tableFiles = new Set(manifest.tables.map((t) => t.file));
  const media: Omit<VerifiedArchive, "reader">["media"] = [];
  for (const [path, entry] of listed) {
    if (tableFiles.has(path)) continue;
    const key = path.startsWith(MEDIA_PREFIX) ? path.slice(MEDIA_PREFIX.length) : "";
    if (!isValidStorageKey(key)) throw new ArchiveError(`"${path}" is neither a table file nor a media file`);
    media.push({ key, entry });
  }
  return { manifest, tables, media };
}
