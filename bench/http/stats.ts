/** Median and spread of repeated measurements, and their ratios to a baseline measured alongside. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const finite = values.filter((v) => Number.isFinite(v));
  const sorted = [...finite].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[n - 1] ?? Number.NaN, runs: n };
}

/**
 * Each run's figure divided by the baseline measured in that same run, so that load from elsewhere on the machine
 * weighs on both sides of each ratio. Runs whose baseline is missing or zero are left out.
 */
export function pairedRatios(values: readonly number[], baselines: readonly number[]): number[] {
  const ratios: number[] = [];
  values.forEach((value, i) => {
    const base = baselines[i];
    if (base !== undefined && base > 0 && Number.isFinite(value)) ratios.push(value / base);
  });
  return ratios;
}

/** "0.84× (0.80–0.88)": the median ratio and its spread. */
export function formatRatioSpread(spread: Spread): string {
  if (spread.runs === 0) return "–";
  const digits = spread.median < 0.1 ? 3 : 2;
  return `${spread.median.toFixed(digits)}× (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})`;
}

/** "12,345 (11,900–12,800)": whole numbers with their spread. */
export function formatCountSpread(spread: Spread): string {
  if (spread.runs === 0) return "–";
  const whole = (n: number) => Math.round(n).toLocaleString("en");
  return `${whole(spread.median)} (${whole(spread.min)}–${whole(spread.max)})`;
}
