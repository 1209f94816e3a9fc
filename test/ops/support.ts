import type { Hono } from "hono";
import { loadDemo } from "../../src/commands/loadDemo.js";
import type { Config } from "../../src/config/schema.js";
import { demoContent } from "../../src/demo/content.js";
import type { AdminDeps, AdminEnv } from "../../src/http/admin/context.js";
import { createApp, type AppOptions } from "../../src/http/app.js";
import { loadSiteAssets } from "../../src/http/site/assets.js";
import { SectionCache } from "../../src/http/site/sectionCache.js";
import { systemClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { PressroomMetrics } from "../../src/lib/metrics/pressroom.js";
import type { Dialect } from "../../src/store/dialect.js";
import { testConfig } from "../helpers/site.js";
import { createTestStore, type TestStore } from "../helpers/stores.js";

/** A metrics token long enough for the config's rule. */
export const METRICS_TOKEN = "test-metrics-token-0123456789abcdef";

/** One JSON log line as the logger wrote it. */
export type LogLine = Record<string, unknown> & { level: string; msg: string };

export interface OpsSite {
  testStore: TestStore;
  deps: AdminDeps;
  app: Hono<AdminEnv>;
  metrics: PressroomMetrics;
  /** Every line logged so far, parsed. */
  logs: LogLine[];
  request(path: string, init?: RequestInit, env?: unknown): Promise<Response>;
  destroy(): Promise<void>;
}

/**
 * The demo site in-process with its own metrics (so that counts start at zero) and a logger writing JSON lines
 * into `logs` at debug level.
 */
export async function createOpsSite(
  dialect: Dialect,
  overrides: Partial<Config> = {},
  options: AppOptions = {},
): Promise<OpsSite> {
  const testStore = await createTestStore(dialect);
  const config = testConfig(overrides);
  await loadDemo({ store: testStore.store, languages: config.languages }, demoContent, { reset: false });
  const logs: LogLine[] = [];
  const deps: AdminDeps = {
    config,
    store: testStore.store,
    assets: loadSiteAssets(),
    sections: new SectionCache(testStore.store),
    logger: createLogger("debug", true, (line) => logs.push(JSON.parse(line) as LogLine)),
    clock: systemClock,
  };
  const metrics = options.metrics ?? new PressroomMetrics();
  const app = createApp(deps, { ...options, metrics });
  return {
    testStore,
    deps,
    app,
    metrics,
    logs,
    request: (path, init, env) => Promise.resolve(app.request(`http://localhost${path}`, init, env)),
    destroy: () => testStore.destroy(),
  };
}

export function bearer(token: string): RequestInit {
  return { headers: { Authorization: `Bearer ${token}` } };
}
