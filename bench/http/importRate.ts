import { statSync } from "node:fs";
import { join } from "node:path";
import { writeCorpus, type ProgressListener } from "../corpus/write.js";
import { searchService } from "../../src/search/service.js";
import { openSqlite } from "../../src/store/database.js";

export interface ImportResult {
  items: number;
  writeSeconds: number;
  indexSeconds: number;
  /** Items per second, writing and search indexing together. */
  itemsPerSecond: number;
  bytes: number;
}

/**
 * Import throughput, measured honestly as what a bulk load costs: the corpus writer (the project's migrator,
 * section and people commands, bulk article inserts, in safe journaled mode) into a fresh SQLite file in `dataDir`,
 * then the search service's `rebuild()` over everything written. The file is left as a Pressroom data directory.
 */
export async function measureImport(
  dataDir: string,
  items: number,
  seed: number,
  onProgress?: ProgressListener,
): Promise<ImportResult> {
  const file = join(dataDir, "pressroom.sqlite");
  const written = await writeCorpus(file, { seed, count: items, workers: 1 }, onProgress);
  const store = openSqlite(file);
  try {
    const began = performance.now();
    await searchService(store).rebuild();
    const indexSeconds = (performance.now() - began) / 1000;
    return {
      items,
      writeSeconds: written.seconds,
      indexSeconds,
      itemsPerSecond: items / (written.seconds + indexSeconds),
      bytes: statSync(file).size,
    };
  } finally {
    await store.close();
  }
}
