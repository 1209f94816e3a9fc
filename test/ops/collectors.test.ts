import { describe, expect, it } from "vitest";
import { Counter, Histogram } from "../../src/lib/metrics/collectors.js";
import { renderExposition } from "../../src/lib/metrics/exposition.js";
import { PressroomMetrics, processMetrics, recordJobRun } from "../../src/lib/metrics/pressroom.js";
import { withoutConstraints } from "../../src/http/ops/routeLabel.js";
import { parseExposition, valueOf } from "./exposition.js";

describe("metric collectors and the text format", () => {
  it("escapes label values and help text so that any value parses back unchanged", () => {
    const counter = new Counter("odd_total", 'Help with a \\ backslash,\na line feed and "quotes".', [
      "route",
    ]);
    const value = 'a "quoted" \\ path\nwith a line feed';
    counter.inc({ route: value });
    const text = renderExposition(counter.collect());
    const families = parseExposition(text);
    expect(families.get("odd_total")?.samples[0]?.labels["route"]).toBe(value);
    expect(text.split("\n")).toHaveLength(4);
  });

  it("keeps histogram buckets cumulative, with +Inf equal to the count", () => {
    const histogram = new Histogram("latency_seconds", "Latency.", ["route"], [0.1, 1, 0.5]);
    for (const seconds of [0.05, 0.1, 0.3, 0.7, 3, 12]) histogram.observe({ route: "/x" }, seconds);
    const families = parseExposition(renderExposition(histogram.collect()));
    const bucket = (le: string) => valueOf(families, "latency_seconds_bucket", { le });
    expect([bucket("0.1"), bucket("0.5"), bucket("1"), bucket("+Inf")]).toEqual([2, 3, 4, 6]);
    expect(valueOf(families, "latency_seconds_count")).toBe(6);
    expect(valueOf(families, "latency_seconds_sum")).toBeCloseTo(16.15);
  });

  it("refuses names the format cannot carry and counters that go down", () => {
    expect(() => new Counter("bad-name", "x")).toThrow(/metric name/);
    expect(() => new Counter("ok_total", "x", ["__reserved"])).toThrow(/label name/);
    expect(() => new Histogram("h", "x", ["le"], [1])).toThrow(/le label/);
    expect(() => new Histogram("h", "x", [], [])).toThrow(/bucket bounds/);
    const counter = new Counter("ok_total", "x");
    expect(() => counter.inc({}, -1)).toThrow(/only goes up/);
  });

  it("recordJobRun counts into the process's metrics, which the served app reports", () => {
    const before = processMetrics.jobRuns.get({ job: "embargo_release", outcome: "success" });
    recordJobRun("embargo_release", "success");
    expect(processMetrics.jobRuns.get({ job: "embargo_release", outcome: "success" })).toBe(before + 1);
    // A fresh registry (tests use one per app) starts from zero.
    expect(new PressroomMetrics().jobRuns.get({ job: "embargo_release", outcome: "success" })).toBe(0);
  });

  it("route labels drop parameter constraints, nested braces included", () => {
    expect(withoutConstraints("/:lang{[a-z]{2}}/*")).toBe("/:lang/*");
    expect(withoutConstraints("/:lang{[a-z]{2}}/news/:year{\\d{4}}/")).toBe("/:lang/news/:year/");
    expect(withoutConstraints("/healthz")).toBe("/healthz");
  });
});
