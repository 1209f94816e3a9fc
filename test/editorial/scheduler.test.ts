import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/audit/log.js";
import type { Actor } from "../../src/commands/editorial/context.js";
import { transition } from "../../src/commands/editorial/transition.js";
import { runDueJobs, startScheduler, type JobRunResult } from "../../src/jobs/scheduler.js";
import { createLogger } from "../../src/lib/logger.js";
import { makeNewsSections } from "../helpers/content.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import {
  auditActions,
  contextFor,
  FakeClock,
  HOUR,
  makeTeam,
  MINUTE,
  newDraft,
  stateOf,
  walk,
  type Team,
} from "./helpers.js";

describe.each(DIALECTS)("the job runner on %s", (dialect) => {
  let t: TestStore;
  let team: Team;
  let clock: FakeClock;
  let section: number;
  const ctx = (actor: Actor) => contextFor(t.store, actor, clock);

  /** Drafts, approves and schedules both languages of `count` items at `at`. */
  async function scheduleItems(count: number, at: string): Promise<number[]> {
    const { correspondent, editor, publisher } = team;
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const item = await newDraft(ctx(correspondent), section, `Scheduled ${i}`);
      for (const id of [item.en, item.ru]) {
        await walk(ctx, id, [
          [correspondent, "submit"],
          [editor, "approve"],
          [publisher, "schedule", { at }],
        ]);
        ids.push(id);
      }
    }
    return ids;
  }

  beforeEach(async () => {
    t = await createTestStore(dialect);
    team = await makeTeam(t.store);
    clock = new FakeClock("2030-06-01T09:00:00.000Z");
    section = (await makeNewsSections(t.store)).odkb;
  });
  afterEach(async () => {
    await t.destroy();
  });

  it("publishes each scheduled translation exactly once, even with two runners at the same moment", async () => {
    const at = clock.later(HOUR);
    const ids = await scheduleItems(3, at);
    clock.advance(HOUR);
    const runs = await Promise.all([
      runDueJobs({ store: t.store }, clock.now()),
      runDueJobs({ store: t.store }, clock.now()),
    ]);
    const published = runs.flatMap((r) => r.published.map((p) => p.translationId)).sort((a, b) => a - b);
    expect(published).toEqual(ids);
    expect(runs.flatMap((r) => r.failed)).toEqual([]);
    for (const id of ids) expect(await stateOf(t.store, id)).toBe("published");

    const rerun = await runDueJobs({ store: t.store }, clock.later(MINUTE));
    expect(rerun.published).toEqual([]);
    const audited = await auditActions(t.store, "published");
    expect(audited.map((a) => Number(a.subjectId)).sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(audited.map((a) => `${a.actorId}|${a.actorLabel}`))).toEqual(new Set(["null|system"]));
    expect((await verifyAuditChain(t.store.db)).problem).toBeUndefined();

    // Listed at the scheduled time, first published when the runner ran.
    const row = await t.store.db
      .selectFrom("article_translations")
      .selectAll()
      .where("id", "=", ids[0] ?? 0)
      .executeTakeFirstOrThrow();
    expect([row.published_at, row.first_published_at, row.scheduled_at]).toEqual([at, clock.iso(), null]);
  });

  it("leaves items that are not yet due, and unscheduled ones", async () => {
    const [en, ru] = await scheduleItems(1, clock.later(HOUR));
    await transition(ctx(team.publisher), { translationId: ru ?? 0, action: "unschedule" });
    clock.advance(HOUR - 1);
    expect((await runDueJobs({ store: t.store }, clock.now())).published).toEqual([]);
    clock.advance(2);
    const run = await runDueJobs({ store: t.store }, clock.now());
    expect(run.published.map((p) => p.translationId)).toEqual([en]);
    expect(await stateOf(t.store, ru ?? 0)).toBe("approved");
  });

  it("catches up at start on what fell due while it was down, then keeps running until stopped", async () => {
    const ids = await scheduleItems(1, clock.later(HOUR));
    clock.advance(5 * HOUR);
    const seen: JobRunResult[] = [];
    const scheduler = startScheduler({
      store: t.store,
      clock,
      intervalMs: 60_000,
      logger: createLogger("silent"),
      onPublished: (result) => {
        seen.push(result);
      },
    });
    try {
      const first = await scheduler.ready;
      expect(first?.published.map((p) => p.translationId).sort((a, b) => a - b)).toEqual(ids);
      expect(seen.length).toBe(1);

      const later = await scheduleItems(1, clock.later(HOUR));
      clock.advance(HOUR);
      const next = await scheduler.runNow();
      expect(next?.published.map((p) => p.translationId).sort((a, b) => a - b)).toEqual(later);
    } finally {
      await scheduler.stop();
    }
    expect(await scheduler.runNow()).toBeUndefined();
  });
});
