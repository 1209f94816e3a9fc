import { isoNow, systemClock, type Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import type { MediaStorage } from "../media/storage.js";
import { buildVariants, variantKey } from "../media/variants.js";
import type { Store } from "../store/database.js";
import { isKeyInUse } from "../store/media.js";
import {
  claimVariantWork,
  finishVariantWork,
  findVariantWork,
  type NewVariant,
  type VariantWork,
} from "../store/mediaVariants.js";

export interface VariantJobContext {
  store: Store;
  storage: MediaStorage;
  clock?: Clock | undefined;
  logger?: Logger | undefined;
  /** How long a claim holds before another worker may take the image over (default 10 minutes). */
  leaseMs?: number | undefined;
}

export interface VariantJobResult {
  /** Images this run made variants for. */
  done: number[];
  /** Images that failed; they are retried once their claim's lease runs out. */
  failed: number[];
}

const BATCH = 20;
const DEFAULT_LEASE_MS = 10 * 60 * 1000;

/**
 * Makes the variants of every image that has none yet, off the request path. Safe to run on several nodes or
 * twice at once: each image is claimed with a conditional update and only the claimant does the work. A
 * worker that dies leaves a claim that expires after the lease, and the next run picks the image up again.
 */
export async function processPendingVariants(ctx: VariantJobContext): Promise<VariantJobResult> {
  const clock = ctx.clock ?? systemClock;
  const leaseMs = ctx.leaseMs ?? DEFAULT_LEASE_MS;
  const result: VariantJobResult = { done: [], failed: [] };
  const seen = new Set<number>();
  for (;;) {
    const staleBefore = new Date(clock.now().getTime() - leaseMs).toISOString();
    const batch = (await findVariantWork(ctx.store.db, staleBefore, BATCH)).filter(
      (w) => !seen.has(w.mediaId),
    );
    if (batch.length === 0) return result;
    for (const work of batch) {
      seen.add(work.mediaId);
      const claim = isoNow(clock);
      if (!(await claimVariantWork(ctx.store.db, work, claim))) continue;
      try {
        if (await makeVariants(ctx, work, claim)) result.done.push(work.mediaId);
      } catch (error) {
        result.failed.push(work.mediaId);
        ctx.logger?.error("could not make image variants", { mediaId: work.mediaId, error: String(error) });
      }
    }
  }
}

async function makeVariants(ctx: VariantJobContext, work: VariantWork, claim: string): Promise<boolean> {
  const original = await ctx.storage.get(work.storageKey);
  if (!original) throw new Error(`the original ${work.storageKey} is missing from media storage`);
  const built = await buildVariants(await original.bytes());
  const rows: NewVariant[] = [];
  try {
    for (const variant of built) {
      const key = variantKey(work.sha256, variant.width, variant.format);
      await ctx.storage.put(key, variant.bytes);
      rows.push({
        format: variant.format,
        width: variant.width,
        height: variant.height,
        size: variant.bytes.byteLength,
        storageKey: key,
      });
    }
    const finished = await finishVariantWork(ctx.store.db, work.mediaId, claim, isoNow(ctx.clock), rows);
    if (!finished)
      ctx.logger?.warn("image variants were finished by another worker", { mediaId: work.mediaId });
    return finished;
  } catch (error) {
    // Keys depend on the content only, so another worker may have written the same files: keep those in use.
    for (const row of rows) {
      if (!(await isKeyInUse(ctx.store.db, row.storageKey))) await ctx.storage.delete(row.storageKey);
    }
    throw error;
  }
}

/**
 * Runs the variant job in this process right after an upload, without blocking the response. Triggers that
 * arrive while a run is going are folded into one more run, so that nothing uploaded meanwhile is missed.
 */
export class VariantQueue {
  readonly #ctx: VariantJobContext;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(ctx: VariantJobContext) {
    this.#ctx = ctx;
  }

  /** Asks for a run soon; returns at once. */
  schedule(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.#loop())
      .finally(() => {
        this.#running = undefined;
      });
  }

  /** Resolves when no run is going: for tests and for a graceful shutdown. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #loop(): Promise<void> {
    do {
      this.#again = false;
      try {
        await processPendingVariants(this.#ctx);
      } catch (error) {
        this.#ctx.logger?.error("the image variant job failed", { error: String(error) });
      }
    } while (this.#again);
  }
}
