import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { parseWrkOutput, type WrkResult } from "./wrkOutput.js";

const run = promisify(execFile);

/** The header both Pressroom and the baseline are sent: every figure is for Brotli-compressed answers. */
export const ACCEPT_ENCODING = "br";

/** wrk's path, or undefined when it is not installed. */
export function findWrk(): string | undefined {
  const dirs = (process.env["PATH"] ?? "").split(delimiter).filter(Boolean);
  for (const dir of ["/usr/bin", ...dirs]) {
    const candidate = join(dir, "wrk");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; look in the next directory
    }
  }
  return undefined;
}

export const WRK_MISSING = `wrk is not installed. The HTTP benchmark drives the server with it; on Debian or Ubuntu install it with:

  sudo apt-get install -y wrk

then run the benchmark again.`;

export interface WrkOptions {
  wrk: string;
  url: string;
  seconds: number;
  connections: number;
}

/** One wrk run, single-threaded (the machine has two cores: one for wrk, one for the server). */
export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const { stdout } = await run(
    options.wrk,
    [
      "-t1",
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      "-H",
      `Accept-Encoding: ${ACCEPT_ENCODING}`,
      options.url,
    ],
    { timeout: (options.seconds + 30) * 1000 },
  );
  return parseWrkOutput(stdout);
}
