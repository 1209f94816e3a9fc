import { parseArgs } from "node:util";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ConfigError } from "./config/load.js";
import { openCliContext } from "./cli/context.js";
import { runDemo } from "./cli/demo.js";
import { runImport } from "./cli/import.js";
import { reindexUsage, runReindex } from "./cli/reindex.js";
import { auditUsage, runAudit } from "./cli/audit.js";
import { runServe } from "./cli/serve.js";
import { backupUsage, runBackup } from "./cli/backup.js";
import { exportUsage, runExport } from "./cli/export.js";
import { runUser, userUsage } from "./cli/user.js";
import { isAppError } from "./lib/errors.js";

const usage = `Usage: pressroom <command> [options]

Commands:
  serve                         Serve the site (loads the demo content into an empty database)
  migrate                       Bring the database schema up to date
  demo [--reset]                Load the demo content; --reset replaces all content with it
  import pages FILE|DIR...      Import pages saved as text from the old site
      --dry-run                 Print what was found as JSON; write nothing
      --publish                 Publish the items (default: drafts)
      --date YYYY-MM-DD         Date to use when a page gives none
      --section PATH            Section to import into (default: news)
  import archive FILE           Read an export into an empty database (refused, with nothing written, if the
                                archive is damaged or the database is not empty)
${backupUsage}
${exportUsage}
${reindexUsage}
${userUsage}
${auditUsage}
  help                          Show this text

Configuration comes from environment variables (PORT, PRESSROOM_DATA_DIR, DATABASE_URL, ...) and an optional
pressroom.config.json; see the README.`;

/** Runs one CLI command and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "serve":
        return await runServe();
      case "migrate": {
        const ctx = await openCliContext();
        console.log(`Database is up to date (${ctx.store.location}).`);
        await ctx.store.close();
        return 0;
      }
      case "demo": {
        const { values } = parseArgs({ args: rest, options: { reset: { type: "boolean", default: false } } });
        return await runDemo(values.reset);
      }
      case "import":
        return await runImport(rest);
      case "backup":
        return await runBackup(rest);
      case "export":
        return await runExport(rest);
      case "reindex":
        return await runReindex(rest);
      case "user":
        return await runUser(rest);
      case "audit":
        return await runAudit(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(usage);
        return 0;
      default:
        console.error(`pressroom: unknown command "${command}"\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(
        `pressroom: the configuration is not valid:\n${error.problems.map((p) => `  - ${p}`).join("\n")}`,
      );
      return 78; // EX_CONFIG
    }
    if (
      isAppError(error) ||
      (error instanceof TypeError && "code" in error && error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    ) {
      console.error(`pressroom: ${error.message}`);
      return 2;
    }
    console.error(`pressroom: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

// Run when executed directly (node dist/main.js …); stay quiet when imported by bin/pressroom.js or tests.
const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : "";
if (invokedPath === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = await runCli(process.argv.slice(2));
}
