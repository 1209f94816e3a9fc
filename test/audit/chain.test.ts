import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendAudit, verifyAuditChain } from "../../src/audit/log.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";

describe.each(DIALECTS)("audit chain on %s", (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore(dialect);
  });
  afterEach(async () => {
    await t.destroy();
  });

  async function appendSome(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      await appendAudit(t.store, {
        action: i % 2 ? "published" : "sign_in",
        actorId: null,
        actorLabel: `user${i}@example.org`,
        subjectType: "translation",
        subjectId: i,
        details: { i },
      });
    }
  }

  it("verifies an intact chain", async () => {
    await appendSome(5);
    expect(await verifyAuditChain(t.store.db)).toEqual({ entries: 5 });
  });

  it("names the entry that was edited in the database", async () => {
    await appendSome(5);
    await t.store.db
      .updateTable("audit_log")
      .set({ actor_label: "someone-else" })
      .where("id", "=", 3)
      .execute();
    const result = await verifyAuditChain(t.store.db);
    expect(result.problem).toEqual({ id: 3, reason: "its content does not match its hash (it was changed)" });
  });

  it("notices a deleted entry in the middle", async () => {
    await appendSome(4);
    await t.store.db.deleteFrom("audit_log").where("id", "=", 2).execute();
    expect((await verifyAuditChain(t.store.db)).problem).toEqual({ id: 2, reason: "entry 2 is missing" });
  });

  it("keeps one chain when entries are appended concurrently", async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        appendAudit(t.store, { action: "sign_in", actorId: null, actorLabel: `c${i}` }),
      ),
    );
    expect(await verifyAuditChain(t.store.db)).toEqual({ entries: 8 });
  });
});
