/** The parts of a Lighthouse JSON report (LHR) the benchmark reads. */
export interface LighthouseReport {
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, LighthouseAudit>;
}

interface LighthouseAudit {
  title: string;
  score: number | null;
  displayValue?: string;
  details?: { items?: { description?: unknown; url?: unknown }[] };
}

/** What an audit's details name: the console messages, or the URLs, that made it fail (first few). */
function detailOf(audit: LighthouseAudit): string | undefined {
  const named = (audit.details?.items ?? [])
    .map((item) =>
      typeof item.description === "string" ? item.description : typeof item.url === "string" ? item.url : "",
    )
    .filter(Boolean);
  return named.length > 0 ? named.slice(0, 3).join("; ") : undefined;
}

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  scores: Record<Category, number>;
  /** Weighted audits that did not pass, per category: what cost points. */
  losses: {
    category: Category;
    title: string;
    score: number;
    displayValue?: string | undefined;
    detail?: string | undefined;
  }[];
}

/** Scores out of 100 and the weighted audits that fell short, from one report. */
export function scoresOf(report: LighthouseReport): PageScores {
  const scores = {} as Record<Category, number>;
  const losses: PageScores["losses"] = [];
  for (const category of CATEGORIES) {
    const entry = report.categories[category];
    scores[category] =
      entry?.score === null || entry === undefined ? Number.NaN : Math.round(entry.score * 100);
    for (const ref of entry?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        losses.push({
          category,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue,
          detail: detailOf(audit),
        });
      }
    }
  }
  return { scores, losses };
}
