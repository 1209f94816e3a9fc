import { loadDemo, isEmptySite } from "../commands/loadDemo.js";
import { demoContent } from "../demo/content.js";
import { startServer } from "../http/server.js";
import { openCliContext } from "./context.js";

/** `pressroom serve`: migrate, load the demo into an empty site, listen, and stop cleanly on a signal. */
export async function runServe(): Promise<number> {
  const { config, logger, store } = await openCliContext();
  if (config.demo && (await isEmptySite(store))) {
    const count = await loadDemo({ store, languages: config.languages }, demoContent, { reset: false });
    logger.info("loaded the demo content into the empty database", { articles: count });
  }
  const server = await startServer(config, store, logger);
  const shown = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  logger.info(`Pressroom is serving at http://${shown}:${server.port}/`, { database: store.location });

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info("shutting down", { signal });
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  await server.close();
  await store.close();
  return 0;
}
