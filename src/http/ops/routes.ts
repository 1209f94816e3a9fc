import { Hono, type Context } from "hono";
import type { Config } from "../../config/schema.js";
import type { Logger } from "../../lib/logger.js";
import { EXPOSITION_CONTENT_TYPE, renderExposition } from "../../lib/metrics/exposition.js";
import type { PressroomMetrics } from "../../lib/metrics/pressroom.js";
import type { Store } from "../../store/database.js";
import type { PageCache } from "../cache/pageCache.js";
import { metricsAccess } from "./metricsAccess.js";
import { checkReadiness, type Readiness } from "./readiness.js";
import { pageCacheFamilies, poolFamilies, processFamilies } from "./snapshots.js";

export interface OpsDeps {
  config: Pick<Config, "metricsToken">;
  store: Store;
  logger: Logger;
  metrics: PressroomMetrics;
  pageCache: PageCache;
  /** True once the server stopped taking connections and is finishing what it has. */
  isDraining: () => boolean;
  readinessTimeoutMs?: number | undefined;
}

/** Probes answer the load balancer as it is now: nothing about them may be kept by any cache. */
const NO_STORE = { "Cache-Control": "no-store" };

/**
 * What operators and load balancers ask: is the process alive (/healthz), should it get traffic (/readyz), and
 * its numbers (/metrics, Prometheus text format).
 */
export function opsRoutes(deps: OpsDeps): Hono {
  const app = new Hono();
  let lastReadiness: Readiness["ready"] | string = true;

  // Alive means the event loop answers; the database is /readyz's business, so a database outage does not get
  // every node restarted at once.
  app.get("/healthz", (c) => c.json({ status: "ok" }, 200, NO_STORE));

  app.get("/readyz", async (c) => {
    const readiness = await checkReadiness(deps.store, {
      draining: deps.isDraining(),
      timeoutMs: deps.readinessTimeoutMs,
    });
    const state = readiness.ready ? true : readiness.reason;
    // Logged when it changes rather than at every probe; the detail (database errors) stays in the log.
    if (state !== lastReadiness) {
      if (readiness.ready) deps.logger.info("ready again");
      else deps.logger.warn("not ready", { reason: readiness.reason, detail: readiness.detail });
      lastReadiness = state;
    }
    if (readiness.ready) return c.json({ status: "ready" }, 200, NO_STORE);
    return c.json({ status: "unavailable", reason: readiness.reason }, 503, NO_STORE);
  });

  app.get("/metrics", (c) => {
    const access = metricsAccess(c, deps.config.metricsToken);
    if (access !== "allowed") return refuse(c, access);
    const families = [
      ...deps.metrics.collect(),
      ...pageCacheFamilies(deps.pageCache.stats()),
      ...poolFamilies(deps.store.poolStats()),
      ...processFamilies(),
    ];
    return c.body(renderExposition(families), 200, {
      ...NO_STORE,
      "Content-Type": EXPOSITION_CONTENT_TYPE,
    });
  });

  return app;
}

function refuse(c: Context, access: "token_required" | "forbidden"): Response {
  if (access === "token_required") {
    return c.json(
      { error: { code: "unauthorized", message: "Send Authorization: Bearer <metrics token>" } },
      401,
      { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="metrics"' },
    );
  }
  return c.json(
    {
      error: {
        code: "forbidden",
        message:
          "Metrics are served to this machine only; set PRESSROOM_METRICS_TOKEN to scrape from elsewhere",
      },
    },
    403,
    NO_STORE,
  );
}
