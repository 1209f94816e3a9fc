import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import type { ModeResult } from "./httpBench.js";
import type { ImportResult } from "./importRate.js";
import { formatCountSpread, formatRatioSpread, pairedRatios, spreadOf, type Spread } from "./stats.js";

export const CACHED_TARGET = 0.8;
export const UNCACHED_TARGET = 0.1;
export const IMPORT_TARGET = 5000;
export const COLD_START_TARGET_MS = 1000;
export const PEAK_RSS_TARGET_MIB = 256;

/** The targeted ratio for a mode; the feed and the search are recorded but have no target in issue 5. */
function targetFor(name: string, pageCache: boolean): number | undefined {
  if (name === "RSS feed" || name === "Search") return pageCache ? undefined : UNCACHED_TARGET;
  return pageCache ? CACHED_TARGET : UNCACHED_TARGET;
}

export function ratioTable(modes: readonly ModeResult[]): string {
  const rows = [
    "| Page | Cache | Bytes (br) | Pressroom req/s | Baseline req/s | Ratio, median (min–max) | Target |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const mode of modes) {
    for (const t of mode.targets) {
      const ratio = spreadOf(pairedRatios(t.pressroom, t.baseline));
      const target = targetFor(t.target.name, mode.pageCache);
      const verdict = target === undefined ? "–" : `${ratio.median >= target ? "✓" : "✗"} ≥ ${target}×`;
      const failures = t.failures > 0 ? ` (${t.failures} failed requests)` : "";
      rows.push(
        `| ${t.target.name} \`${t.target.path}\` | ${mode.pageCache ? "on" : "off"} | ${t.bytes.toLocaleString("en")} | ` +
          `${formatCountSpread(spreadOf(t.pressroom))} | ${formatCountSpread(spreadOf(t.baseline))} | ` +
          `${formatRatioSpread(ratio)}${failures} | ${verdict} |`,
      );
    }
  }
  return rows.join("\n");
}

export interface OtherFigures {
  imports: ImportResult;
  coldStart: Spread;
  corpusItems: number;
  peakRss: { pageCache: boolean; mib: number }[];
  publish: Spread;
}

const mark = (ok: boolean) => (ok ? "✓ reached" : "✗ missed");

export function otherTable(figures: OtherFigures): string {
  const { imports, coldStart, corpusItems, peakRss, publish } = figures;
  const items = corpusItems.toLocaleString("en");
  const rows = [
    "| What | Figure | Target |",
    "| --- | --- | --- |",
    `| Import (corpus writer + search \`rebuild()\`, ${imports.items.toLocaleString("en")} items) | ` +
      `${Math.round(imports.itemsPerSecond).toLocaleString("en")} items/s (write ${imports.writeSeconds.toFixed(1)} s, ` +
      `index ${imports.indexSeconds.toFixed(1)} s) | ≥ ${IMPORT_TARGET.toLocaleString("en")} items/s: ${mark(imports.itemsPerSecond >= IMPORT_TARGET)} |`,
    `| Cold start to the first 200 on \`/ru/\`, ${items} items (${coldStart.runs} starts) | ` +
      `${coldStart.median.toFixed(0)} ms (${coldStart.min.toFixed(0)}–${coldStart.max.toFixed(0)}) | ` +
      `≤ ${COLD_START_TARGET_MS} ms: ${mark(coldStart.median <= COLD_START_TARGET_MS)} |`,
    ...peakRss.map(
      (p) =>
        `| Peak RSS (VmHWM) after all the loads above, ${items} items, cache ${p.pageCache ? "on" : "off"} | ` +
        `${p.mib.toFixed(0)} MiB | ≤ ${PEAK_RSS_TARGET_MIB} MB: ${mark(p.mib <= PEAK_RSS_TARGET_MIB)} |`,
    ),
    `| Publish to visible (same process, cache on; ${publish.runs} items) | ` +
      `${publish.median.toFixed(1)} ms (${publish.min.toFixed(1)}–${publish.max.toFixed(1)}) | synchronous: visible on the next request |`,
  ];
  return rows.join("\n");
}

/** Hand-written analysis under this heading, at the end of a section, survives a new run of the benchmark. */
export const KEPT_SUBHEADING = "### Where short, and why";

/**
 * Writes or replaces one "## " section of the performance document, leaving every other section as it is (other
 * benchmarks own them), and formats the file as the project's Prettier check expects. The section's hand-written
 * analysis (KEPT_SUBHEADING to its end) is kept.
 */
export async function replaceDocSection(path: string, heading: string, body: string): Promise<void> {
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# Performance\n";
  const start = current.indexOf(`${heading}\n`);
  const end = start < 0 ? -1 : current.indexOf("\n## ", start + heading.length);
  const old = start < 0 ? "" : current.slice(start, end < 0 ? undefined : end);
  const kept = old.includes(KEPT_SUBHEADING) ? `\n${old.slice(old.indexOf(KEPT_SUBHEADING)).trim()}\n` : "";
  const section = `${heading}\n\n${body.trim()}\n${kept}`;
  const next =
    start < 0
      ? `${current.trimEnd()}\n\n${section}`
      : current.slice(0, start) + section + (end < 0 ? "" : `\n${current.slice(end + 1)}`);
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(next, { ...options, filepath: path }));
}
