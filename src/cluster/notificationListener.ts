import pg from "pg";
import type { Logger } from "../lib/logger.js";

export interface NotificationListenerOptions {
  url: string;
  channel: string;
  /** Shown in pg_stat_activity, so operators (and tests) can find the listening connection. */
  applicationName: string;
  logger: Logger;
  onNotification(payload: string | undefined): void;
  /**
   * Called once listening again after the connection was lost: notifications sent meanwhile are gone for good,
   * so whatever they would have invalidated must be treated as stale.
   */
  onReconnected(): void;
  /** First wait before reconnecting; it doubles on each failure up to maxBackoffMs. */
  minBackoffMs?: number | undefined;
  maxBackoffMs?: number | undefined;
  /** How often to check that a quiet connection still works (a silent network loss raises nothing). */
  pingIntervalMs?: number | undefined;
}

/**
 * LISTENs on one channel over a dedicated connection (not one of the pool's: a pooled connection is handed
 * to other queries and may be closed at any time), and keeps listening: a lost connection is reopened with
 * exponential backoff, and every reopening is reported, because notifications are not queued for a listener
 * that is away.
 */
export class NotificationListener {
  readonly #options: NotificationListenerOptions;
  #client: pg.Client | undefined;
  #retry: NodeJS.Timeout | undefined;
  #ping: NodeJS.Timeout | undefined;
  #backoffMs: number;
  #everConnected = false;
  #stopped = false;
  readonly #retired = new WeakSet<pg.Client>();

  constructor(options: NotificationListenerOptions) {
    this.#options = options;
    this.#backoffMs = options.minBackoffMs ?? 100;
  }

  /** Connects and listens; when the first attempt fails it keeps trying in the background. */
  async start(): Promise<void> {
    await this.#connect();
    const interval = this.#options.pingIntervalMs ?? 30_000;
    this.#ping = setInterval(() => void this.#checkAlive(), interval);
    this.#ping.unref();
  }

  /** Stops listening and closes the connection. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retry);
    clearInterval(this.#ping);
    const client = this.#client;
    this.#client = undefined;
    if (client) await client.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    if (this.#stopped) return;
    const { url, channel, applicationName, logger } = this.#options;
    const client = new pg.Client({
      connectionString: url,
      application_name: applicationName,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    const lost = (reason: string) => this.#lost(client, reason);
    client.on("error", (error) => lost(error.message));
    client.on("end", () => lost("the connection closed"));
    client.on("notification", (message) => {
      if (message.channel === channel) this.#options.onNotification(message.payload);
    });
    try {
      await client.connect();
      // The identifier cannot be a bound parameter; escapeIdentifier quotes it properly.
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.#stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#client = client;
    this.#backoffMs = this.#options.minBackoffMs ?? 100;
    if (this.#everConnected) {
      logger.warn("listening for other nodes' changes again; dropping every cached page", { channel });
      this.#options.onReconnected();
    }
    this.#everConnected = true;
  }

  /** Forgets a broken client (once, whichever of its events comes first) and schedules a reconnection. */
  #lost(client: pg.Client, reason: string): void {
    // A failing client may report an error, a failed query and its end: only the first one counts.
    if (this.#retired.has(client)) return;
    this.#retired.add(client);
    client.removeAllListeners("notification");
    if (this.#client === client) this.#client = undefined;
    if (this.#stopped) return;
    client.end().catch(() => undefined);
    const delay = this.#backoffMs;
    this.#backoffMs = Math.min(delay * 2, this.#options.maxBackoffMs ?? 10_000);
    this.#options.logger.warn("lost the connection that listens for other nodes' changes; reconnecting", {
      reason,
      retryInMs: delay,
    });
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      void this.#connect();
    }, delay);
    this.#retry.unref();
  }

  async #checkAlive(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    try {
      await client.query("SELECT 1");
    } catch (error) {
      this.#lost(client, error instanceof Error ? error.message : String(error));
    }
  }
}
