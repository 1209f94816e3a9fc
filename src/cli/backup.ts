import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { backupPostgres, backupSqlite } from "../archive/backup.js";
import { loadConfig } from "../config/load.js";
import { formatFileSize } from "../media/sizes.js";

export const backupUsage = `  backup [--out FILE]           Snapshot the live database: SQLite online backup, or pg_dump (custom format)
                                for PostgreSQL; see docs/backup.md for restoring`;

/** `pressroom backup [--out FILE]`: a consistent copy taken while the site keeps serving. */
export async function runBackup(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { out: { type: "string" } } });
  // No migrations here: a backup copies the database as it is and never changes it.
  const config = loadConfig();
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  try {
    if (config.databaseUrl) {
      const out = resolve(values.out ?? `pressroom-backup-${stamp}.dump`);
      const result = await backupPostgres(config.databaseUrl, out);
      report("PostgreSQL dump (pg_dump custom format)", result);
    } else {
      const out = resolve(values.out ?? `pressroom-backup-${stamp}.sqlite`);
      const result = await backupSqlite(join(resolve(config.dataDir), "pressroom.sqlite"), out);
      report("SQLite backup", result);
    }
    return 0;
  } catch (error) {
    // Whatever went wrong (no database, pg_dump missing or refusing, a full disk), say so and leave no file.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`pressroom: the backup failed: ${reason}`);
    return 1;
  }
}

function report(what: string, result: { file: string; bytes: number; milliseconds: number }): void {
  const seconds = (result.milliseconds / 1000).toFixed(1);
  console.log(`${what} written to ${result.file} (${formatFileSize(result.bytes, "en")}) in ${seconds} s.`);
  console.log("It holds password hashes: keep it private. Restoring is described in docs/backup.md.");
}
