import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("pressroom serve", () => {
  it("starts on an empty data directory, loads the demo, serves it, and stops cleanly on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pressroom-serve-"));
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve"], {
      cwd: root,
      env: { PATH: process.env["PATH"] ?? "", PRESSROOM_DATA_DIR: dataDir, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const baseUrl = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "serving at" line:\n${output}`)), 30_000);
        child.stdout.on("data", () => {
          const match = /serving at (http:\/\/[^/\s"]+)\//.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
      });
      expect(output).toContain("loaded the demo content");
      const home = await fetch(`${baseUrl}/`, { redirect: "manual", headers: { "Accept-Language": "ru" } });
      expect(home.headers.get("location")).toBe("/ru/");
      const news = await fetch(`${baseUrl}/ru/news/`);
      expect(news.status).toBe(200);
      expect(await news.text()).toContain("<h1>Новости</h1>");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
