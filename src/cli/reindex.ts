import { parseArgs } from "node:util";
import { ConfigError } from "../config/load.js";
import { progressReporter } from "../search/progress.js";
import { searchService } from "../search/service.js";
import type { Store } from "../store/database.js";
import { openCliContext } from "./context.js";

export const reindexUsage = `  reindex                       Rebuild the search index from the published items`;

/** `pressroom reindex`: rebuilds every search document, with progress on stderr and a summary on stdout. */
export async function runReindex(args: readonly string[]): Promise<number> {
  parseArgs({ args: [...args], options: {} });
  const progress = progressReporter(process.stderr);
  let store: Store | undefined;
  try {
    store = (await openCliContext()).store;
    const started = Date.now();
    const count = await searchService(store).rebuild((done, total) => progress.update(done, total));
    progress.finish();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Reindexed ${count} published ${count === 1 ? "item" : "items"} in ${seconds} s (${store.location}).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    progress.finish();
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`pressroom: reindexing failed: ${reason}`);
    if (store) {
      console.error(
        "Search may miss items until `pressroom reindex` succeeds; run it again once this is fixed.",
      );
    }
    return 1;
  } finally {
    await store?.close();
  }
}
