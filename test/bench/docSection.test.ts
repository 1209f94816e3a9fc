import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KEPT_SUBHEADING, replaceDocSection } from "../../bench/http/report.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function docWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "perf-doc-"));
  dirs.push(dir);
  const file = join(dir, "performance.md");
  writeFileSync(file, text);
  return file;
}

describe("the performance document's sections", () => {
  it("replaces only its own section and keeps the others' and its hand-written analysis", async () => {
    const file = docWith(
      [
        "# Performance",
        "## Search (issue 4)",
        "search figures",
        "## HTTP (issue 5)",
        "old figures",
        KEPT_SUBHEADING,
        "the cache is slow because of X",
        "## Search analysis (issue 4)",
        "analysis",
        "",
      ].join("\n\n"),
    );
    await replaceDocSection(file, "## HTTP (issue 5)", "new figures");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("search figures");
    expect(text).toContain("new figures");
    expect(text).not.toContain("old figures");
    expect(text).toContain("the cache is slow because of X");
    expect(text.indexOf("new figures")).toBeLessThan(text.indexOf("## Search analysis (issue 4)"));
  });

  it("appends a section that is not there yet", async () => {
    const file = docWith("# Performance\n\n## Search (issue 4)\n\nsearch figures\n");
    await replaceDocSection(file, "## Lighthouse (issue 5)", "scores");
    const text = readFileSync(file, "utf8");
    expect(text.indexOf("search figures")).toBeLessThan(text.indexOf("## Lighthouse (issue 5)"));
    expect(text).toContain("scores");
  });
});
