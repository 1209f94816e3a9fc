import { gauge } from "../../lib/metrics/collectors.js";
import type { MetricFamily } from "../../lib/metrics/exposition.js";
import type { PoolStats } from "../../store/database.js";
import type { PageCacheStats } from "../cache/pageCache.js";

/** Families read from the page cache's own counters when scraped. */
export function pageCacheFamilies(stats: PageCacheStats): MetricFamily[] {
  const counter = (name: string, help: string, value: number): MetricFamily => ({
    name,
    help,
    type: "counter",
    samples: [{ labels: {}, value }],
  });
  return [
    counter("pressroom_page_cache_hits_total", "Requests answered from the rendered-page cache.", stats.hits),
    counter(
      "pressroom_page_cache_misses_total",
      "Cacheable requests the page cache did not hold, rendered instead.",
      stats.misses,
    ),
    counter(
      "pressroom_page_cache_invalidations_total",
      "Times content changes dropped entries from the page cache.",
      stats.invalidations,
    ),
    gauge("pressroom_page_cache_entries", "Pages held in the page cache.", [
      { labels: {}, value: stats.entries },
    ]),
    gauge("pressroom_page_cache_bytes", "Bytes the page cache holds, compressed forms included.", [
      { labels: {}, value: stats.bytes },
    ]),
  ];
}

/** The PostgreSQL connection pool's use; nothing for SQLite, which has one in-process connection. */
export function poolFamilies(stats: PoolStats | undefined): MetricFamily[] {
  if (!stats) return [];
  return [
    gauge("pressroom_db_pool_connections", "Connections the database pool holds open, busy or idle.", [
      { labels: {}, value: stats.total },
    ]),
    gauge("pressroom_db_pool_idle_connections", "Open pool connections not running a query.", [
      { labels: {}, value: stats.idle },
    ]),
    gauge("pressroom_db_pool_waiting_requests", "Queries waiting for a free pool connection.", [
      { labels: {}, value: stats.waiting },
    ]),
    gauge("pressroom_db_pool_max_connections", "Most connections the pool may open.", [
      { labels: {}, value: stats.max },
    ]),
  ];
}

const startedAtSeconds = Math.round(performance.timeOrigin) / 1000;

/** The two process facts every dashboard expects: when it started (restarts show) and its memory. */
export function processFamilies(): MetricFamily[] {
  return [
    gauge("process_start_time_seconds", "When the process started, in seconds since the Unix epoch.", [
      { labels: {}, value: startedAtSeconds },
    ]),
    gauge("process_resident_memory_bytes", "Resident memory of the process, in bytes.", [
      { labels: {}, value: process.memoryUsage.rss() },
    ]),
  ];
}
