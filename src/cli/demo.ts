import { isEmptySite, loadDemo } from "../commands/loadDemo.js";
import { demoContent } from "../demo/content.js";
import { openCliContext } from "./context.js";

/** `pressroom demo [--reset]` */
export async function runDemo(reset: boolean): Promise<number> {
  const { config, store } = await openCliContext();
  try {
    if (!reset && !(await isEmptySite(store))) {
      console.error(
        "pressroom: the site already has content; use `pressroom demo --reset` to replace it with the demo",
      );
      return 1;
    }
    const count = await loadDemo({ store, languages: config.languages }, demoContent, { reset });
    console.log(`Loaded the demo content: ${count} articles.`);
    return 0;
  } finally {
    await store.close();
  }
}
