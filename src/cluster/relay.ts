import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Logger } from "../lib/logger.js";
import { announceContentChange, onContentChange, type ContentChange } from "../store/contentChanges.js";
import type { Store } from "../store/database.js";
import { CHANGES_CHANNEL, decodeChange, encodeChange } from "./changeMessages.js";
import { NotificationListener } from "./notificationListener.js";

/** The application_name of the listening connection, as pg_stat_activity shows it. */
export const LISTENER_APPLICATION_NAME = "pressroom-listener";

export interface ClusterRelayOptions {
  store: Store;
  /** The same postgres:// URL the store was opened with. */
  databaseUrl: string;
  logger: Logger;
  minBackoffMs?: number | undefined;
  maxBackoffMs?: number | undefined;
}

export interface ClusterRelay {
  /** This node's id in the messages it sends. */
  node: string;
  /** Stops relaying, after the notifications already on their way have been sent. */
  stop(): Promise<void>;
}

/**
 * Keeps the page and section caches of several nodes on one PostgreSQL database in step. Every change this
 * node commits (announced locally after commit) is sent to the others with NOTIFY; every change another node
 * sends is announced here, exactly as if it had been made here, so the caches need to know nothing of nodes.
 * After the listening connection was lost and comes back, everything cached is dropped, because what was
 * sent meanwhile is lost. Only for PostgreSQL: on SQLite there is one process and nothing to relay.
 */
export async function startClusterRelay(options: ClusterRelayOptions): Promise<ClusterRelay> {
  const { store, logger } = options;
  const node = randomUUID();
  const inFlight = new Set<Promise<void>>();
  // Set while a change received from elsewhere is announced here, so that it is not sent back out. Listeners
  // run synchronously inside announceContentChange when no transaction is open, and none is open here.
  let relayingRemote = false;

  const applyHere = (change: ContentChange): void => {
    relayingRemote = true;
    try {
      announceContentChange(change);
    } finally {
      relayingRemote = false;
    }
  };

  const send = (change: ContentChange): void => {
    const sending = sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${encodeChange(node, change)})`
      .execute(store.db)
      .then(
        () => undefined,
        (error: unknown) =>
          logger.error("could not tell the other nodes about a change; their caches may be stale", {
            error: error instanceof Error ? error.message : String(error),
          }),
      )
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  };

  const unsubscribe = onContentChange((change) => {
    if (!relayingRemote) send(change);
  });

  const listener = new NotificationListener({
    url: options.databaseUrl,
    channel: CHANGES_CHANNEL,
    applicationName: LISTENER_APPLICATION_NAME,
    logger,
    minBackoffMs: options.minBackoffMs,
    maxBackoffMs: options.maxBackoffMs,
    onNotification: (payload) => {
      const message = decodeChange(payload);
      if (message.node !== node) applyHere(message.change);
    },
    onReconnected: () => applyHere({ articleIds: [], listLangs: [], everything: true }),
  });
  await listener.start();

  return {
    node,
    stop: async () => {
      unsubscribe();
      await Promise.all([...inFlight]);
      await listener.stop();
    },
  };
}
