import { describe, expect, it } from "vitest";
import { formatRatioSpread, pairedRatios, spreadOf } from "../../bench/http/stats.js";
import { parseWrkOutput } from "../../bench/http/wrkOutput.js";
import { scoresOf, type LighthouseReport } from "../../bench/lighthouse/scores.js";

const WRK_OK = `Running 10s test @ http://127.0.0.1:8080/ru/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.10ms  300.00us   9.00ms   90.00%
    Req/Sec    24.00k     1.20k   26.00k    80.00%
  238811 requests in 10.00s, 1.10GB read
Requests/sec:  23881.10
Transfer/sec:    112.50MB
`;

describe("wrk output", () => {
  it("reads the throughput of a clean run", () => {
    expect(parseWrkOutput(WRK_OK)).toEqual({ requestsPerSecond: 23881.1, non2xx: 0, socketErrors: 0 });
  });

  it("counts error answers and socket errors, so that a run of error pages is not taken for speed", () => {
    const text = `${WRK_OK}  Socket errors: connect 0, read 3, write 1, timeout 2\n  Non-2xx or 3xx responses: 17\n`;
    expect(parseWrkOutput(text)).toMatchObject({ non2xx: 17, socketErrors: 6 });
  });

  it("refuses output without a throughput line instead of reporting zero", () => {
    expect(() => parseWrkOutput("unable to connect to 127.0.0.1:1 Connection refused")).toThrow(
      /Requests\/sec/,
    );
  });
});

describe("ratios to the baseline", () => {
  it("gives the median and the spread, odd and even counts", () => {
    expect(spreadOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(spreadOf([4, 1, 2, 3]).median).toBe(2.5);
    expect(spreadOf([]).runs).toBe(0);
  });

  it("divides each run by its own baseline and skips runs without one", () => {
    expect(pairedRatios([80, 45, 10], [100, 50, 0])).toEqual([0.8, 0.9]);
  });

  it("formats a ratio with its spread, and a dash when nothing was measured", () => {
    expect(formatRatioSpread(spreadOf([0.8, 0.9, 0.85]))).toBe("0.85× (0.80–0.90)");
    expect(formatRatioSpread(spreadOf([0.012, 0.011, 0.013]))).toBe("0.012× (0.011–0.013)");
    expect(formatRatioSpread(spreadOf([]))).toBe("–");
  });
});

describe("Lighthouse scores", () => {
  it("scores each category out of 100 and names the weighted audits that lost points", () => {
    const report: LighthouseReport = {
      categories: {
        performance: { title: "Performance", score: 0.99, auditRefs: [{ id: "lcp", weight: 25 }] },
        accessibility: { title: "Accessibility", score: 1, auditRefs: [] },
        "best-practices": {
          title: "Best Practices",
          score: 0.96,
          auditRefs: [
            { id: "errors-in-console", weight: 1 },
            { id: "informative", weight: 0 },
          ],
        },
        seo: { title: "SEO", score: null, auditRefs: [] },
      },
      audits: {
        lcp: { title: "Largest Contentful Paint", score: 0.97, displayValue: "1.6 s" },
        "errors-in-console": {
          title: "Browser errors were logged to the console",
          score: 0,
          details: { items: [{ description: "Failed to load resource: 404" }] },
        },
        informative: { title: "Not weighted", score: 0 },
      },
    };
    const { scores, losses } = scoresOf(report);
    expect(scores).toMatchObject({ performance: 99, accessibility: 100, "best-practices": 96 });
    expect(Number.isNaN(scores.seo)).toBe(true);
    expect(losses.map((l) => l.title)).toEqual([
      "Largest Contentful Paint",
      "Browser errors were logged to the console",
    ]);
    expect(losses[1]?.detail).toBe("Failed to load resource: 404");
  });
});
