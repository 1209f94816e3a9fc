import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** The system's Chromium: tests never download a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium; close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface AxeNode {
  /** CSS selectors of the offending element (joined when it sits in a frame or shadow root). */
  target: string[];
  html: string;
  failureSummary: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

let axeSource: string | undefined;

function loadAxeSource(): string {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(join(dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
  }
  return axeSource;
}

/**
 * Runs axe-core on the page as it is now and returns its violations. The site's Content-Security-Policy forbids
 * inline scripts, so the page's context must be created with `bypassCSP: true`.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: loadAxeSource() });
  const options = JSON.stringify({ runOnly: { type: "tag", values: AXE_TAGS } });
  // A string is evaluated in the page and its promise awaited; the page's globals need no DOM typings here.
  const result = await page.evaluate<unknown>(
    `axe.run(document, ${options}).then((r) => JSON.parse(JSON.stringify(r.violations)))`,
  );
  return parseViolations(result);
}

/** One line per violation and node, for a test's failure message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`);
      return [`  [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes].join("\n");
    })
    .join("\n");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== "string") throw new Error(`axe result: "${key}" is not a string`);
  return value;
}

function parseTarget(value: unknown): string[] {
  if (!Array.isArray(value)) throw new Error("axe result: a node's target is not an array");
  return value.map((part: unknown) => {
    if (typeof part === "string") return part;
    if (Array.isArray(part) && part.every((p: unknown) => typeof p === "string")) return part.join(" >>> ");
    throw new Error("axe result: a target part is neither a selector nor a list of selectors");
  });
}

function parseViolations(value: unknown): AxeViolation[] {
  if (!Array.isArray(value)) throw new Error("axe result: violations is not an array");
  return value.map((item: unknown): AxeViolation => {
    if (!isRecord(item)) throw new Error("axe result: a violation is not an object");
    const impact = item["impact"];
    const nodes = item["nodes"];
    if (!Array.isArray(nodes)) throw new Error("axe result: a violation's nodes is not an array");
    return {
      id: stringField(item, "id"),
      impact: typeof impact === "string" ? impact : null,
      help: stringField(item, "help"),
      helpUrl: stringField(item, "helpUrl"),
      nodes: nodes.map((node: unknown): AxeNode => {
        if (!isRecord(node)) throw new Error("axe result: a node is not an object");
        const summary = node["failureSummary"];
        return {
          target: parseTarget(node["target"]),
          html: stringField(node, "html"),
          failureSummary: typeof summary === "string" ? summary : "",
        };
      }),
    };
  });
}
