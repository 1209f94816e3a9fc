/**
 * The Prometheus text exposition format (version 0.0.4): what a scraper reads from /metrics. Collectors hand
 * over plain families; this file only turns them into lines, escaping what the format requires.
 */
export const EXPOSITION_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export type MetricType = "counter" | "gauge" | "histogram";

export type Labels = Readonly<Record<string, string>>;

export interface Sample {
  /** Appended to the family name: "_bucket", "_sum", "_count", or nothing. */
  suffix?: string;
  labels: Labels;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: readonly Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Throws on a name the format cannot carry: a programming mistake, caught by the first test that scrapes. */
export function assertMetricName(name: string): void {
  if (!METRIC_NAME.test(name)) throw new Error(`Invalid metric name: ${name}`);
}

export function assertLabelName(name: string): void {
  if (!LABEL_NAME.test(name) || name.startsWith("__")) throw new Error(`Invalid label name: ${name}`);
}

/** HELP text escapes backslashes and line feeds; label values also escape double quotes. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function escapeLabelValue(value: string): string {
  return escapeHelp(value).replace(/"/g, '\\"');
}

/** Numbers as Go's ParseFloat reads them, with the infinities and NaN spelled the way the format wants. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}

function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabelValue(value)}"`);
  return parts.length === 0 ? "" : `{${parts.join(",")}}`;
}

/** The whole exposition: each family once, its HELP and TYPE lines first, ending with a line feed. */
export function renderExposition(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      lines.push(
        `${family.name}${sample.suffix ?? ""}${formatLabels(sample.labels)} ${formatNumber(sample.value)}`,
      );
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
