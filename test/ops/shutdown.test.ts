import { Agent, get, type IncomingHttpHeaders } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { listenGracefully } from "../../src/http/ops/listen.js";
import { createLogger } from "../../src/lib/logger.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A GET over a real socket; `connected` resolves once the TCP connection is up. */
function request(
  port: number,
  path: string,
  agent?: Agent,
): { answer: Promise<Answer>; connected: Promise<void> } {
  let onConnect: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnect = resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    const req = get({ host: "127.0.0.1", port, path, agent: agent ?? false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("socket", (socket) => {
      if (!socket.connecting) onConnect();
      else socket.once("connect", onConnect);
    });
    req.on("error", reject);
  });
  return { answer, connected };
}

/** Holds the database so that a page request stays in flight until `release` is called. */
async function holdDatabase(site: ListeningSite, dialect: string): Promise<() => Promise<void>> {
  const { store } = site.server.deps;
  if (dialect === "sqlite") {
    // Kysely gives SQLite's one connection to one user at a time: while we hold it, every query waits.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let acquired: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (acquired = resolve));
    const holding = store.db.connection().execute(() => {
      acquired();
      return held;
    });
    await ready;
    return async () => {
      release();
      await holding;
    };
  }
  // An exclusive lock on the sections table makes every page's first query wait.
  const url = new URL(store.location);
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query("begin");
  await client.query("lock table sections in access exclusive mode");
  return async () => {
    await client.query("rollback");
    await client.end();
  };
}

describe.each(DIALECTS)("graceful shutdown of a real server (%s)", (dialect) => {
  let site: ListeningSite | undefined;
  afterEach(async () => {
    await site?.destroy();
    site = undefined;
  });

  it("finishes a request in flight with 200 after close(), while new connections are refused", async () => {
    site = await startDemoServer(dialect);
    const { port } = site.server;
    const release = await holdDatabase(site, dialect);
    const slow = request(port, "/en/");
    await slow.connected;
    // Same process: a few turns of the event loop bring the request to the handler, now waiting on the database.
    await sleep(300);

    const closing = site.server.close();
    let closed = false;
    void closing.then(() => (closed = true));
    await expect(request(port, "/healthz").answer).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await sleep(100);
    expect(closed).toBe(false);

    await release();
    const answer = await slow.answer;
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("</html>");
    // The client is told not to send more on this connection.
    expect(answer.headers.connection).toBe("close");
    await closing;
    expect(closed).toBe(true);
  });

  it("closes idle keep-alive connections at once instead of waiting for their timeout", async () => {
    site = await startDemoServer(dialect);
    const agent = new Agent({ keepAlive: true });
    try {
      const first = await request(site.server.port, "/healthz", agent).answer;
      expect(first.status).toBe(200);
      expect(first.headers.connection).toBe("keep-alive");
      const started = Date.now();
      await site.server.close();
      // Node keeps an idle connection 5 s by default; shutdown must not wait for that.
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      agent.destroy();
    }
  });
});

describe("the shutdown deadline", () => {
  it("cuts requests that are still running when the deadline passes", async () => {
    const logs: string[] = [];
    const server = await listenGracefully(() => new Promise<Response>(() => undefined), {
      port: 0,
      host: "127.0.0.1",
      logger: createLogger("info", true, (line) => logs.push(line)),
      deadlineMs: 300,
    });
    const stuck = request(server.port, "/never");
    await stuck.connected;
    await sleep(100);
    const started = Date.now();
    await server.close();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(2000);
    await expect(stuck.answer).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(logs.join("")).toContain("shutdown deadline passed");
    // Calling close() again is harmless.
    await server.close();
  });
});
