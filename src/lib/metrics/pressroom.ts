import { Counter, Histogram, type Collector } from "./collectors.js";
import type { MetricFamily } from "./exposition.js";

/** Latency bucket bounds in seconds: from a page-cache hit (about a millisecond) to a request that is failing. */
export const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** How a background job's run ended. */
export type JobOutcome = "success" | "failure" | "skipped";

/**
 * The counters and histograms this process keeps. Values read only when scraped (the page cache, the database
 * pool) are not kept here: the /metrics route asks their owners then.
 */
export class PressroomMetrics implements Collector {
  readonly httpRequests = new Counter(
    "pressroom_http_requests_total",
    "HTTP requests answered, by method, route pattern and status.",
    ["method", "route", "status"],
  );
  readonly httpDuration = new Histogram(
    "pressroom_http_request_duration_seconds",
    "Time from receiving a request to its response being ready, by route pattern.",
    ["route"],
    DURATION_BUCKETS,
  );
  readonly jobRuns = new Counter("pressroom_jobs_total", "Background job runs, by job and outcome.", [
    "job",
    "outcome",
  ]);

  recordRequest(request: { method: string; route: string; status: number; seconds: number }): void {
    this.httpRequests.inc({ method: request.method, route: request.route, status: String(request.status) });
    this.httpDuration.observe({ route: request.route }, request.seconds);
  }

  recordJobRun(job: string, outcome: JobOutcome): void {
    this.jobRuns.inc({ job, outcome });
  }

  collect(): MetricFamily[] {
    return [...this.httpRequests.collect(), ...this.httpDuration.collect(), ...this.jobRuns.collect()];
  }
}

/** The process's own metrics: what the served app reports unless a test passes its own. */
export const processMetrics = new PressroomMetrics();

/**
 * Counts one run of a background job, for `pressroom_jobs_total{job,outcome}`. `job` is a fixed name such as
 * "publish_scheduled" (never an id: every distinct value becomes a series kept until the process ends).
 */
export function recordJobRun(job: string, outcome: JobOutcome): void {
  processMetrics.recordJobRun(job, outcome);
}
