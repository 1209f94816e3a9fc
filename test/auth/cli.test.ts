import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { loadSiteAssets } from "../../src/http/site/assets.js";
import { SectionCache } from "../../src/http/site/sectionCache.js";
import { createLogger } from "../../src/lib/logger.js";
import { openSqlite } from "../../src/store/database.js";
import { testConfig } from "../helpers/site.js";
import { csrfOf } from "./support.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (src/main.ts through tsx) with the given standard input. */
function pressroom(args: string[], env: Record<string, string>, input = ""): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
      cwd: root,
      env: { PATH: process.env["PATH"] ?? "", PRESSROOM_LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("pressroom user and audit commands (SQLite)", () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "pressroom-users-cli-"));
    env = { PRESSROOM_DATA_DIR: dataDir };
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("adds a user from --password-stdin, who can then sign in", async () => {
    const short = await pressroom(
      [
        "user",
        "add",
        "--email",
        "chief@example.org",
        "--name",
        "Chief",
        "--role",
        "administrator",
        "--password-stdin",
      ],
      env,
      "short\n",
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("The password is too short");

    const noTerminal = await pressroom(
      ["user", "add", "--email", "chief@example.org", "--name", "Chief", "--role", "administrator"],
      env,
    );
    expect(noTerminal.code).toBe(1);
    expect(noTerminal.stderr).toContain("--password-stdin");

    const added = await pressroom(
      [
        "user",
        "add",
        "--email",
        "Chief@Example.org",
        "--name",
        "Chief Editor",
        "--role",
        "administrator",
        "--password-stdin",
      ],
      env,
      "correct horse battery staple\nthis second line is ignored\n",
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("Created user 1: Chief@Example.org (administrator).");
    const list = await pressroom(["user", "list"], env);
    expect(list.stdout).toMatch(/1 {2}chief@example\.org {2}Chief Editor {2}administrator {2}\(active\)/);
    const taken = await pressroom(
      ["user", "add", "--email", "chief@example.org", "--name", "X", "--role", "editor", "--password-stdin"],
      env,
      "correct horse battery staple\n",
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("already exists");

    const store = openSqlite(join(dataDir, "pressroom.sqlite"));
    try {
      const config = testConfig({ totpRequiredRoles: [] });
      const app = createApp({
        config,
        store,
        assets: loadSiteAssets(),
        sections: new SectionCache(store),
        logger: createLogger("silent"),
      });
      const login = await app.request("http://localhost/admin/login");
      const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
      const signedIn = await app.request("http://localhost/admin/login", {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          _csrf: csrfOf(await login.text()),
          email: "chief@example.org",
          password: "correct horse battery staple",
        }).toString(),
      });
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.getSetCookie().join("\n")).toContain("pressroom_session=");
    } finally {
      await store.close();
    }

    const disabled = await pressroom(["user", "disable", "chief@example.org"], env);
    expect(disabled.code).toBe(2);
    expect(disabled.stderr).toContain("last active administrator");
    const missing = await pressroom(["user", "passwd", "nobody@example.org", "--password-stdin"], env, "x\n");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no user with the e-mail nobody@example.org");
  }, 120_000);

  it("verifies the audit chain, and names the entry edited in the database", async () => {
    const reset = await pressroom(["user", "totp-reset", "chief@example.org"], env);
    expect(reset.code, reset.stderr).toBe(0);
    const intact = await pressroom(["audit", "verify"], env);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/^3 entries, chain intact\.$/m);

    const db = new BetterSqlite3(join(dataDir, "pressroom.sqlite"));
    try {
      db.prepare("update audit_log set actor_label = ? where id = ?").run("someone-else", 2);
    } finally {
      db.close();
    }
    const broken = await pressroom(["audit", "verify"], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      "the audit log is broken at entry 2: its content does not match its hash",
    );
  }, 60_000);
});
