import { Migrator, type MigrationResultSet } from "kysely";
import { allMigrations } from "./migrations/index.js";
import type { Store } from "./database.js";

/** Brings the schema up to date. Fails with the name of the migration that broke. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrations = allMigrations(store.dialect);
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
