import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { describeMachine, type MachineInfo } from "./machine.js";
import type { QueryCase } from "./queries.js";
import { formatMs, formatRatio, type LatencyStats } from "./stats.js";

/** The targets issue 4 sets for SQLite. */
export const TARGET_P50_MS = 5;
export const TARGET_P99_MS = 50;

export const SECTION_HEADING = "## Search (issue 4)";

export interface CaseResult {
  query: QueryCase;
  stats: LatencyStats;
  matches: number;
  capped: boolean;
}

export interface SearchReport {
  date: string;
  command: string;
  machine: MachineInfo;
  loadAtEnd: number;
  seed: number;
  items: number;
  translations: number;
  corpusReused: boolean;
  corpusSeconds: number;
  corpusItemsPerSecond: number;
  bytesBeforeIndex: number;
  bytesWithIndex: number;
  /** How long `rebuild()` took; with --reuse-index, when the reused index was built. */
  indexSeconds: number | undefined;
  /** When the index timed in `indexSeconds` was built, if an earlier run built it. */
  indexReusedFrom: string | undefined;
  indexedDocuments: number;
  warmupRounds: number;
  rounds: number;
  baseline: LatencyStats;
  results: CaseResult[];
}

function gib(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

function count(n: number): string {
  return Math.round(n).toLocaleString("en");
}

function verdict(stats: LatencyStats): string {
  const misses = [
    stats.p50 > TARGET_P50_MS ? "p50" : undefined,
    stats.p99 > TARGET_P99_MS ? "p99" : undefined,
  ].filter((m): m is string => m !== undefined);
  return misses.length === 0 ? "✓" : `✗ ${misses.join(", ")}`;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}

export function resultsTable(report: SearchReport): string {
  const base = report.baseline;
  const lines = [
    "| Query class | Lang | Order | Query | Filters | Matches | p50 ms | p90 ms | p99 ms | max ms | p50 ÷ base | p99 ÷ base | Target |",
    "| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const r of report.results) {
    const q = r.query;
    lines.push(
      `| ${cell(q.kind)} | ${q.lang} | ${q.order} | ${q.text === "" ? "(none)" : `\`${cell(q.text)}\``} | ${cell(q.filterNote || "–")} | ` +
        `${r.capped ? `${count(r.matches)}+` : count(r.matches)} | ${formatMs(r.stats.p50)} | ${formatMs(r.stats.p90)} | ` +
        `${formatMs(r.stats.p99)} | ${formatMs(r.stats.max)} | ${formatRatio(r.stats.p50, base.p50)} | ` +
        `${formatRatio(r.stats.p99, base.p99)} | ${verdict(r.stats)} |`,
    );
  }
  return lines.join("\n");
}

export function reportSection(report: SearchReport): string {
  const met = report.results.filter((r) => verdict(r.stats) === "✓").length;
  const base = report.baseline;
  const timed =
    report.indexSeconds === undefined
      ? "not timed"
      : `${report.indexSeconds.toFixed(0)} s for ${count(report.indexedDocuments)} documents, ` +
        `${count(report.indexedDocuments / Math.max(report.indexSeconds, 0.001))} documents/s`;
  const index = report.indexReusedFrom ? `reused, built ${report.indexReusedFrom}: ${timed}` : timed;
  return [
    SECTION_HEADING,
    "",
    `Measured ${report.date} with \`${report.command}\` on ${describeMachine(report.machine)}. ` +
      `Load average ${report.machine.load.toFixed(1)} at the start and ${report.loadAtEnd.toFixed(1)} at the end: ` +
      "the two cores are shared with other work, so read the ratios to the baseline as well as the milliseconds.",
    "",
    "| What | Figure |",
    "| --- | --- |",
    `| Corpus | ${count(report.items)} bilingual items, ${count(report.translations)} published translations (seed ${report.seed}) |`,
    `| Corpus build | ${report.corpusReused ? "reused; when built: " : ""}${report.corpusSeconds.toFixed(0)} s, ${count(report.corpusItemsPerSecond)} items/s (generate + insert, no search index) |`,
    `| Database size | ${gib(report.bytesBeforeIndex)} without the search index, ${gib(report.bytesWithIndex)} with it |`,
    `| Index build (\`rebuild()\`) | ${index} |`,
    `| Baseline: \`SELECT 1\` through the same Kysely connection | p50 ${formatMs(base.p50)} ms, p99 ${formatMs(base.p99)} ms, max ${formatMs(base.max)} ms |`,
    `| Runs | ${report.rounds} per query after ${report.warmupRounds} warm-up rounds, round-robin over all queries; each run is one \`search()\` call (query parsing included), 10 hits, first page |`,
    `| Targets | p50 ≤ ${TARGET_P50_MS} ms and p99 ≤ ${TARGET_P99_MS} ms: met by ${met} of ${report.results.length} cases |`,
    "",
    resultsTable(report),
    "",
  ].join("\n");
}

function intro(machine: MachineInfo, date: string): string {
  return [
    "# Performance",
    "",
    "Measured figures, with how they were obtained. The benchmarks live in `bench/`; each writes its own section of",
    "this file and replaces it when run again. Figures depend on the machine and on what else runs on it, so each",
    "section says when and where it was measured.",
    "",
    `First written ${date} on ${describeMachine(machine)} (the project's standard machine: 2 cores, 24 GiB).`,
    "",
    "Commands:",
    "",
    "- `npm run bench:search` — search latency over a 1,000,000-item corpus (SQLite); `-- --items 100000` for a",
    "  smaller one, `-- --quick` for a smoke run of 20,000 items.",
    "- `npx tsx bench/corpus/cli.ts --items N --db <file | postgres:// URL>` — write a generated corpus into any",
    "  Pressroom database.",
    "",
  ].join("\n");
}

/**
 * Writes or replaces the search section of the performance document, leaving the rest as it is, and formats the
 * file the way the project's Prettier check expects.
 */
export async function updatePerformanceDoc(
  path: string,
  section: string,
  machine: MachineInfo,
  date: string,
): Promise<void> {
  const current = existsSync(path) ? readFileSync(path, "utf8") : intro(machine, date);
  const start = current.indexOf(`${SECTION_HEADING}\n`);
  let next: string;
  if (start < 0) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const after = current.indexOf("\n## ", start + SECTION_HEADING.length);
    const rest = after < 0 ? "" : `\n\n${current.slice(after + 1)}`;
    next = current.slice(0, start) + section.trimEnd() + rest;
  }
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(next, { ...options, filepath: path }));
}
