import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/audit/log.js";
import {
  accountBucket,
  checkThrottle,
  clearBucket,
  ipBucket,
  recordFailure,
} from "../../src/auth/throttle.js";
import {
  addUser,
  changePassword,
  changeRole,
  CLI_ACTOR,
  disableUser,
  enableUser,
} from "../../src/commands/users.js";
import { isAppError } from "../../src/lib/errors.js";
import { getSetting, setSetting, sharedSecret } from "../../src/store/settings.js";
import { findUserByEmail, listUsers } from "../../src/store/users.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";
import { TestClock } from "./support.js";

describe.each(DIALECTS)("accounts, settings and throttling on %s", (dialect) => {
  let t: TestStore;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await createTestStore(dialect);
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("keeps typed settings with defaults, and one shared secret", async () => {
    expect(await getSetting(t.store.db, "authorMayNotApprove")).toBe(true);
    await setSetting(t.store.db, "authorMayNotApprove", false, "2026-11-28T09:00:00.000Z");
    expect(await getSetting(t.store.db, "authorMayNotApprove")).toBe(false);
    await setSetting(t.store.db, "authorMayNotApprove", true, "2026-11-28T09:01:00.000Z");
    expect(await getSetting(t.store.db, "authorMayNotApprove")).toBe(true);
    await t.store.db
      .updateTable("settings")
      .set({ value: '"garbage"' })
      .where("key", "=", "authorMayNotApprove")
      .execute();
    expect(await getSetting(t.store.db, "authorMayNotApprove")).toBe(true);

    const [a, b] = await Promise.all([
      sharedSecret(t.store.db, "test", "2026-11-28T09:00:00.000Z"),
      sharedSecret(t.store.db, "test", "2026-11-28T09:00:00.000Z"),
    ]);
    expect(a.length).toBe(32);
    expect(a.equals(b)).toBe(true);
  });

  it("counts failures per bucket in a rolling window", async () => {
    const buckets = [accountBucket("A@Example.org "), ipBucket("192.0.2.50")];
    expect(buckets[0]).toBe("account:a@example.org");
    const start = clock.now();
    for (let i = 0; i < 10; i++) {
      expect((await checkThrottle(t.store.db, buckets, clock.now())).allowed).toBe(true);
      await recordFailure(t.store.db, buckets, clock.now());
      clock.advance(1000);
    }
    const verdict = await checkThrottle(t.store.db, buckets, clock.now());
    // The oldest failure was at `start`; it leaves the window 60 s after it.
    const expected = Math.ceil((start.getTime() + 60_000 - clock.now().getTime()) / 1000);
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: expected });
    expect((await checkThrottle(t.store.db, [ipBucket("192.0.2.51")], clock.now())).allowed).toBe(true);
    clock.advance(expected * 1000);
    expect((await checkThrottle(t.store.db, buckets, clock.now())).allowed).toBe(true);
    await clearBucket(t.store.db, buckets[0] ?? "");
    expect((await checkThrottle(t.store.db, buckets.slice(0, 1), clock.now())).allowed).toBe(true);
  });

  it("creates, re-roles, disables and enables users, each audited, and keeps an administrator", async () => {
    const ctx = { store: t.store, clock };
    const admin = await addUser(ctx, CLI_ACTOR, {
      email: " Chief@Example.org",
      displayName: "Chief",
      role: "administrator",
      password: "a long enough password",
      uiLanguage: "ru",
    });
    const user = await findUserByEmail(t.store.db, "chief@example.org");
    expect(user).toMatchObject({
      id: admin,
      email: "chief@example.org",
      role: "administrator",
      uiLanguage: "ru",
    });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);

    const problemOf = async (work: Promise<unknown>) => {
      try {
        await work;
        return undefined;
      } catch (error) {
        return isAppError(error) ? error.details?.["problem"] : String(error);
      }
    };
    const base = { displayName: "X", role: "editor", password: "a long enough password" };
    expect(await problemOf(addUser(ctx, CLI_ACTOR, { ...base, email: "chief@example.org" }))).toBe(
      "email_taken",
    );
    expect(await problemOf(addUser(ctx, CLI_ACTOR, { ...base, email: "not-an-email" }))).toBe(
      "email_invalid",
    );
    expect(await problemOf(addUser(ctx, CLI_ACTOR, { ...base, email: "x@example.org", role: "boss" }))).toBe(
      "role_invalid",
    );
    expect(
      await problemOf(addUser(ctx, CLI_ACTOR, { ...base, email: "x@example.org", password: "short" })),
    ).toBe("password_too_short");
    expect(await problemOf(changeRole(ctx, CLI_ACTOR, admin, "editor"))).toBe("last_administrator");
    expect(await problemOf(disableUser(ctx, CLI_ACTOR, admin))).toBe("last_administrator");

    const editor = await addUser(ctx, CLI_ACTOR, { ...base, email: "ed@example.org", displayName: "Ed" });
    await changeRole(ctx, { id: admin, label: "chief@example.org" }, editor, "publisher");
    await changePassword(ctx, CLI_ACTOR, { userId: editor, password: "another long password" });
    await disableUser(ctx, CLI_ACTOR, editor);
    await enableUser(ctx, CLI_ACTOR, editor);
    expect(await problemOf(disableUser(ctx, { id: editor, label: "ed@example.org" }, editor))).toBe(
      "not_yourself",
    );
    expect((await listUsers(t.store.db)).map((u) => [u.displayName, u.role, u.disabledAt])).toEqual([
      ["Chief", "administrator", null],
      ["Ed", "publisher", null],
    ]);

    const log = await t.store.db
      .selectFrom("audit_log")
      .select(["action", "actor_label", "details"])
      .orderBy("id")
      .execute();
    expect(log.map((e) => e.action)).toEqual([
      "user_created",
      "user_created",
      "role_changed",
      "password_changed",
      "user_disabled",
      "user_enabled",
    ]);
    expect(JSON.parse(log[2]?.details ?? "{}")).toEqual({
      email: "ed@example.org",
      from: "editor",
      to: "publisher",
    });
    expect(log[2]?.actor_label).toBe("chief@example.org");
    expect(JSON.stringify(log)).not.toContain("long password");
    expect(await verifyAuditChain(t.store.db)).toEqual({ entries: 6 });
  });
});
