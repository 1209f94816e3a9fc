import type { Config } from "../config/schema.js";
import { systemClock, type Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import type { Store } from "../store/database.js";
import { createApp } from "./app.js";
import { loadSiteAssets } from "./site/assets.js";
import type { AdminDeps } from "./admin/context.js";
import { SectionCache } from "./site/sectionCache.js";
import { listenGracefully } from "./ops/listen.js";

export interface RunningServer {
  port: number;
  deps: AdminDeps;
  /**
   * Graceful stop: no new connections, requests in flight finish (cut after the shutdown deadline, 10 s by
   * default), idle keep-alive connections close. Jobs and the store are the caller's to stop afterwards.
   */
  close(): Promise<void>;
}

export interface ServerOptions {
  clock?: Clock;
  /** How long close() lets requests in flight run before cutting their connections. */
  shutdownDeadlineMs?: number;
}

/** Builds the app around an open store and listens. Resolves once the port is bound. */
export async function startServer(
  config: Config,
  store: Store,
  logger: Logger,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const deps: AdminDeps = {
    config,
    store,
    assets: loadSiteAssets(),
    sections: new SectionCache(store),
    logger,
    clock: options.clock ?? systemClock,
  };
  let draining = false;
  // /readyz answers 503 while draining, so a load balancer still holding a keep-alive connection moves on.
  const app = createApp(deps, { isDraining: () => draining });
  const server = await listenGracefully(app.fetch, {
    port: config.port,
    host: config.host,
    logger,
    ...(options.shutdownDeadlineMs === undefined ? {} : { deadlineMs: options.shutdownDeadlineMs }),
  });
  const close = (): Promise<void> => {
    draining = true;
    return server.close();
  };
  return { port: server.port, deps, close };
}
