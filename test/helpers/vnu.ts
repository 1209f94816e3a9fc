import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

export interface VnuMessage {
  /** "error", "info" or "non-document-error". */
  type: string;
  /** "fatal" for an error, "warning" for an info. */
  subType: string | undefined;
  message: string;
  extract: string | undefined;
  line: number | undefined;
  column: number | undefined;
}

export interface VnuReport {
  errors: VnuMessage[];
  warnings: VnuMessage[];
}

export interface HtmlDocument {
  /** How the caller names the document, e.g. its address. */
  name: string;
  html: string;
}

/** The Nu Html Checker's jar, from the vnu-jar package (whose main module is the jar's path). */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("vnu-jar")), "build", "dist", "vnu.jar");
}

/**
 * Checks every document with the W3C Nu Html Checker in one Java run, since Java is slow to start. Returns a
 * report for each document's name: errors (and fatal errors) apart from warnings and notes.
 */
export async function validateHtml(documents: HtmlDocument[]): Promise<Map<string, VnuReport>> {
  const dir = mkdtempSync(join(tmpdir(), "pressroom-vnu-"));
  try {
    const nameByFile = new Map<string, string>();
    const reports = new Map<string, VnuReport>();
    documents.forEach((doc, i) => {
      const file = `doc-${i}.html`;
      writeFileSync(join(dir, file), doc.html, "utf8");
      nameByFile.set(file, doc.name);
      reports.set(doc.name, { errors: [], warnings: [] });
    });
    const output = await runJava([
      "-jar",
      vnuJarPath(),
      "--format",
      "json",
      "--stdout",
      ...[...nameByFile.keys()].map((file) => join(dir, file)),
    ]);
    for (const message of parseOutput(output)) {
      const name = nameByFile.get(basename(message.url));
      const report = name === undefined ? undefined : reports.get(name);
      if (!report)
        throw new Error(`vnu reported on a file it was not given: ${message.url}: ${message.message}`);
      if (message.type === "info") report.warnings.push(message);
      else report.errors.push(message);
    }
    return reports;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The errors of each document, one per line, for a test's failure message. */
export function formatVnuErrors(reports: Map<string, VnuReport>): string {
  const lines: string[] = [];
  for (const [name, report] of reports) {
    for (const e of report.errors) {
      const at = e.line === undefined ? "" : `:${e.line}:${e.column ?? 0}`;
      const extract = e.extract === undefined ? "" : ` — ${JSON.stringify(e.extract)}`;
      lines.push(`${name}${at}: ${e.subType ?? e.type}: ${e.message}${extract}`);
    }
  }
  return lines.join("\n");
}

function runJava(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    // vnu exits with 1 when a document has errors; only output that is not JSON means it failed to run.
    child.on("close", (code) => {
      if (stdout.trim().startsWith("{")) resolve(stdout);
      else reject(new Error(`vnu failed (exit ${String(code)}): ${stderr || stdout}`));
    });
  });
}

interface RawMessage extends VnuMessage {
  url: string;
}

function parseOutput(output: string): RawMessage[] {
  const parsed: unknown = JSON.parse(output);
  if (!isRecord(parsed) || !Array.isArray(parsed["messages"])) throw new Error("vnu output has no messages");
  return parsed["messages"].map((m: unknown): RawMessage => {
    if (!isRecord(m) || typeof m["type"] !== "string") throw new Error("vnu output has a malformed message");
    return {
      url: optionalString(m["url"]) ?? "",
      type: m["type"],
      subType: optionalString(m["subType"]),
      message: optionalString(m["message"]) ?? "",
      extract: optionalString(m["extract"]),
      line: optionalNumber(m["lastLine"]),
      column: optionalNumber(m["firstColumn"]) ?? optionalNumber(m["lastColumn"]),
    };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}
