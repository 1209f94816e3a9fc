/**
 * A strict reader of the Prometheus text format, as a scraper would be: every line must be a HELP, a TYPE or a
 * sample of the family announced just before it; histograms must be cumulative and agree with their _count.
 * It throws with the offending line, so a test failure says what is wrong.
 */
export interface ParsedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface ParsedFamily {
  name: string;
  help: string;
  type: "counter" | "gauge" | "histogram" | "summary" | "untyped";
  samples: ParsedSample[];
}

const NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
const HELP_LINE = new RegExp(`^# HELP (${NAME}) (.*)$`);
const TYPE_LINE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SAMPLE_LINE = new RegExp(`^(${NAME})(\\{.*\\})? (\\S+)$`);
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"/;

export function parseExposition(text: string): Map<string, ParsedFamily> {
  if (text !== "" && !text.endsWith("\n")) throw new Error("exposition must end with a line feed");
  const families = new Map<string, ParsedFamily>();
  let current: ParsedFamily | undefined;
  let pendingHelp: { name: string; help: string } | undefined;
  const lines = text.split("\n").slice(0, -1);
  for (const line of lines) {
    const help = HELP_LINE.exec(line);
    if (help) {
      const [, name = "", text = ""] = help;
      if (families.has(name)) throw new Error(`family ${name} appears twice`);
      pendingHelp = { name, help: text };
      continue;
    }
    const type = TYPE_LINE.exec(line);
    if (type) {
      const [, name = "", kind = ""] = type;
      if (pendingHelp?.name !== name) throw new Error(`TYPE without its HELP just before: ${line}`);
      if (families.has(name)) throw new Error(`family ${name} appears twice`);
      current = { name, help: pendingHelp.help, type: kind as ParsedFamily["type"], samples: [] };
      families.set(name, current);
      pendingHelp = undefined;
      continue;
    }
    if (line.startsWith("#") || line.trim() === "")
      throw new Error(`unexpected line: ${JSON.stringify(line)}`);
    const sample = SAMPLE_LINE.exec(line);
    if (!sample || !current) throw new Error(`not a sample of an announced family: ${line}`);
    const [, name = "", labelText, valueText = ""] = sample;
    if (!belongsTo(name, current)) throw new Error(`sample ${name} outside its family ${current.name}`);
    current.samples.push({
      name,
      labels: parseLabels(labelText ?? "", line),
      value: parseValue(valueText, line),
    });
  }
  for (const family of families.values()) if (family.type === "histogram") checkHistogram(family);
  return families;
}

function belongsTo(sampleName: string, family: ParsedFamily): boolean {
  if (family.type !== "histogram") return sampleName === family.name;
  return ["_bucket", "_sum", "_count"].some((suffix) => sampleName === `${family.name}${suffix}`);
}

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  if (text === "") return labels;
  let rest = text.slice(1, -1);
  while (rest !== "") {
    const label = LABEL.exec(rest);
    if (!label) throw new Error(`bad labels in: ${line}`);
    const [whole, name = "", raw = ""] = label;
    if (name in labels) throw new Error(`label ${name} twice in: ${line}`);
    labels[name] = raw.replace(/\\(["\\n])/g, (_, c: string) => (c === "n" ? "\n" : c));
    rest = rest.slice(whole.length);
    if (rest.startsWith(",")) rest = rest.slice(1);
    else if (rest !== "") throw new Error(`bad label separator in: ${line}`);
  }
  return labels;
}

function parseValue(text: string, line: string): number {
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  if (text === "NaN") return NaN;
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`bad value in: ${line}`);
  return Number(text);
}

/** Per series: buckets in increasing `le`, counts never going down, a +Inf bucket equal to _count, and a _sum. */
function checkHistogram(family: ParsedFamily): void {
  const bySeries = new Map<string, { buckets: [number, number][]; sum?: number; count?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const series = bySeries.get(key) ?? { buckets: [] };
    bySeries.set(key, series);
    if (sample.name.endsWith("_bucket")) {
      if (le === undefined) throw new Error(`${family.name} bucket without le`);
      series.buckets.push([le === "+Inf" ? Infinity : Number(le), sample.value]);
    } else if (sample.name.endsWith("_sum")) series.sum = sample.value;
    else series.count = sample.value;
  }
  for (const [key, series] of bySeries) {
    if (series.sum === undefined || series.count === undefined)
      throw new Error(`${family.name}${key}: no _sum/_count`);
    const last = series.buckets.at(-1);
    if (!last || last[0] !== Infinity) throw new Error(`${family.name}${key}: no +Inf bucket last`);
    if (last[1] !== series.count) throw new Error(`${family.name}${key}: +Inf bucket differs from _count`);
    series.buckets.forEach(([le, count], i) => {
      const before = series.buckets[i - 1];
      if (before && !(le > before[0])) throw new Error(`${family.name}${key}: le not increasing`);
      if (before && count < before[1]) throw new Error(`${family.name}${key}: buckets not cumulative`);
    });
  }
}

/** The value of the one sample of `name` whose labels include `labels`; 0 when there is none. */
export function valueOf(
  families: Map<string, ParsedFamily>,
  name: string,
  labels: Record<string, string> = {},
): number {
  for (const family of families.values()) {
    for (const sample of family.samples) {
      if (sample.name !== name) continue;
      if (Object.entries(labels).every(([k, v]) => sample.labels[k] === v)) return sample.value;
    }
  }
  return 0;
}
