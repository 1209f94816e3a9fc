import { generateCorpus, type CorpusOptions } from "./generate.js";
import { addItem, emptyBatch, type IdPlan, type RowBatch } from "./rows.js";
import type { CorpusIds } from "./setup.js";

/** One batch of a corpus: items [start, start + count) as rows. */
export interface BatchRange {
  start: number;
  count: number;
}

/** Splits a corpus into batch ranges, in order. */
export function batchRanges(options: CorpusOptions, batchSize: number): BatchRange[] {
  const first = options.start ?? 0;
  const ranges: BatchRange[] = [];
  for (let start = first; start < first + options.count; start += batchSize) {
    ranges.push({ start, count: Math.min(batchSize, first + options.count - start) });
  }
  return ranges;
}

/** Generates one batch's items and turns them into rows. */
export function buildBatch(
  options: CorpusOptions,
  range: BatchRange,
  ids: CorpusIds,
  plan: IdPlan,
): RowBatch {
  const batch = emptyBatch();
  const total = options.total ?? (options.start ?? 0) + options.count;
  for (const item of generateCorpus({ ...options, start: range.start, count: range.count, total })) {
    addItem(batch, item, ids, plan);
  }
  return batch;
}

/** Batches made on this thread, one at a time. */
export async function* localBatches(
  options: CorpusOptions,
  batchSize: number,
  ids: CorpusIds,
  plan: IdPlan,
): AsyncGenerator<RowBatch> {
  for (const range of batchRanges(options, batchSize)) yield buildBatch(options, range, ids, plan);
}
