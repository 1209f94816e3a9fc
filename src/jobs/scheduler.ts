import { recordJobRun } from "../lib/metrics/pressroom.js";
import { releaseDueEmbargo } from "../commands/editorial/embargo.js";
import { publishInTransaction, type PublishedTranslation } from "../commands/editorial/publishing.js";
import { systemClock, type Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { inTransaction, type Store } from "../store/database.js";
import { claimNextEmbargo, claimNextScheduled, type DueTranslation, type ScheduleCursor } from "./dueWork.js";

/** What one run of the job runner did. */
export interface JobRunResult {
  /** When the run looked for due work. */
  at: string;
  /** Scheduled translations this run published. */
  published: PublishedTranslation[];
  /** Embargoes this run released, with the translations each published. */
  released: { articleId: number; published: PublishedTranslation[] }[];
  /** Items that failed (they are tried again on the next run). */
  failed: { kind: "schedule" | "embargo"; id: number; message: string }[];
}

export interface JobDeps {
  store: Store;
  logger?: Logger | undefined;
  /** Names the node in the audit entries it writes, so that operators see which server published what. */
  node?: string | undefined;
  /** Stops a run between items (a shutdown): what is left stays due and any node's next run claims it. */
  signal?: AbortSignal | undefined;
}

/**
 * Publishes every translation scheduled at or before `now`, and releases every embargo that ended by then
 * (publishing each embargoed translation of the article: every language that is ready). Each item is claimed
 * and done in its own transaction (see dueWork.ts), behind the conditional UPDATE that is the final guard, so
 * any number of runners on any number of nodes publish each item exactly once, and an item whose node died
 * mid-way is simply claimed again. Audit entries name the actor "system". One failing item does not stop the
 * others; it is tried again on the next run.
 */
export async function runDueJobs(
  deps: JobDeps,
  now: Date | string = systemClock.now(),
): Promise<JobRunResult> {
  const at = new Date(now).toISOString();
  const result: JobRunResult = { at, published: [], released: [], failed: [] };
  await publishScheduled(deps, at, result);
  await releaseEmbargoes(deps, at, result);
  for (const failure of result.failed) deps.logger?.error("a due job failed", { ...failure });
  // One count per item, by fixed job names (never ids: every label value lives as long as the process).
  for (const _ of result.published) recordJobRun("publish_scheduled", "success");
  for (const _ of result.released) recordJobRun("release_embargo", "success");
  for (const failure of result.failed) {
    recordJobRun(failure.kind === "schedule" ? "publish_scheduled" : "release_embargo", "failure");
  }
  return result;
}

/** The context commands see when the job runner acts, with audit entries at the run's instant. */
function systemContext(store: Store, at: string) {
  // Audit entries carry the run's instant, so a test's fake clock and the log agree.
  return { store, actor: "system" as const, clock: { now: () => new Date(at) } };
}

async function publishScheduled(deps: JobDeps, at: string, result: JobRunResult): Promise<void> {
  const { store } = deps;
  const nodeDetail = deps.node === undefined ? {} : { node: deps.node };
  let cursor: ScheduleCursor | undefined;
  while (!deps.signal?.aborted) {
    const attempt: { item?: DueTranslation } = {};
    try {
      const done = await inTransaction(store.db, async (trx) => {
        const item = await claimNextScheduled(trx, store.dialect, at, cursor);
        if (!item) return false;
        attempt.item = item;
        const published = await publishInTransaction(
          systemContext(store, at),
          trx,
          item.articleId,
          { translationId: item.id, from: ["scheduled"], scheduledBy: at },
          { now: at, listingAt: item.scheduledAt },
          { via: "schedule", scheduledAt: item.scheduledAt, ...nodeDetail },
        );
        result.published.push(...published);
        return true;
      });
      if (!done) return;
    } catch (error) {
      // A failure before anything was claimed (the database is gone) ends the run; the scheduler logs it.
      if (!attempt.item) throw error;
      result.failed.push({ kind: "schedule", id: attempt.item.id, message: messageOf(error) });
    }
    if (attempt.item) cursor = { scheduledAt: attempt.item.scheduledAt, id: attempt.item.id };
  }
}

async function releaseEmbargoes(deps: JobDeps, at: string, result: JobRunResult): Promise<void> {
  const { store } = deps;
  let afterId = 0;
  while (!deps.signal?.aborted) {
    const attempt: { articleId?: number } = {};
    try {
      const done = await inTransaction(store.db, async (trx) => {
        const articleId = await claimNextEmbargo(trx, store.dialect, at, afterId);
        if (articleId === undefined) return false;
        attempt.articleId = articleId;
        // The release joins this transaction (the store handed on is the transaction), so it runs under the claim.
        const published = await releaseDueEmbargo(systemContext({ ...store, db: trx }, at), articleId, at);
        if (published.length > 0) result.released.push({ articleId, published });
        return true;
      });
      if (!done) return;
    } catch (error) {
      if (attempt.articleId === undefined) throw error;
      result.failed.push({ kind: "embargo", id: attempt.articleId, message: messageOf(error) });
    }
    if (attempt.articleId !== undefined) afterId = attempt.articleId;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface SchedulerOptions {
  store: Store;
  clock?: Clock | undefined;
  /** How often to look for due work. */
  intervalMs: number;
  logger: Logger;
  /** Names this node in audit entries. */
  node?: string | undefined;
  /** Called after a run that published anything (e.g. to drop caches or ping feeds). */
  onPublished?: ((result: JobRunResult) => void | Promise<void>) | undefined;
}

export interface RunningScheduler {
  /** The first run, made at start: it catches up on whatever fell due while the server was down. */
  ready: Promise<JobRunResult | undefined>;
  /** Runs now (after any run in progress); resolves with what it did. */
  runNow(): Promise<JobRunResult | undefined>;
  /** Stops the interval and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Starts the job runner: one run at once, then one every `intervalMs`. Runs never overlap within a process;
 * across processes the per-item claims keep publication exactly-once. Stopping ends a run after the item in
 * hand, so a shutdown commits or rolls back whole items only.
 */
export function startScheduler(options: SchedulerOptions): RunningScheduler {
  const clock = options.clock ?? systemClock;
  let running: Promise<JobRunResult | undefined> | undefined;
  let stopped = false;
  const stopping = new AbortController();

  const run = async (): Promise<JobRunResult | undefined> => {
    try {
      const result = await runDueJobs(
        { store: options.store, logger: options.logger, node: options.node, signal: stopping.signal },
        clock.now(),
      );
      const count = result.published.length + result.released.reduce((n, r) => n + r.published.length, 0);
      if (count > 0) {
        options.logger.info("published due items", {
          scheduled: result.published.map((p) => p.translationId),
          released: result.released.map((r) => r.articleId),
        });
        await options.onPublished?.(result);
      }
      return result;
    } catch (error) {
      options.logger.error("the job runner failed", { error: messageOf(error) });
      return undefined;
    }
  };
  const tick = (): Promise<JobRunResult | undefined> => {
    if (running) return running;
    if (stopped) return Promise.resolve(undefined);
    const current = run().finally(() => {
      running = undefined;
    });
    running = current;
    return current;
  };

  const ready = tick();
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return {
    ready,
    runNow: async () => {
      if (running) await running;
      return tick();
    },
    stop: async () => {
      stopped = true;
      stopping.abort();
      clearInterval(timer);
      if (running) await running;
    },
  };
}
