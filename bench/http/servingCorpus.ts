import { corpusFolder, ensureBenchCorpus, saveManifest } from "../search/corpusCache.js";
import { searchService } from "../../src/search/service.js";
import { openSqlite } from "../../src/store/database.js";

/**
 * The corpus the server is loaded against, shared with the search benchmark (same folder, same manifest): built
 * once, then reused. Its search index is built here when missing, so that `serve` does not build it at start and
 * the cold start measures starting, not indexing. Answers the Pressroom data directory.
 */
export async function ensureServingCorpus(
  dataDir: string,
  seed: number,
  items: number,
  say: (line: string) => void,
): Promise<string> {
  const corpus = await ensureBenchCorpus(dataDir, seed, items, 1);
  const folder = corpusFolder(dataDir, seed, items);
  say(
    `${corpus.reused ? "Reusing" : "Built"} the ${items.toLocaleString("en")}-item corpus in ${corpus.file}`,
  );
  if (!corpus.manifest.indexedAt) {
    say("Building its search index (once)");
    const store = openSqlite(corpus.file);
    try {
      const began = performance.now();
      await searchService(store).rebuild();
      const indexSeconds = (performance.now() - began) / 1000;
      saveManifest(folder, { ...corpus.manifest, indexedAt: new Date().toISOString(), indexSeconds });
    } finally {
      await store.close();
    }
  }
  return folder;
}
