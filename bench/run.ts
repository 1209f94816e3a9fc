import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureMode, type ModeResult } from "./http/httpBench.js";
import { measureImport } from "./http/importRate.js";
import { REPO_ROOT, startPressroom } from "./http/processes.js";
import { measurePublishToVisible } from "./http/publishLatency.js";
import { otherTable, ratioTable, replaceDocSection, type OtherFigures } from "./http/report.js";
import { spreadOf } from "./http/stats.js";
import { discoverTargets, type Target } from "./http/targets.js";
import { findWrk, WRK_MISSING } from "./http/wrk.js";
import { httpSection, lighthouseSection } from "./http/docSections.js";
import { lighthouseTable } from "./lighthouse/table.js";
import { runLighthouse } from "./lighthouse/run.js";
import { ensureServingCorpus } from "./http/servingCorpus.js";
import { machineInfo } from "./search/machine.js";

const USAGE = `Usage: npm run bench -- [options]

  --quick            a short run: a fresh 10,000-item corpus in a temporary directory, 1 s wrk runs, no Lighthouse,
                     docs/performance.md left alone
  --items N          size of the served corpus (default 1,000,000, kept in --data-dir between runs)
  --data-dir DIR     where corpora are kept (default $PRESSROOM_BENCH_DIR or /tmp/pressroom-bench)
  --runs N           wrk runs per page and mode (default 3)
  --seconds N        seconds per wrk run (default 10; quick 1)
  --no-lighthouse    skip Lighthouse
  --lighthouse-only  only Lighthouse
  --no-doc           do not write docs/performance.md
  --help             this text`;

const DOC = join(REPO_ROOT, "docs/performance.md");
const IMPORT_ITEMS = 20_000;
const QUICK_ITEMS = 10_000;
const CONNECTIONS = 50;
const SEED = 42;

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${value}"`);
  return n;
}

function ensureBuilt(): void {
  if (existsSync(join(REPO_ROOT, "dist/main.js"))) return;
  say("dist/main.js is missing: running npm run build");
  execFileSync("npm", ["run", "build"], { cwd: REPO_ROOT, stdio: "inherit" });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      items: { type: "string" },
      "data-dir": { type: "string" },
      runs: { type: "string" },
      seconds: { type: "string" },
      "no-lighthouse": { type: "boolean", default: false },
      "lighthouse-only": { type: "boolean", default: false },
      "no-doc": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const quick = values.quick ?? false;
  const writeDoc = !quick && !values["no-doc"];
  const machine = machineInfo();
  const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  ensureBuilt();

  if (values["lighthouse-only"] !== true) {
    const wrk = findWrk();
    if (!wrk) {
      console.error(WRK_MISSING);
      return 1;
    }
    const runs = whole("runs", values.runs, 3);
    const seconds = whole("seconds", values.seconds, quick ? 1 : 10);
    const items = quick ? QUICK_ITEMS : whole("items", values.items, 1_000_000);
    const scratch = mkdtempSync(join(tmpdir(), "pressroom-bench-"));
    try {
      say(`Import: ${quick ? items : IMPORT_ITEMS} items into ${scratch}`);
      const imports = await measureImport(scratch, quick ? items : IMPORT_ITEMS, SEED);
      const dataDir = quick
        ? scratch
        : await ensureServingCorpus(
            values["data-dir"] ?? process.env["PRESSROOM_BENCH_DIR"] ?? "/tmp/pressroom-bench",
            SEED,
            items,
            say,
          );

      const coldStarts: number[] = [];
      let targets: Target[] = [];
      for (let i = 0; i < 3; i++) {
        const server = await startPressroom({ dataDir, pageCache: true });
        coldStarts.push(server.coldStartMs);
        if (i === 2) targets = await discoverTargets(server.baseUrl);
        await server.stop();
      }
      say(`Cold starts: ${coldStarts.map((ms) => ms.toFixed(0)).join(", ")} ms`);

      const plan = {
        wrk,
        dataDir,
        targets,
        runs,
        seconds,
        warmupSeconds: quick ? 0 : 3,
        connections: CONNECTIONS,
        onProgress: say,
      };
      const modes: ModeResult[] = [await measureMode(plan, true), await measureMode(plan, false)];
      const publish = await measurePublishToVisible(join(scratch, "pressroom.sqlite"), 5);
      const figures: OtherFigures = {
        imports,
        coldStart: spreadOf(coldStarts),
        corpusItems: items,
        peakRss: modes.map((m) => ({ pageCache: m.pageCache, mib: m.peakRssMiB })),
        publish,
      };
      const ratios = ratioTable(modes);
      const others = otherTable(figures);
      console.log(`${ratios}\n\n${others}`);
      if (writeDoc) {
        const body = httpSection({
          machine,
          date,
          command,
          items,
          runs,
          seconds,
          connections: CONNECTIONS,
          ratios,
          others,
        });
        await replaceDocSection(DOC, "## HTTP (issue 5)", body);
        say(`Updated ${DOC}`);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  if (!quick && values["no-lighthouse"] !== true) {
    const audits = await runLighthouse(say);
    const table = lighthouseTable(audits);
    console.log(`\n${table.scores}\n\n${table.losses}`);
    if (writeDoc)
      await replaceDocSection(
        DOC,
        "## Lighthouse (issue 5)",
        lighthouseSection({ machine, date, command, ...table }),
      );
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.error(USAGE.split("\n")[0]);
    process.exitCode = 1;
  },
);
