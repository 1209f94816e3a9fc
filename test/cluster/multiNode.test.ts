import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/audit/log.js";
import { LISTENER_APPLICATION_NAME } from "../../src/cluster/relay.js";
import { createDraft, transition, type Actor } from "../../src/commands/editorial/index.js";
import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import type { Role } from "../../src/domain/roles.js";
import type { Store } from "../../src/store/database.js";
import { CookieJar, csrfOf, PASSWORD } from "../auth/support.js";
import { createTestStore, type TestStore } from "../helpers/stores.js";
import { startNode, waitFor, type Node } from "./nodes.js";

/**
 * Two real `pressroom serve` processes on one fresh PostgreSQL database, page caches on, job runners every
 * second: what an operator gets behind a load balancer.
 */
describe("two Pressroom nodes on one PostgreSQL database", () => {
  let t: TestStore;
  let a: Node;
  let b: Node;
  let section: number;
  const actors: Partial<Record<Role, Exclude<Actor, "system">>> = {};
  const languages = ["en", "ru"];

  const actor = (role: Role): Exclude<Actor, "system"> => {
    const found = actors[role];
    if (!found) throw new Error(`no ${role} was made`);
    return found;
  };
  const ctx = (role: Role) => ({ store: t.store, actor: actor(role), languages });

  beforeAll(async () => {
    t = await createTestStore("postgres");
    const databaseUrl = t.databaseUrl ?? "";
    // Node A loads the demo into the empty database; B starts once it is there, as a second server would.
    a = await startNode("A", {
      DATABASE_URL: databaseUrl,
      PRESSROOM_DATA_DIR: t.dataDir,
      PRESSROOM_DEMO: "true",
    });
    b = await startNode("B", {
      DATABASE_URL: databaseUrl,
      PRESSROOM_DATA_DIR: t.dataDir,
      PRESSROOM_DEMO: "false",
    });
    for (const role of ["correspondent", "editor", "publisher"] as const) {
      const email = `${role}@example.org`;
      const id = await addUser({ store: t.store }, CLI_ACTOR, {
        email,
        displayName: role,
        role,
        password: PASSWORD,
      });
      actors[role] = { id, role, label: email };
    }
    section = await newsSection(t.store);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.destroy();
  }, 30_000);

  /** Bilingual drafts in the news section, made a few at a time; returns their translation ids. */
  async function drafts(count: number, prefix: string): Promise<number[]> {
    const one = async (i: number): Promise<number[]> => {
      const created = await createDraft(ctx("correspondent"), {
        sectionId: section,
        kind: "news",
        translations: [
          { lang: "en", title: `${prefix} ${i}`, lead: "A lead.", bodyHtml: "<p>Body.</p>" },
          { lang: "ru", title: `${prefix} ${i} (ру)`, lead: "Вводка.", bodyHtml: "<p>Текст.</p>" },
        ],
      });
      return Object.values(created.translationIds);
    };
    const ids: number[] = [];
    for (let start = 0; start < count; start += 5) {
      const batch = Array.from({ length: Math.min(5, count - start) }, (_, k) => one(start + k));
      for (const made of await Promise.all(batch)) ids.push(...made);
    }
    return ids;
  }

  /** Makes every given translation scheduled and due at one past instant, in one statement. */
  async function makeDue(ids: number[]): Promise<void> {
    await t.store.db
      .updateTable("article_translations")
      .set({ state: "scheduled", scheduled_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "in", ids)
      .execute();
  }

  /** The job runner's "published" audit entries for these translations: [translation id, node]. */
  async function systemPublications(ids: number[]): Promise<{ id: string; node: string }[]> {
    const rows = await t.store.db
      .selectFrom("audit_log")
      .select(["subject_id", "details"])
      .where("action", "=", "published")
      .where("actor_label", "=", "system")
      .where("subject_id", "in", ids.map(String))
      .execute();
    return rows.map((r) => ({
      id: r.subject_id ?? "",
      node: String((JSON.parse(r.details) as { node?: unknown }).node),
    }));
  }

  async function publishedCount(ids: number[]): Promise<number> {
    const row = await t.store.db
      .selectFrom("article_translations")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("id", "in", ids)
      .where("state", "=", "published")
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  const page = async (node: Node, path: string): Promise<string> => {
    const response = await fetch(`${node.baseUrl}${path}`);
    return response.text();
  };

  it("shows an item published through node A on node B within a second, though B had the page cached", async () => {
    const [en] = await drafts(1, "Cross-node news");
    if (en === undefined) throw new Error("no draft");
    for (const action of ["submit", "approve"] as const) {
      await transition(ctx(action === "submit" ? "correspondent" : "editor"), { translationId: en, action });
    }
    const list = "/en/news/news_odkb/";
    expect(await page(b, list)).not.toContain("Cross-node news 0");
    expect(await page(b, list)).not.toContain("Cross-node news 0"); // now served from B's cache

    // The publisher signs in on node A and presses "Publish" there.
    const jar = new CookieJar();
    const login = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${a.baseUrl}${path}`, {
        ...init,
        redirect: "manual",
        headers: { Cookie: jar.header(), "Content-Type": "application/x-www-form-urlencoded" },
      });
      jar.take(response);
      return response;
    };
    const loginToken = csrfOf(await (await login("/admin/login")).text());
    const signIn = new URLSearchParams({
      _csrf: loginToken,
      email: "publisher@example.org",
      password: PASSWORD,
    });
    expect((await login("/admin/login", { method: "POST", body: signIn.toString() })).status).toBe(303);
    const articleId = (
      await t.store.db
        .selectFrom("article_translations")
        .select("article_id")
        .where("id", "=", en)
        .executeTakeFirstOrThrow()
    ).article_id;
    const editor = await login(`/admin/items/${articleId}`);
    const token = csrfOf(await editor.text());
    const publish = await login(`/admin/items/${articleId}/translations/en/transition`, {
      method: "POST",
      body: new URLSearchParams({ _csrf: token, action: "publish" }).toString(),
    });
    expect(publish.status, await publish.clone().text()).toBe(303);

    const took = await waitFor(
      "the item on node B",
      async () => (await page(b, list)).includes("Cross-node news 0"),
      1000,
      10,
    );
    expect(took).toBeLessThanOrEqual(1000);
  }, 60_000);

  it("publishes 200 translations due at the same moment exactly once while both nodes run", async () => {
    const ids = await drafts(100, "Due together");
    expect(ids).toHaveLength(200);
    await makeDue(ids);
    await waitFor("all 200 published", async () => (await publishedCount(ids)) === 200, 30_000, 100);
    // Two more runs of each node's job runner: none may publish anything again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const entries = await systemPublications(ids);
    expect(entries).toHaveLength(200);
    expect(new Set(entries.map((e) => e.id)).size).toBe(200);
    for (const entry of entries) expect([a.auditName, b.auditName]).toContain(entry.node);
    expect((await verifyAuditChain(t.store.db)).problem).toBeUndefined();
  }, 90_000);

  it("lets node B finish the job node A was killed in the middle of, each item exactly once", async () => {
    const ids = await drafts(150, "Killed mid-run");
    await makeDue(ids);
    await waitFor(
      "node A at work",
      async () => (await systemPublications(ids)).some((e) => e.node === a.auditName),
      20_000,
      10,
    );
    await a.kill();
    const doneWhenKilled = (await systemPublications(ids)).length;
    expect(doneWhenKilled).toBeLessThan(ids.length);

    await waitFor("node B finishing", async () => (await publishedCount(ids)) === ids.length, 30_000, 100);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const entries = await systemPublications(ids);
    expect(entries).toHaveLength(ids.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(ids.length);
    expect(entries.some((e) => e.node === b.auditName)).toBe(true);
    // Nothing half-written: every translation is published with its first publication instant.
    const incomplete = await t.store.db
      .selectFrom("article_translations")
      .select("id")
      .where("id", "in", ids)
      .where((eb) => eb.or([eb("state", "!=", "published"), eb("first_published_at", "is", null)]))
      .execute();
    expect(incomplete).toEqual([]);
    expect((await verifyAuditChain(t.store.db)).problem).toBeUndefined();
  }, 90_000);

  it("drops its whole cache when its listening connection was cut, rather than serve stale pages", async () => {
    // The article page of the item published in the first test, which B has served (and cached) since.
    const path = "/en/news/news_odkb/cross-node-news-0/";
    expect(await page(b, path)).toContain("Cross-node news 0");
    const row = await t.store.db
      .selectFrom("article_translations")
      .select("id")
      .where("lang", "=", "en")
      .where("title", "=", "Cross-node news 0")
      .executeTakeFirstOrThrow();
    // A change written behind Pressroom's back: no node announces it, so B's cached page stays as it was.
    await t.store.db
      .updateTable("article_translations")
      .set({ title: "Renamed quietly" })
      .where("id", "=", row.id)
      .execute();
    expect(await page(b, path)).toContain("Cross-node news 0");

    const terminated = await terminateListeners(t.store);
    expect(terminated).toBeGreaterThanOrEqual(1);
    await waitFor(
      "the fresh page on node B",
      async () => (await page(b, path)).includes("Renamed quietly"),
      5_000,
      50,
    );
    // B listens again: it has a new listening connection.
    await waitFor("a new listener", async () => (await listenerPids(t.store)).length === 1, 5_000, 50);
  }, 30_000);
});

async function newsSection(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("section_translations")
    .select("section_id")
    .where("lang", "=", "en")
    .where("path", "=", "news/news_odkb")
    .executeTakeFirstOrThrow();
  return row.section_id;
}

async function listenerPids(store: Store): Promise<number[]> {
  const result = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${LISTENER_APPLICATION_NAME}
  `.execute(store.db);
  return result.rows.map((r) => r.pid);
}

/** Cuts every listening connection on the test database, as a PostgreSQL restart or a network cut would. */
async function terminateListeners(store: Store): Promise<number> {
  const pids = await listenerPids(store);
  for (const pid of pids) await sql`SELECT pg_terminate_backend(${pid})`.execute(store.db);
  return pids.length;
}
