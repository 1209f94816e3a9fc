import { spawn } from "node:child_process";
import { chmodSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { ArchiveError } from "./errors.js";

export interface BackupResult {
  file: string;
  bytes: number;
  milliseconds: number;
}

/**
 * Copies a live SQLite database with SQLite's online backup API, through a connection of its own: the copy is
 * one consistent state even while the site reads and writes, and readers are never blocked. The copy goes to a
 * temporary name first, so a failed backup never looks like a finished one.
 */
export async function backupSqlite(databaseFile: string, outFile: string): Promise<BackupResult> {
  if (!existsSync(databaseFile)) throw new ArchiveError(`there is no SQLite database at ${databaseFile}`);
  const started = Date.now();
  const partial = `${outFile}.partial`;
  const source = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(partial);
    chmodSync(partial, 0o600);
    renameSync(partial, outFile);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  return { file: outFile, bytes: statSync(outFile).size, milliseconds: Date.now() - started };
}

/**
 * Takes a logical dump of a PostgreSQL database with `pg_dump --format=custom` (one consistent snapshot, without
 * blocking the site). The password travels in the environment, not on the command line where `ps` shows it.
 * Restore with `pg_restore --no-owner --dbname=URL FILE` into an empty database.
 */
export async function backupPostgres(
  databaseUrl: string,
  outFile: string,
  pgDump = "pg_dump",
): Promise<BackupResult> {
  const started = Date.now();
  const partial = `${outFile}.partial`;
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env["PGPASSWORD"] = password;
  try {
    await run(
      pgDump,
      ["--format=custom", "--no-owner", `--file=${partial}`, `--dbname=${url.toString()}`],
      env,
    );
    chmodSync(partial, 0o600);
    renameSync(partial, outFile);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file: outFile, bytes: statSync(outFile).size, milliseconds: Date.now() - started };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) => {
      if ("code" in error && error.code === "ENOENT") {
        reject(
          new ArchiveError(
            `${command} was not found. Install the PostgreSQL client tools (Debian and Ubuntu: apt install postgresql-client), in a version at least as new as the server's`,
          ),
        );
      } else reject(error);
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new ArchiveError(`${command} failed (exit ${code ?? "signal"}): ${stderr.trim()}`));
    });
  });
}
