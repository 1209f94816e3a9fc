import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const UNITS = ["pressroom.service", "pressroom-backup.service", "pressroom-backup.timer"];
const unitPath = (name: string) => new URL(`../../deploy/systemd/${name}`, import.meta.url);

/** Every `Key=value` line of a unit file, keys may repeat (Environment=). */
function settings(name: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of readFileSync(unitPath(name), "utf8").split("\n")) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match?.[1] === undefined || match[2] === undefined) continue;
    found.set(match[1], [...(found.get(match[1]) ?? []), match[2]]);
  }
  return found;
}

const systemdAnalyze = spawnSync("systemd-analyze", ["--version"], { stdio: "ignore" }).status === 0;

describe("the shipped systemd units", () => {
  it.skipIf(!systemdAnalyze)("pass systemd-analyze verify without a single complaint", () => {
    const dir = mkdtempSync(join(tmpdir(), "pressroom-units-"));
    try {
      for (const name of UNITS) copyFileSync(unitPath(name), join(dir, name));
      const result = spawnSync("systemd-analyze", ["verify", ...UNITS.map((name) => join(dir, name))], {
        encoding: "utf8",
      });
      // verify exits 0 even for unknown keys and bad values; what it prints is the verdict.
      expect(`${result.stdout}${result.stderr}`.trim()).toBe("");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("run Pressroom as its own user, restart it on failure and give the SIGTERM drain time to finish", () => {
    const unit = settings("pressroom.service");
    expect(unit.get("Type")).toEqual(["simple"]);
    expect(unit.get("User")).toEqual(["pressroom"]);
    expect(unit.get("ExecStart")).toEqual(["/usr/bin/node /opt/pressroom/dist/main.js serve"]);
    expect(unit.get("Restart")).toEqual(["on-failure"]);
    expect(unit.get("KillSignal")).toEqual(["SIGTERM"]);
    // Pressroom cuts requests after 10 s of draining; systemd must not SIGKILL it before that.
    expect(Number.parseInt(unit.get("TimeoutStopSec")?.[0] ?? "0", 10)).toBeGreaterThan(10);
    expect(unit.get("Environment")).toEqual(
      expect.arrayContaining([
        "PRESSROOM_DATA_DIR=/var/lib/pressroom",
        "PRESSROOM_TRUST_PROXY=true",
        "HOST=127.0.0.1",
      ]),
    );
    expect(unit.get("EnvironmentFile")).toEqual(["-/etc/pressroom/pressroom.env"]);
  });

  it("let the service write its data directory and nothing else", () => {
    const unit = settings("pressroom.service");
    expect(unit.get("NoNewPrivileges")).toEqual(["true"]);
    expect(unit.get("ProtectSystem")).toEqual(["strict"]);
    expect(unit.get("ReadWritePaths")).toEqual(["/var/lib/pressroom"]);
    expect(unit.get("PrivateTmp")).toEqual(["true"]);
    expect(unit.get("CapabilityBoundingSet")).toEqual([""]);
    // V8 compiles JavaScript into executable memory: this setting would kill node at start.
    expect(unit.has("MemoryDenyWriteExecute")).toBe(false);
  });

  it("back up nightly with `pressroom backup`, catching up after downtime", () => {
    const backup = settings("pressroom-backup.service");
    expect(backup.get("Type")).toEqual(["oneshot"]);
    expect(backup.get("ExecStart")).toEqual(["/usr/bin/node /opt/pressroom/dist/main.js backup"]);
    expect(backup.get("WorkingDirectory")).toEqual(["/var/backups/pressroom"]);
    const timer = settings("pressroom-backup.timer");
    expect(timer.get("OnCalendar")).toEqual(["*-*-* 03:15:00"]);
    expect(timer.get("Persistent")).toEqual(["true"]);
  });
});
