import { loadConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { createLogger, type Logger } from "../lib/logger.js";
import { openStore, type Store } from "../store/database.js";
import { migrateToLatest } from "../store/migrate.js";

export interface CliContext {
  config: Config;
  logger: Logger;
  store: Store;
}

/** Loads config, opens the database and brings its schema up to date: what every command needs first. */
export async function openCliContext(env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  const store = openStore({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    poolSize: config.dbPoolSize,
  });
  try {
    const applied = await migrateToLatest(store);
    if (applied.length > 0) logger.info("database migrated", { applied, database: store.location });
  } catch (error) {
    await store.close();
    throw error;
  }
  return { config, logger, store };
}
