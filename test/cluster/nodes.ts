import { spawn, type ChildProcess } from "node:child_process";
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** One `pressroom serve` process, started as an operator would start a node. */
export interface Node {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  /** The name its job runner writes into audit entries ("host:pid"). */
  auditName: string;
  /** Everything it printed, for failure messages. */
  output(): string;
  /** SIGTERM, then waits for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown code runs, transactions in flight are cut off. */
  kill(): Promise<void>;
}

/** Starts `pressroom serve` (through tsx, no build needed) on a free port and waits until it serves. */
export async function startNode(name: string, env: Record<string, string>): Promise<Node> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve"], {
    cwd: root,
    env: {
      PATH: process.env["PATH"] ?? "",
      PORT: "0",
      PRESSROOM_LOG_LEVEL: "info",
      PRESSROOM_PAGE_CACHE: "true",
      PRESSROOM_SCHEDULER_INTERVAL: "1",
      PRESSROOM_TOTP_REQUIRED_ROLES: "none",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 45_000);
    const check = () => {
      const match = /serving at (http:\/\/[^/\s"]+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before serving:\n${output}`));
    });
  });
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    name,
    baseUrl,
    child,
    auditName: `${hostname()}:${child.pid ?? 0}`,
    output: () => output,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
  };
}

/** Polls `check` until it returns true or `timeoutMs` passes; returns how long it took, or throws. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 25,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
