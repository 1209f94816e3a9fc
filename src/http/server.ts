import { serve, type ServerType } from "@hono/node-server";
import type { Config } from "../config/schema.js";
import { systemClock, type Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import type { Store } from "../store/database.js";
import { createApp } from "./app.js";
import { loadSiteAssets } from "./site/assets.js";
import type { AdminDeps } from "./admin/context.js";
import { SectionCache } from "./site/sectionCache.js";

export interface RunningServer {
  port: number;
  deps: AdminDeps;
  close(): Promise<void>;
}

/** Builds the app around an open store and listens. Resolves once the port is bound. */
export function startServer(
  config: Config,
  store: Store,
  logger: Logger,
  options: { clock?: Clock } = {},
): Promise<RunningServer> {
  const deps: AdminDeps = {
    config,
    store,
    assets: loadSiteAssets(),
    sections: new SectionCache(store),
    logger,
    clock: options.clock ?? systemClock,
  };
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    try {
      server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
        resolve({
          port: info.port,
          deps,
          close: () =>
            new Promise<void>((done) => {
              server?.close(() => done());
            }),
        });
      });
      server.on("error", reject);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
