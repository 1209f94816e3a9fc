import { latencyStats, type LatencyStats } from "./stats.js";

/** Something to time: one call is one measured run. */
export interface Timed {
  run(): Promise<unknown>;
}

export interface MeasureOptions {
  warmupRounds: number;
  rounds: number;
  /** Called after each round, for a progress line. */
  onRound?: (round: number, rounds: number) => void;
}

/**
 * Times every subject `rounds` times, round-robin (one run of each, then the next round), so that whatever else
 * the machine is doing spreads evenly over all subjects instead of skewing one of them. Warm-up rounds fill
 * caches and JIT and are not counted.
 */
export async function measureRoundRobin(
  subjects: readonly Timed[],
  options: MeasureOptions,
): Promise<LatencyStats[]> {
  const timings: number[][] = subjects.map(() => []);
  for (let round = 0; round < options.warmupRounds; round++) {
    for (const subject of subjects) await subject.run();
  }
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[i];
      if (!subject) continue;
      const began = process.hrtime.bigint();
      await subject.run();
      timings[i]?.push(Number(process.hrtime.bigint() - began) / 1e6);
    }
    options.onRound?.(round + 1, options.rounds);
  }
  return timings.map((t) => latencyStats(t));
}
