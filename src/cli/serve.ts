import { hostname } from "node:os";
import { startClusterRelay, type ClusterRelay } from "../cluster/relay.js";
import { loadDemo, isEmptySite } from "../commands/loadDemo.js";
import { demoContent } from "../demo/content.js";
import { startServer } from "../http/server.js";
import { VariantQueue } from "../jobs/mediaVariants.js";
import { startScheduler } from "../jobs/scheduler.js";
import { defaultMediaDirectory } from "../media/runtime.js";
import { LocalDirectoryStorage } from "../media/storage.js";
import { systemClock } from "../lib/clock.js";
import { countUsers } from "../store/users.js";
import { searchService } from "../search/service.js";
import { searchIndexNeedsBuilding } from "../search/sync.js";
import { openCliContext } from "./context.js";

/** How often to look for images whose variants are still missing (normally made right after upload). */
const VARIANT_SWEEP_INTERVAL_MS = 5 * 60_000;

/** `pressroom serve`: migrate, load the demo into an empty site, listen, and stop cleanly on a signal. */
export async function runServe(): Promise<number> {
  const { config, logger, store } = await openCliContext();
  // Several nodes on one PostgreSQL database keep each other's caches fresh; it listens before anything is cached.
  let relay: ClusterRelay | undefined;
  if (store.dialect === "postgres" && config.databaseUrl) {
    relay = await startClusterRelay({ store, databaseUrl: config.databaseUrl, logger });
  }
  if (config.demo && (await isEmptySite(store))) {
    const count = await loadDemo({ store, languages: config.languages }, demoContent, { reset: false });
    logger.info("loaded the demo content into the empty database", { articles: count });
  }
  if (await searchIndexNeedsBuilding(store.db)) {
    logger.info("building the search index of the published items (once; `pressroom reindex` redoes it)");
    const count = await searchService(store).rebuild();
    logger.info("search index built", { items: count });
  }
  const server = await startServer(config, store, logger);
  const shown = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  logger.info(`Pressroom is serving at http://${shown}:${server.port}/`, { database: store.location });
  if ((await countUsers(store.db)) === 0) {
    logger.info(
      'No one can sign in to the back office yet. Create the first administrator with: npx pressroom user add --email you@example.org --name "Your Name" --role administrator',
    );
  }
  // Publishes scheduled items and releases embargoes; its first run catches up on what fell due while down.
  // Any number of nodes may run it: each due item is claimed by one of them (see src/jobs/dueWork.ts).
  const scheduler = startScheduler({
    store,
    clock: systemClock,
    intervalMs: config.schedulerIntervalSeconds * 1000,
    logger,
    node: `${hostname()}:${process.pid}`,
  });
  // Image variants left unfinished by a crash or a restart are made now, then swept up now and then.
  const variants = new VariantQueue({
    store,
    storage: new LocalDirectoryStorage(defaultMediaDirectory(config)),
    logger,
  });
  variants.schedule();
  const variantSweep = setInterval(() => variants.schedule(), VARIANT_SWEEP_INTERVAL_MS);
  variantSweep.unref();

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info("shutting down", { signal });
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  // Stop taking connections and finish the requests in flight (cut after 10 s), then let the jobs end.
  await server.close();
  clearInterval(variantSweep);
  await scheduler.stop();
  await variants.idle();
  // After the last job and request, so that their changes still reach the other nodes.
  await relay?.stop();
  await store.close();
  return 0;
}
