import { parseArgs } from "node:util";
import { importPages, type FileOutcome } from "../commands/importPages.js";
import { ArchiveError } from "../archive/errors.js";
import { importArchive } from "../archive/importArchive.js";
import { defaultMediaDirectory } from "../media/runtime.js";
import { LocalDirectoryStorage } from "../media/storage.js";
import { openCliContext } from "./context.js";

/** `pressroom import pages …` or `pressroom import archive FILE` */
export async function runImport(args: readonly string[]): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === "pages") return runImportPages(rest);
  if (kind === "archive") return runImportArchive(rest);
  console.error(
    `pressroom: import what? Try \`pressroom import pages FILE|DIR…\` or \`pressroom import archive FILE\``,
  );
  return 2;
}

/** `pressroom import pages FILE|DIR… [--dry-run] [--publish] [--date YYYY-MM-DD] [--section PATH]` */
async function runImportPages(rest: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...rest],
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      publish: { type: "boolean", default: false },
      date: { type: "string" },
      section: { type: "string", default: "news" },
    },
  });
  if (positionals.length === 0) {
    console.error("pressroom: name at least one file or directory to import");
    return 2;
  }
  const { config, store } = await openCliContext();
  try {
    const outcomes = await importPages(
      { store, languages: config.languages },
      {
        paths: positionals,
        dryRun: values["dry-run"],
        publish: values.publish,
        fallbackDate: values.date,
        sectionPath: values.section,
      },
    );
    if (values["dry-run"]) console.log(JSON.stringify(outcomes.map(dryRunView), null, 2));
    else for (const outcome of outcomes) console.log(describe(outcome));
    const failed = outcomes.filter((o) => o.status === "failed");
    for (const f of failed) if (f.status === "failed") console.error(`pressroom: ${f.file}: ${f.reason}`);
    if (!values["dry-run"]) {
      const count = (status: FileOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
      console.log(`${count("imported")} imported, ${count("unchanged")} unchanged, ${failed.length} failed`);
    }
    return failed.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

function dryRunView(outcome: FileOutcome): unknown {
  if (outcome.status === "parsed") return { file: outcome.file, ok: true, ...outcome.page };
  if (outcome.status === "failed")
    return { file: outcome.file, ok: false, error: { code: outcome.code, reason: outcome.reason } };
  return outcome;
}

function describe(outcome: FileOutcome): string {
  switch (outcome.status) {
    case "imported":
      return `imported  ${outcome.file} → ${outcome.page.language} "${outcome.slug}" (${outcome.state}; ${outcome.page.teasers.length} sidebar teasers not imported)`;
    case "unchanged":
      return `unchanged ${outcome.file} (already imported)`;
    case "failed":
      return `failed    ${outcome.file}: ${outcome.reason}`;
    case "parsed":
      return `parsed    ${outcome.file}`;
  }
}

/** `pressroom import archive FILE`: an export, read back into an empty database. */
async function runImportArchive(rest: readonly string[]): Promise<number> {
  const { positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: {} });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    console.error("pressroom: name one archive to import: `pressroom import archive FILE`");
    return 2;
  }
  const { config, store } = await openCliContext();
  try {
    const started = Date.now();
    const storage = new LocalDirectoryStorage(defaultMediaDirectory(config));
    const result = await importArchive({ store, storage }, file);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Imported ${result.rows} rows and ${result.mediaFiles} media files from ${file} (exported from ${result.manifest.source.dialect} at ${result.manifest.created_at}) into ${store.location} in ${seconds} s.`,
    );
    console.log(`Search index rebuilt: ${result.indexed} published items.`);
    if (result.auditProblem) {
      console.error(`pressroom: warning: the imported audit log does not verify at ${result.auditProblem}`);
      return 1;
    }
    console.log(`Audit log: ${result.auditEntries} entries, chain intact.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    console.error(`pressroom: the archive cannot be imported: ${error.message}. Nothing was written.`);
    return 1;
  } finally {
    await store.close();
  }
}
