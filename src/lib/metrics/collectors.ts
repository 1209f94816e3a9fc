import {
  assertLabelName,
  assertMetricName,
  formatNumber,
  type Labels,
  type MetricFamily,
  type Sample,
} from "./exposition.js";

/** Anything that can report its current families when /metrics is scraped. */
export interface Collector {
  collect(): MetricFamily[];
}

/** Labels are kept in the order the metric declared them, so a series has one key however it was passed. */
abstract class Labelled<Name extends string> {
  protected constructor(
    readonly name: string,
    readonly help: string,
    protected readonly labelNames: readonly Name[],
  ) {
    assertMetricName(name);
    for (const label of labelNames) assertLabelName(label);
  }

  protected keyOf(labels: Record<Name, string>): string {
    return JSON.stringify(this.labelNames.map((label) => labels[label]));
  }

  protected labelsOf(key: string): Labels {
    const values = JSON.parse(key) as string[];
    return Object.fromEntries(this.labelNames.map((label, i) => [label, values[i] ?? ""]));
  }
}

/** A count that only goes up: requests served, jobs run. */
export class Counter<Name extends string = never> extends Labelled<Name> implements Collector {
  private readonly values = new Map<string, number>();

  constructor(name: string, help: string, labelNames: readonly Name[] = []) {
    super(name, help, labelNames);
  }

  inc(labels: Record<Name, string>, by = 1): void {
    if (!(by >= 0)) throw new Error(`A counter only goes up (${this.name} by ${by})`);
    const key = this.keyOf(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  /** The current value of one series, 0 when it was never counted. */
  get(labels: Record<Name, string>): number {
    return this.values.get(this.keyOf(labels)) ?? 0;
  }

  collect(): MetricFamily[] {
    const samples = [...this.values].map(([key, value]) => ({ labels: this.labelsOf(key), value }));
    return [{ name: this.name, help: this.help, type: "counter", samples }];
  }
}

interface HistogramSeries {
  /** Observations per bucket, not yet cumulative; the last slot holds those above every bound. */
  counts: number[];
  sum: number;
  count: number;
}

/** Observations sorted into buckets with upper bounds (latencies); exposed cumulatively as the format wants. */
export class Histogram<Name extends string = never> extends Labelled<Name> implements Collector {
  private readonly series = new Map<string, HistogramSeries>();
  private readonly bounds: readonly number[];

  constructor(name: string, help: string, labelNames: readonly Name[], bounds: readonly number[]) {
    super(name, help, labelNames);
    if (labelNames.some((label) => label === "le")) throw new Error("A histogram cannot have an le label");
    const sorted = [...bounds].sort((a, b) => a - b);
    if (
      sorted.length === 0 ||
      sorted.some((bound, i) => !Number.isFinite(bound) || bound === sorted[i - 1])
    ) {
      throw new Error(`Histogram ${name} needs distinct finite bucket bounds`);
    }
    this.bounds = sorted;
  }

  observe(labels: Record<Name, string>, value: number): void {
    const key = this.keyOf(labels);
    let series = this.series.get(key);
    if (!series) {
      series = { counts: new Array<number>(this.bounds.length + 1).fill(0), sum: 0, count: 0 };
      this.series.set(key, series);
    }
    const index = this.bounds.findIndex((bound) => value <= bound);
    const slot = index === -1 ? this.bounds.length : index;
    series.counts[slot] = (series.counts[slot] ?? 0) + 1;
    series.sum += value;
    series.count += 1;
  }

  collect(): MetricFamily[] {
    const samples: Sample[] = [];
    for (const [key, series] of this.series) {
      const labels = this.labelsOf(key);
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += series.counts[i] ?? 0;
        samples.push({
          suffix: "_bucket",
          labels: { ...labels, le: formatNumber(bound) },
          value: cumulative,
        });
      });
      samples.push({ suffix: "_bucket", labels: { ...labels, le: "+Inf" }, value: series.count });
      samples.push({ suffix: "_sum", labels, value: series.sum });
      samples.push({ suffix: "_count", labels, value: series.count });
    }
    return [{ name: this.name, help: this.help, type: "histogram", samples }];
  }
}

/** A value read when scraped (cache size, pool connections): one family from a function. */
export function gauge(name: string, help: string, samples: Sample[]): MetricFamily {
  assertMetricName(name);
  return { name, help, type: "gauge", samples };
}
