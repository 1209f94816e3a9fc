import { createArticle } from "../../src/commands/createArticle.js";
import { configSchema } from "../../src/config/schema.js";
import type { AdminDeps } from "../../src/http/admin/context.js";
import { createApp } from "../../src/http/app.js";
import { loadSiteAssets } from "../../src/http/site/assets.js";
import { SectionCache } from "../../src/http/site/sectionCache.js";
import { systemClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { openSqlite, type Store } from "../../src/store/database.js";
import { spreadOf, type Spread } from "./stats.js";

const LIST_PATH = "/ru/news/";

/**
 * Publish-to-visible, in one process: the app as `serve` builds it (page cache on) over the given database, the
 * all-news page warmed into the cache, then the real createArticle command publishes a new item in Russian and
 * English and the clock runs until the all-news page lists it and its own page answers 200. Cross-process
 * invalidation (a second process publishing) is issue 6's.
 */
export async function measurePublishToVisible(databaseFile: string, samples: number): Promise<Spread> {
  const store = openSqlite(databaseFile);
  try {
    const config = configSchema.parse({ logLevel: "silent", demo: false, pageCache: true });
    const deps: AdminDeps = {
      config,
      store,
      assets: loadSiteAssets(),
      sections: new SectionCache(store),
      logger: createLogger("silent"),
      clock: systemClock,
    };
    const app = createApp(deps);
    const get = async (path: string) => app.request(`http://localhost${path}`);
    const sectionId = await newsSectionId(store);
    const timings: number[] = [];
    for (let i = 0; i < samples; i++) {
      await (await get(LIST_PATH)).text(); // in the cache now
      const stamp = `${Date.now()}-${i}`;
      const began = performance.now();
      const created = await createArticle(
        { store, languages: config.languages },
        {
          sectionId,
          kind: "news",
          publishedAt: new Date().toISOString(),
          translations: [
            {
              lang: "ru",
              title: `Проверка публикации ${stamp}`,
              bodyHtml: "<p>Текст.</p>",
              state: "published",
            },
            { lang: "en", title: `Publishing check ${stamp}`, bodyHtml: "<p>Text.</p>", state: "published" },
          ],
        },
      );
      const slug = created.slugs["ru"] ?? "";
      for (let attempt = 0; ; attempt++) {
        const list = await (await get(LIST_PATH)).text();
        const page = await get(`${LIST_PATH}${slug}/`);
        await page.arrayBuffer();
        if (list.includes(slug) && page.status === 200) break;
        if (attempt > 1000) throw new Error(`the published item ${slug} never became visible`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      timings.push(performance.now() - began);
    }
    return spreadOf(timings);
  } finally {
    await store.close();
  }
}

async function newsSectionId(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("section_translations")
    .select("section_id")
    .where("path", "=", "news")
    .executeTakeFirst();
  if (!row) throw new Error('the corpus has no "news" section');
  return row.section_id;
}
