import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres } from "../../src/store/database.js";
import { allMigrations } from "../../src/store/migrations/index.js";
import { checkReadiness } from "../../src/http/ops/readiness.js";
import { DIALECTS } from "../helpers/stores.js";
import { createOpsSite, type OpsSite } from "./support.js";

describe.each(DIALECTS)("health and readiness probes (%s)", (dialect) => {
  let site: OpsSite | undefined;
  afterEach(async () => {
    await site?.destroy();
    site = undefined;
  });

  it("/healthz says the process is alive, as JSON nobody may cache", async () => {
    site = await createOpsSite(dialect);
    const response = await site.request("/healthz");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/healthz stays 200 when the database is gone: restarting the process would not bring it back", async () => {
    site = await createOpsSite(dialect);
    await site.testStore.store.close();
    expect((await site.request("/healthz")).status).toBe(200);
  });

  it("/readyz is 200 when the database answers and every migration is applied", async () => {
    site = await createOpsSite(dialect);
    const response = await site.request("/readyz");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("/readyz turns 503 once the database is closed, and is never answered from a cache", async () => {
    site = await createOpsSite(dialect);
    expect((await site.request("/readyz")).status).toBe(200);
    await site.testStore.store.close();
    const response = await site.request("/readyz");
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "unavailable", reason: "database_unavailable" });
    // The reason's detail goes to the log, once, not to whoever asks.
    expect(site.logs.filter((line) => line.msg === "not ready")).toHaveLength(1);
    await site.request("/readyz");
    expect(site.logs.filter((line) => line.msg === "not ready")).toHaveLength(1);
  });

  it("/readyz is 503 while the newest migration is missing, and 200 again once it is back", async () => {
    site = await createOpsSite(dialect);
    const newest = Object.keys(allMigrations(dialect)).sort().at(-1) ?? "";
    const db = site.testStore.store.db;
    await sql`delete from kysely_migration where name = ${newest}`.execute(db);
    const response = await site.request("/readyz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "migrations_pending" });
    const logged = site.logs.find((line) => line.msg === "not ready");
    expect(logged?.["detail"]).toContain(newest);

    await sql`insert into kysely_migration (name, timestamp) values (${newest}, ${new Date().toISOString()})`.execute(
      db,
    );
    expect((await site.request("/readyz")).status).toBe(200);
    expect(site.logs.some((line) => line.msg === "ready again")).toBe(true);
  });

  it("/readyz is 503 when the database was migrated by a newer release", async () => {
    site = await createOpsSite(dialect);
    const db = site.testStore.store.db;
    await sql`insert into kysely_migration (name, timestamp) values (${"29990101000000_from_the_future"}, ${new Date().toISOString()})`.execute(
      db,
    );
    const response = await site.request("/readyz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "database_newer" });
  });

  it("/readyz is 503 while the server drains, so the load balancer moves on", async () => {
    let draining = false;
    site = await createOpsSite(dialect, {}, { isDraining: () => draining });
    expect((await site.request("/readyz")).status).toBe(200);
    draining = true;
    const response = await site.request("/readyz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "shutting_down" });
  });

  it("/readyz gives up after its timeout when no connection is free (a hung database)", async () => {
    site = await createOpsSite(dialect);
    // Holding the only connection (SQLite) or a whole pool of one (see below) leaves the probe's query waiting,
    // as a database behind a dead link would.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const store =
      dialect === "postgres" ? openPostgres(site.testStore.databaseUrl ?? "", 1) : site.testStore.store;
    const holding = store.db.connection().execute(() => held);
    try {
      const started = Date.now();
      const readiness = await checkReadiness(store, { timeoutMs: 300 });
      expect(readiness).toMatchObject({ ready: false, reason: "database_unavailable" });
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      release();
      await holding;
      if (store !== site.testStore.store) await store.close();
    }
    // Once the connection is free again, the same node is ready.
    expect(await checkReadiness(site.testStore.store)).toEqual({ ready: true });
  });

  it("probes are not pages: no page-cache headers, and a bad method gets no page", async () => {
    site = await createOpsSite(dialect);
    const response = await site.request("/healthz");
    expect(response.headers.get("surrogate-key")).toBeNull();
    expect(response.headers.get("etag")).toBeNull();
    const post = await site.request("/healthz", { method: "POST" });
    expect(post.status).toBe(404);
  });
});

describe("readiness against a PostgreSQL server that does not answer", () => {
  it.runIf(DIALECTS.includes("postgres"))("reports the database unavailable, quickly", async () => {
    // Port 1 on loopback: nothing listens there, so connecting is refused at once.
    const store = openPostgres("postgres://postgres@127.0.0.1:1/nothing", 2);
    try {
      const started = Date.now();
      const readiness = await checkReadiness(store, { timeoutMs: 1500 });
      expect(readiness).toMatchObject({ ready: false, reason: "database_unavailable" });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await store.close();
    }
  });
});
