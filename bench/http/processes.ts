import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET, with the body exactly as sent (still compressed). */
export function getRaw(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Polls until the URL answers 200; resolves with the milliseconds waited. */
export async function waitFor200(url: string, timeoutMs: number, began = performance.now()): Promise<number> {
  for (;;) {
    try {
      if ((await getRaw(url)).status === 200) return performance.now() - began;
    } catch {
      // not listening yet
    }
    if (performance.now() - began > timeoutMs)
      throw new Error(`${url} did not answer 200 in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The peak resident set size of a process so far, in MiB (VmHWM), or NaN when unreadable. */
export function peakRssMiB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const line = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return line?.[1] ? Number(line[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface Running {
  child: ChildProcess;
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts a child process and gives a way to stop it and wait for its exit. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv, port: number): Running {
  const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface PressroomOptions {
  dataDir: string;
  pageCache: boolean;
  demo?: boolean;
}

/** `node dist/main.js serve` on a free port; `coldStartMs` is spawn to the first 200 from /ru/. */
export async function startPressroom(options: PressroomOptions): Promise<Running & { coldStartMs: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PRESSROOM_DATA_DIR: options.dataDir,
    PRESSROOM_DEMO: String(options.demo ?? false),
    PRESSROOM_LOG_LEVEL: "warn",
    PRESSROOM_PAGE_CACHE: String(options.pageCache),
  };
  const began = performance.now();
  const running = startChild(process.execPath, ["dist/main.js", "serve"], env, port);
  try {
    const coldStartMs = await waitFor200(`${running.baseUrl}/ru/`, 120_000, began);
    return { ...running, coldStartMs };
  } catch (error) {
    await running.stop();
    throw error;
  }
}

/** The baseline server of baselineServer.ts over the given page manifest. */
export async function startBaseline(manifestFile: string, probePath: string): Promise<Running> {
  const port = await freePort();
  const script = fileURLToPath(new URL("./baselineServer.ts", import.meta.url));
  const running = startChild(
    process.execPath,
    ["--import", "tsx", script, manifestFile, String(port)],
    process.env,
    port,
  );
  await waitFor200(`${running.baseUrl}${probePath}`, 30_000);
  return running;
}
