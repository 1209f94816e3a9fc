import { join } from "node:path";
import type { MediaLimits } from "../commands/media/context.js";
import type { Config } from "../config/schema.js";
import { VariantQueue } from "../jobs/mediaVariants.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import type { Store } from "../store/database.js";
import { LocalDirectoryStorage, type MediaStorage } from "./storage.js";

/** The media parts a running node shares between its routes: where files live, the limits, the variant job. */
export interface MediaRuntime {
  storage: MediaStorage;
  limits: MediaLimits;
  variants: VariantQueue;
}

/** `<dataDir>/media`: the default home of media files. A shared mount there serves several nodes. */
export function defaultMediaDirectory(config: Pick<Config, "dataDir">): string {
  return join(config.dataDir, "media");
}

/** Media for one node: the given storage, or the local directory under the data directory. */
export function createMediaRuntime(
  deps: { config: Config; store: Store; logger: Logger; clock?: Clock | undefined },
  storage: MediaStorage = new LocalDirectoryStorage(defaultMediaDirectory(deps.config)),
): MediaRuntime {
  return {
    storage,
    limits: { maxImageBytes: deps.config.maxImageBytes, maxAttachmentBytes: deps.config.maxAttachmentBytes },
    variants: new VariantQueue({ store: deps.store, storage, clock: deps.clock, logger: deps.logger }),
  };
}
