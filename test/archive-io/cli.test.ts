import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));

/** Runs the real CLI (src/main.ts through tsx) in its own process, as an operator would. */
async function pressroom(
  args: string[],
  dataDir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
      cwd: root,
      env: { PATH: process.env["PATH"] ?? "", PRESSROOM_LOG_LEVEL: "warn", PRESSROOM_DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? "", stderr: failure.stderr ?? "" };
  }
}

describe("pressroom backup, export and import archive from the command line", () => {
  let work: string;
  const dir = (name: string) => join(work, name);
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "pressroom-archive-cli-"));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("exports the demo site and imports it into a fresh data directory, audit chain intact", async () => {
    expect((await pressroom(["demo"], dir("source"))).code).toBe(0);
    const exported = await pressroom(["export", "--out", dir("site.tar")], dir("source"));
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(
      /Exported \d+ rows from 22 tables and 0 media files to .*site\.tar \(\d+(\.\d)?\sKB\)/,
    );
    expect(exported.stdout).toContain("password hashes");
    expect(statSync(dir("site.tar")).mode & 0o777).toBe(0o600);

    const backup = await pressroom(["backup", "--out", dir("site.sqlite")], dir("source"));
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(
      /SQLite backup written to .*site\.sqlite \(\d+(\.\d)?\sKB\) in \d+\.\d s\./,
    );

    const imported = await pressroom(["import", "archive", dir("site.tar")], dir("target"));
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Imported \d+ rows and 0 media files from .*exported from sqlite/);
    expect(imported.stdout).toContain("Search index rebuilt: 30 published items.");
    const audit = await pressroom(["audit", "verify"], dir("target"));
    expect(audit.code, audit.stderr).toBe(0);
    expect(audit.stdout).toContain("chain intact");
  }, 120_000);

  it("refuses a truncated archive with exit 1, naming the problem, and writes nothing", async () => {
    const bytes = readFileSync(dir("site.tar"));
    writeFileSync(dir("cut.tar"), bytes.subarray(0, 3000));
    const refused = await pressroom(["import", "archive", dir("cut.tar")], dir("empty"));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /the archive cannot be imported: the archive is truncated: .* Nothing was written\./,
    );
    const demo = await pressroom(["demo"], dir("empty"));
    expect(demo.code, demo.stderr).toBe(0); // the demo loads only into an empty database: it still was one
    const usage = await pressroom(["import", "archive"], dir("empty"));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("pressroom import archive FILE");
  }, 120_000);
});
