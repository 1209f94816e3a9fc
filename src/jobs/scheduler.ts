import { releaseDueEmbargo } from "../commands/editorial/embargo.js";
import { publishInTransaction, type PublishedTranslation } from "../commands/editorial/publishing.js";
import { systemClock, type Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { inTransaction, type Store } from "../store/database.js";

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
}

/**
 * Publishes every translation scheduled at or before `now`, and releases every embargo that ended by then
 * (publishing each embargoed translation of the article: every language that is ready). Each item goes in its
 * own transaction behind a conditional UPDATE, so two runners, or a rerun, publish nothing twice; audit
 * entries name the actor "system". One failing item does not stop the others.
 */
export async function runDueJobs(
  deps: JobDeps,
  now: Date | string = systemClock.now(),
): Promise<JobRunResult> {
  const at = new Date(now).toISOString();
  // Audit entries carry the run's instant, so a test's fake clock and the log agree.
  const sys = { store: deps.store, actor: "system" as const, clock: { now: () => new Date(at) } };
  const result: JobRunResult = { at, published: [], released: [], failed: [] };
  const db = deps.store.db;

  const due = await db
    .selectFrom("article_translations")
    .select(["id", "article_id", "scheduled_at"])
    .where("state", "=", "scheduled")
    .where("scheduled_at", "<=", at)
    .orderBy("scheduled_at")
    .orderBy("id")
    .execute();
  for (const row of due) {
    try {
      const scheduledAt = row.scheduled_at ?? at;
      const published = await inTransaction(db, (trx) =>
        publishInTransaction(
          sys,
          trx,
          row.article_id,
          { translationId: row.id, from: ["scheduled"], scheduledBy: at },
          { now: at, listingAt: scheduledAt },
          { via: "schedule", scheduledAt },
        ),
      );
      result.published.push(...published);
    } catch (error) {
      result.failed.push({ kind: "schedule", id: row.id, message: messageOf(error) });
    }
  }

  const embargoes = await db
    .selectFrom("articles as a")
    .innerJoin("article_translations as t", "t.article_id", "a.id")
    .select("a.id")
    .distinct()
    .where("t.state", "=", "embargoed")
    .where("a.embargo_until", "is not", null)
    .where("a.embargo_until", "<=", at)
    .orderBy("a.id")
    .execute();
  for (const { id } of embargoes) {
    try {
      const published = await releaseDueEmbargo(sys, id, at);
      if (published.length > 0) result.released.push({ articleId: id, published });
    } catch (error) {
      result.failed.push({ kind: "embargo", id, message: messageOf(error) });
    }
  }

  for (const failure of result.failed) deps.logger?.error("a due job failed", { ...failure });
  return result;
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
 * across processes the conditional updates keep publication exactly-once.
 */
export function startScheduler(options: SchedulerOptions): RunningScheduler {
  const clock = options.clock ?? systemClock;
  let running: Promise<JobRunResult | undefined> | undefined;
  let stopped = false;

  const run = async (): Promise<JobRunResult | undefined> => {
    try {
      const result = await runDueJobs({ store: options.store, logger: options.logger }, clock.now());
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
      clearInterval(timer);
      if (running) await running;
    },
  };
}
