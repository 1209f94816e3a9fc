import { loadDemo } from "../../src/commands/loadDemo.js";
import { configSchema, type Config } from "../../src/config/schema.js";
import { demoContent } from "../../src/demo/content.js";
import { startServer, type RunningServer } from "../../src/http/server.js";
import { createApp } from "../../src/http/app.js";
import { loadSiteAssets } from "../../src/http/site/assets.js";
import type { AdminDeps } from "../../src/http/admin/context.js";
import { SectionCache } from "../../src/http/site/sectionCache.js";
import { systemClock, type Clock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import type { Dialect } from "../../src/store/dialect.js";
import { createTestStore, type TestStore } from "./stores.js";

/** A config as `npm start` would have it, with the given overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({ port: 0, logLevel: "silent", demo: false }), ...overrides };
}

export interface DemoSite {
  testStore: TestStore;
  deps: AdminDeps;
  /** Answers a request in-process, with no socket. */
  request(path: string, init?: RequestInit): Promise<Response>;
  destroy(): Promise<void>;
}

/** The demo site on a fresh database, served in-process. Pass a clock to pin or advance time. */
export async function createDemoSite(
  dialect: Dialect = "sqlite",
  overrides: Partial<Config> = {},
  options: { clock?: Clock } = {},
): Promise<DemoSite> {
  const testStore = await createTestStore(dialect);
  const config = testConfig(overrides);
  await loadDemo({ store: testStore.store, languages: config.languages }, demoContent, { reset: false });
  const deps: AdminDeps = {
    config,
    store: testStore.store,
    assets: loadSiteAssets(),
    sections: new SectionCache(testStore.store),
    logger: createLogger("silent"),
    clock: options.clock ?? systemClock,
  };
  const app = createApp(deps);
  return {
    testStore,
    deps,
    request: (path, init) => Promise.resolve(app.request(`http://localhost${path}`, init)),
    destroy: () => testStore.destroy(),
  };
}

export interface ListeningSite {
  baseUrl: string;
  server: RunningServer;
  destroy(): Promise<void>;
}

/** The demo site listening on a free port of 127.0.0.1, for a real browser or an outside checker. */
export async function startDemoServer(
  dialect: Dialect = "sqlite",
  options: { overrides?: Partial<Config>; clock?: Clock } = {},
): Promise<ListeningSite> {
  const testStore = await createTestStore(dialect);
  const config = testConfig({ ...options.overrides, host: "127.0.0.1", port: 0 });
  await loadDemo({ store: testStore.store, languages: config.languages }, demoContent, { reset: false });
  const server = await startServer(
    config,
    testStore.store,
    createLogger("silent"),
    options.clock ? { clock: options.clock } : {},
  );
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    server,
    destroy: async () => {
      await server.close();
      await testStore.destroy();
    },
  };
}
