import type { Config } from "../../config/schema.js";
import type { Logger } from "../../lib/logger.js";
import type { Store } from "../../store/database.js";
import type { SiteAssets } from "./assets.js";
import type { SectionCache } from "./sectionCache.js";

/** What the public site's handlers need, built once at start. */
export interface SiteDeps {
  config: Config;
  store: Store;
  assets: SiteAssets;
  sections: SectionCache;
  logger: Logger;
}

/** The section whose page is "all news": the top-level section with this path. */
export const ALL_NEWS_PATH = "news";
