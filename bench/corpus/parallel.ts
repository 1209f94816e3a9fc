import { Worker } from "node:worker_threads";
import { batchRanges } from "./batches.js";
import type { BatchWorkerData } from "./batchWorker.js";
import type { CorpusOptions } from "./generate.js";
import type { IdPlan, RowBatch } from "./rows.js";
import type { CorpusIds } from "./setup.js";

/** Batches each generator thread works ahead: enough to keep it busy while the writer inserts. */
const AHEAD_PER_WORKER = 2;

/**
 * Starts a generator thread. Under tsx (the bench's runner) the worker's TypeScript is loaded through tsx's API;
 * compiled JavaScript would load directly.
 */
function startWorker(data: BatchWorkerData): Worker {
  const entry = new URL("./batchWorker.ts", import.meta.url);
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./batchWorker.js", import.meta.url), { workerData: data });
  const api = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, workerData: data });
}

/**
 * Batches made by `workers` generator threads, handed out in corpus order so that ids go into the indexes in
 * ascending order. Generation and insertion then overlap: the calling thread only writes.
 */
export async function* parallelBatches(
  options: CorpusOptions,
  batchSize: number,
  ids: CorpusIds,
  plan: IdPlan,
  workers: number,
): AsyncGenerator<RowBatch> {
  const ranges = batchRanges(options, batchSize);
  const data: BatchWorkerData = { options, ids: { sections: [...ids.sections], people: ids.people }, plan };
  const pool = Array.from({ length: Math.max(1, workers) }, () => startWorker(data));
  const waiting = new Map<number, { resolve: (batch: RowBatch) => void; reject: (error: Error) => void }>();
  const ready = new Map<number, Promise<RowBatch>>();
  const request = (sequence: number) => {
    const range = ranges[sequence];
    const worker = pool[sequence % pool.length];
    if (!range || !worker) return;
    ready.set(
      sequence,
      new Promise<RowBatch>((resolve, reject) => {
        waiting.set(sequence, { resolve, reject });
      }),
    );
    worker.postMessage({ sequence, range });
  };
  for (const worker of pool) {
    worker.on("message", (message: { sequence: number; batch: RowBatch }) => {
      waiting.get(message.sequence)?.resolve(message.batch);
      waiting.delete(message.sequence);
    });
    worker.on("error", (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  try {
    for (let sequence = 0; sequence < Math.min(ranges.length, pool.length * AHEAD_PER_WORKER); sequence++) {
      request(sequence);
    }
    for (let sequence = 0; sequence < ranges.length; sequence++) {
      const batch = await ready.get(sequence);
      ready.delete(sequence);
      request(sequence + pool.length * AHEAD_PER_WORKER);
      if (batch) yield batch;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
