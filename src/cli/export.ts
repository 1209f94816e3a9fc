import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ArchiveError } from "../archive/errors.js";
import { exportArchive } from "../archive/exportArchive.js";
import { formatFileSize } from "../media/sizes.js";
import { defaultMediaDirectory } from "../media/runtime.js";
import { LocalDirectoryStorage } from "../media/storage.js";
import { openCliContext } from "./context.js";

export const exportUsage = `  export [--out FILE]           Write a portable archive (tar: JSON tables, media files, manifest with SHA-256)
                                that \`import archive\` reads on SQLite or PostgreSQL`;

/** `pressroom export [--out FILE]` */
export async function runExport(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { out: { type: "string" } } });
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const out = resolve(values.out ?? `pressroom-export-${stamp}.tar`);
  const { config, store } = await openCliContext();
  try {
    const storage = new LocalDirectoryStorage(defaultMediaDirectory(config));
    const started = Date.now();
    const result = await exportArchive({ store, storage }, out);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const table of result.unknownTables) {
      console.error(
        `pressroom: warning: the table ${table} is not known to the archive format and was left out`,
      );
    }
    for (const key of result.missingMedia) {
      console.error(`pressroom: warning: the media file ${key} is missing from storage and was left out`);
    }
    console.log(
      `Exported ${result.rows} rows from ${result.tables} tables and ${result.mediaFiles} media files to ${result.file} (${formatFileSize(result.bytes, "en")}) in ${seconds} s.`,
    );
    console.log("The archive holds password hashes: keep it private (it is readable by its owner only).");
    return 0;
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    console.error(`pressroom: the export failed: ${error.message}`);
    return 1;
  } finally {
    await store.close();
  }
}
