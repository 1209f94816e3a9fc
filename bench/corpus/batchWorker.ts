import { parentPort, workerData } from "node:worker_threads";
import { buildBatch, type BatchRange } from "./batches.js";
import type { CorpusOptions } from "./generate.js";
import type { IdPlan } from "./rows.js";
import type { CorpusIds } from "./setup.js";

/** A generator thread: answers each batch range it is sent with that batch's rows. */
export interface BatchWorkerData {
  options: CorpusOptions;
  ids: { sections: [string, number][]; people: CorpusIds["people"] };
  plan: IdPlan;
}

const data = workerData as BatchWorkerData;
const ids: CorpusIds = { sections: new Map(data.ids.sections), people: data.ids.people };

parentPort?.on("message", (message: { sequence: number; range: BatchRange }) => {
  const batch = buildBatch(data.options, message.range, ids, data.plan);
  parentPort?.postMessage({ sequence: message.sequence, batch });
});
