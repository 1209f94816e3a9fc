import type { PageAudit } from "./run.js";
import { CATEGORIES } from "./scores.js";

const TARGETS: Record<string, number> = {
  performance: 98,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

export interface LighthouseTables {
  scores: string;
  losses: string;
}

/** The scores per page and category against the targets, and the audits that cost points. */
export function lighthouseTable(audits: readonly PageAudit[]): LighthouseTables {
  const scores = [
    `| Page | ${CATEGORIES.join(" | ")} |`,
    `| --- | ${CATEGORIES.map(() => "---:").join(" | ")} |`,
    ...audits.map(
      (a) =>
        `| ${a.name} \`${a.path}\` | ${CATEGORIES.map((c) => `${a.scores[c]}${a.scores[c] >= (TARGETS[c] ?? 100) ? "" : " ✗"}`).join(" | ")} |`,
    ),
    `| Target | ${CATEGORIES.map((c) => `≥ ${TARGETS[c] ?? 100}`).join(" | ")} |`,
  ].join("\n");
  const lines = audits.flatMap((a) =>
    a.losses.map(
      (l) =>
        `- ${a.name}, ${l.category}: ${l.title} (score ${l.score.toFixed(2)}${l.displayValue ? `, ${l.displayValue}` : ""})${l.detail ? `: ${l.detail}` : ""}`,
    ),
  );
  return { scores, losses: lines.length > 0 ? lines.join("\n") : "No weighted audit lost points." };
}
