import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load.js";
import { openStore } from "../../src/store/database.js";
import { POSTGRES_ADMIN_URL } from "../helpers/stores.js";

describe("PostgreSQL connection pool size", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "cfg-"));

  it("is read from PRESSROOM_DB_POOL_SIZE, 10 by default, and refuses nonsense", () => {
    expect(loadConfig({}, dir()).dbPoolSize).toBe(10);
    expect(loadConfig({ PRESSROOM_DB_POOL_SIZE: "25" }, dir()).dbPoolSize).toBe(25);
    for (const bad of ["0", "-3", "many", "2.5"]) {
      expect(() => loadConfig({ PRESSROOM_DB_POOL_SIZE: bad }, dir()), bad).toThrow(ConfigError);
    }
  });

  it("bounds the connections a node opens", async () => {
    const store = openStore({ dataDir: dir(), databaseUrl: POSTGRES_ADMIN_URL, poolSize: 3 });
    try {
      // Five queries at once through a pool of three: three run, two wait for a connection.
      const running = Array.from({ length: 5 }, () => sql`SELECT pg_sleep(0.3)`.execute(store.db));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(store.poolStats()).toMatchObject({ total: 3, waiting: 2, max: 3 });
      await Promise.all(running);
    } finally {
      await store.close();
    }
  });
});
