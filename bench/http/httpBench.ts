import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getRaw, peakRssMiB, startBaseline, startPressroom } from "./processes.js";
import type { Target } from "./targets.js";
import { ACCEPT_ENCODING, runWrk } from "./wrk.js";

export interface HttpPlan {
  wrk: string;
  dataDir: string;
  targets: readonly Target[];
  runs: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  onProgress?: (line: string) => void;
}

export interface TargetRuns {
  target: Target;
  /** Bytes of the answer as sent (Brotli-compressed where Pressroom compresses). */
  bytes: number;
  pressroom: number[];
  baseline: number[];
  /** Requests that got no 2xx/3xx or failed on the socket, summed over the runs of both servers. */
  failures: number;
}

export interface ModeResult {
  pageCache: boolean;
  coldStartMs: number;
  /** Pressroom's peak RSS (VmHWM) at the end of the mode's load. */
  peakRssMiB: number;
  targets: TargetRuns[];
}

/**
 * Loads every target with wrk, Pressroom and the bare baseline alternately in each run, so that both see the same
 * machine. Pressroom runs as `node dist/main.js serve`; the baseline serves the bytes Pressroom sent for each page.
 */
export async function measureMode(plan: HttpPlan, pageCache: boolean): Promise<ModeResult> {
  const say = plan.onProgress ?? (() => undefined);
  const work = mkdtempSync(join(tmpdir(), "pressroom-baseline-"));
  const pressroom = await startPressroom({ dataDir: plan.dataDir, pageCache });
  say(
    `Pressroom (page cache ${pageCache ? "on" : "off"}) answered in ${pressroom.coldStartMs.toFixed(0)} ms`,
  );
  try {
    const manifest: Record<string, { file: string; contentType: string; contentEncoding?: string }> = {};
    const bytes = new Map<string, number>();
    for (const [i, target] of plan.targets.entries()) {
      const answer = await getRaw(`${pressroom.baseUrl}${target.path}`, {
        "Accept-Encoding": ACCEPT_ENCODING,
      });
      if (answer.status !== 200) throw new Error(`${target.path} answered ${answer.status}`);
      const file = join(work, `page-${i}`);
      writeFileSync(file, answer.body);
      const encoding = answer.headers["content-encoding"];
      manifest[target.path] = {
        file,
        contentType: String(answer.headers["content-type"] ?? "text/html"),
        ...(typeof encoding === "string" ? { contentEncoding: encoding } : {}),
      };
      bytes.set(target.path, answer.body.length);
    }
    const manifestFile = join(work, "pages.json");
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const firstPath = plan.targets[0]?.path ?? "/";
    const baseline = await startBaseline(manifestFile, firstPath);
    try {
      const results: TargetRuns[] = [];
      for (const target of plan.targets) {
        const wrkAt = (baseUrl: string, seconds: number) =>
          runWrk({ wrk: plan.wrk, url: `${baseUrl}${target.path}`, seconds, connections: plan.connections });
        if (plan.warmupSeconds > 0) {
          await wrkAt(pressroom.baseUrl, plan.warmupSeconds);
          await wrkAt(baseline.baseUrl, plan.warmupSeconds);
        }
        const runs: TargetRuns = {
          target,
          bytes: bytes.get(target.path) ?? 0,
          pressroom: [],
          baseline: [],
          failures: 0,
        };
        for (let run = 0; run < plan.runs; run++) {
          const ours = await wrkAt(pressroom.baseUrl, plan.seconds);
          const bare = await wrkAt(baseline.baseUrl, plan.seconds);
          runs.pressroom.push(ours.requestsPerSecond);
          runs.baseline.push(bare.requestsPerSecond);
          runs.failures += ours.non2xx + ours.socketErrors + bare.non2xx + bare.socketErrors;
          say(
            `${target.name}, cache ${pageCache ? "on" : "off"}, run ${run + 1}: ` +
              `${ours.requestsPerSecond.toFixed(0)} vs baseline ${bare.requestsPerSecond.toFixed(0)} req/s`,
          );
        }
        results.push(runs);
      }
      return {
        pageCache,
        coldStartMs: pressroom.coldStartMs,
        peakRssMiB: peakRssMiB(pressroom.child.pid),
        targets: results,
      };
    } finally {
      await baseline.stop();
    }
  } finally {
    await pressroom.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
