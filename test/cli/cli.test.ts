import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const seed = fileURLToPath(new URL("../../../shared/seeds/000_dfce6510050243a4.txt", import.meta.url));

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI entry (src/main.ts through tsx) in a separate process, as a press officer would. */
async function pressroom(args: string[], env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
      cwd: root,
      env: { PATH: process.env["PATH"] ?? "", PRESSROOM_LOG_LEVEL: "warn", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? "", stderr: failure.stderr ?? "" };
  }
}

describe("pressroom CLI", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "pressroom-cli-"));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stops on bad configuration and lists every problem", async () => {
    const result = await pressroom(["migrate"], {
      PRESSROOM_DATA_DIR: dataDir,
      PORT: "eighty",
      PRESSROOM_LANGUAGES: "en,russian",
      DATABASE_URL: "mysql://localhost/db",
      PRESSROOM_TIMEZONE: "Mars/Olympus",
    });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain("PORT (port)");
    expect(result.stderr).toContain("PRESSROOM_LANGUAGES (languages.1)");
    expect(result.stderr).toContain("DATABASE_URL (databaseUrl): must be a postgres:// URL");
    expect(result.stderr).toContain("PRESSROOM_TIMEZONE (timezone)");
  }, 60_000);

  it("loads the demo, then dry-runs the seed page import as JSON and writes nothing", async () => {
    const env = { PRESSROOM_DATA_DIR: dataDir };
    const demo = await pressroom(["demo"], env);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Loaded the demo content: \d+ articles/);
    const again = await pressroom(["demo"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("demo --reset");

    const dry = await pressroom(["import", "pages", seed, "--dry-run"], env);
    expect(dry.code, dry.stderr).toBe(0);
    const [page] = JSON.parse(dry.stdout) as {
      ok: boolean;
      title: string;
      paragraphs: string[];
      signature: { personName: string };
      teasers: { date: { start: string; end: string } }[];
    }[];
    expect(page?.ok).toBe(true);
    expect(page?.title).toMatch(/^The CSTO mission headed by the Secretary General/);
    expect(page?.paragraphs).toHaveLength(4);
    expect(page?.signature.personName).toBe("Vladimir Zaynetdinov");
    expect(page?.teasers.map((t) => `${t.date.start}..${t.date.end}`)).toEqual([
      "2023-03-28..2023-03-28",
      "2023-03-27..2023-03-30",
      "2021-09-16..2021-09-16",
    ]);

    const bad = await pressroom(
      ["import", "pages", join(root, "package.json"), seed, "--date", "2022-09-20", "--publish"],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${join(root, "package.json")}: no indented body paragraphs found`);
    expect(bad.stdout).toContain("1 imported, 0 unchanged, 1 failed");
    const twice = await pressroom(["import", "pages", seed, "--publish", "--date", "2022-09-20"], env);
    expect(twice.stdout).toContain("0 imported, 1 unchanged, 0 failed");

    const reset = await pressroom(["demo", "--reset"], env);
    expect(reset.code, reset.stderr).toBe(0);
  }, 120_000);

  it("says what it expects on a wrong command", async () => {
    const result = await pressroom(["publish-everything"], { PRESSROOM_DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "publish-everything"');
    expect(result.stderr).toContain("import pages FILE|DIR");
  }, 60_000);
});
