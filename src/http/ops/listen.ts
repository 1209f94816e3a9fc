import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { Logger } from "../../lib/logger.js";

/** How long shutdown waits for requests in flight before it cuts their connections. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export interface GracefulServer {
  port: number;
  /** True from the moment close() is called. */
  isDraining(): boolean;
  /**
   * Stops taking connections at once, lets requests in flight finish (up to the deadline, then cuts them),
   * closes idle keep-alive connections, and resolves when no connection is left. Calling it again waits too.
   */
  close(): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host: string;
  logger: Logger;
  deadlineMs?: number;
}

/** Serves a fetch handler over HTTP/1.1 with a shutdown that does not drop the requests it is answering. */
export function listenGracefully(
  fetch: (request: Request) => Response | Promise<Response>,
  options: ListenOptions,
): Promise<GracefulServer> {
  const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
  const server = createServer();
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let closing: Promise<void> | undefined;

  // Registered before the app's listener, so that a request arriving while draining is told to close first.
  server.on("request", (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    if (draining) response.setHeader("Connection", "close");
    response.on("close", () => {
      inFlight.delete(response);
      // A response whose headers went out before the drain began left its connection open and now idle.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  server.on("request", getRequestListener(fetch));

  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      draining = true;
      // Answers not yet begun end their connection, so clients do not send more on it.
      for (const response of inFlight) {
        if (!response.headersSent) response.setHeader("Connection", "close");
      }
      if (inFlight.size > 0) options.logger.info("finishing requests in flight", { requests: inFlight.size });
      const deadline = setTimeout(() => {
        options.logger.warn("shutdown deadline passed: closing connections still in use", {
          requests: inFlight.size,
          deadlineMs,
        });
        server.closeAllConnections();
      }, deadlineMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      resolve({ port, isDraining: () => draining, close });
    });
  });
}
