import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "../../lib/logger.js";
import type { PressroomMetrics } from "../../lib/metrics/pressroom.js";
import { assignRequestId } from "./requestId.js";
import { routeLabelOf } from "./routeLabel.js";

/** Probes and scrapes come every few seconds; their log lines would drown the readers' requests. */
const QUIET_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

/** Methods kept as labels; anything else a client invents is counted as OTHER, keeping series bounded. */
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const answeredFromCache = new WeakSet<Request>();

/** Called by the page cache wiring when a stored page answered, so that the request is labelled as such. */
export function markAnsweredFromCache(c: Context): void {
  answeredFromCache.add(c.req.raw);
}

/**
 * The outermost middleware: gives the request its id (sent back as X-Request-Id), then, once the response is
 * ready, counts it, times it and writes one log line for it.
 */
export function observeRequests(deps: { logger: Logger; metrics: PressroomMetrics }): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = assignRequestId(c);
    await next();
    c.res.headers.set("X-Request-Id", requestId);
    const seconds = (performance.now() - started) / 1000;
    const method = KNOWN_METHODS.has(c.req.method) ? c.req.method : "OTHER";
    const route = routeLabelOf(c, answeredFromCache.has(c.req.raw));
    const status = c.res.status;
    deps.metrics.recordRequest({ method, route, status, seconds });
    const fields = {
      requestId,
      method: c.req.method.slice(0, 16),
      // The path only: query strings hold what readers searched for, and tokens in links.
      path: c.req.path.slice(0, 1024),
      route,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
    };
    if (QUIET_PATHS.has(c.req.path)) deps.logger.debug("request", fields);
    else deps.logger.info("request", fields);
  };
}
