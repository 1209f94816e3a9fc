import { describeMachine, type MachineInfo } from "../search/machine.js";

interface Common {
  machine: MachineInfo;
  date: string;
  command: string;
}

/** The "## HTTP (issue 5)" section's body. */
export function httpSection(
  r: Common & {
    items: number;
    runs: number;
    seconds: number;
    connections: number;
    ratios: string;
    others: string;
  },
): string {
  return [
    `Measured ${r.date} with \`${r.command}\` on ${describeMachine(r.machine)}; load average ${r.machine.load} at the start.`,
    "",
    `Pressroom is \`node dist/main.js serve\` over a SQLite corpus of ${r.items.toLocaleString("en")} generated items ` +
      `(seed 42), with \`PRESSROOM_PAGE_CACHE\` on or off. Each page is loaded with \`wrk -t1 -c${r.connections} ` +
      `-d${r.seconds}s -H "Accept-Encoding: br"\`, ${r.runs} runs, after a warm-up run. In every run a bare \`node:http\` ` +
      "server answering the very bytes Pressroom sent for that page (Brotli-compressed, same Content-Type and " +
      "Content-Encoding) is loaded right after, and each ratio is Pressroom ÷ that run's baseline. Both servers " +
      "and wrk share the two cores, as on any single machine.",
    "",
    r.ratios,
    "",
    r.others,
  ].join("\n");
}

/** The "## Lighthouse (issue 5)" section's body. */
export function lighthouseSection(r: Common & { scores: string; losses: string }): string {
  return [
    `Measured ${r.date} with \`${r.command}\` on ${describeMachine(r.machine)}: Lighthouse 12.2.3, default mobile ` +
      "preset (simulated throttling), in Debian's Chromium (`/usr/bin/chromium`, headless), against the demo site " +
      "served by `node dist/main.js serve` on a fresh data directory.",
    "",
    r.scores,
    "",
    "Audits that cost points:",
    "",
    r.losses,
  ].join("\n");
}
