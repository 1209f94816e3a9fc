import { createHash } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { isCalendarDate } from "../domain/content.js";
import { paragraphsToHtml } from "../domain/html.js";
import { suggestSlug } from "../domain/slugs.js";
import { parsePageText, PageParseError, type ParsedPage } from "../importers/pageText/parse.js";
import { AppError, isAppError } from "../lib/errors.js";
import type { Clock } from "../lib/clock.js";
import { isoNow } from "../lib/clock.js";
import { inTransaction, type Store } from "../store/database.js";
import { loadMatchablePeople, type MatchablePerson } from "../store/people.js";
import { createArticle } from "./createArticle.js";

export interface ImportPagesOptions {
  /** Files and directories; directories are walked for *.txt files. */
  paths: readonly string[];
  dryRun: boolean;
  publish: boolean;
  /** Used when the page itself gives no date. */
  fallbackDate?: string | undefined;
  /** The section path, in the page's language, that items go into. */
  sectionPath: string;
}

export type FileOutcome =
  | { file: string; status: "parsed"; page: ParsedPage }
  | { file: string; status: "imported"; page: ParsedPage; articleId: number; slug: string; state: string }
  | { file: string; status: "unchanged"; translationId: number }
  | { file: string; status: "failed"; code: string; reason: string };

export interface ImportContext {
  store: Store;
  languages: readonly string[];
  clock?: Clock;
}

/**
 * Imports pages saved as text from the old site. Each file is its own transaction: a file that fails writes
 * nothing, and the others still import. Importing the same page again changes nothing.
 */
export async function importPages(ctx: ImportContext, options: ImportPagesOptions): Promise<FileOutcome[]> {
  if (options.fallbackDate !== undefined && !isCalendarDate(options.fallbackDate)) {
    throw new AppError(
      "validation_failed",
      `--date must be a date written YYYY-MM-DD, not "${options.fallbackDate}"`,
    );
  }
  const files = await collectFiles(options.paths);
  const people = await loadMatchablePeople(ctx.store.db);
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await importOne(ctx, options, people, file));
  return outcomes;
}

async function importOne(
  ctx: ImportContext,
  options: ImportPagesOptions,
  people: MatchablePerson[],
  file: string,
): Promise<FileOutcome> {
  try {
    const text = decodeUtf8(await readFile(file));
    const page = parsePageText(text, people);
    if (options.dryRun) return { file, status: "parsed", page };
    return await writePage(ctx, options, people, file, text, page);
  } catch (error) {
    if (error instanceof PageParseError)
      return { file, status: "failed", code: "import_unparseable", reason: error.reason };
    if (isAppError(error)) return { file, status: "failed", code: error.code, reason: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { file, status: "failed", code: "io_error", reason };
  }
}

async function writePage(
  ctx: ImportContext,
  options: ImportPagesOptions,
  people: MatchablePerson[],
  file: string,
  text: string,
  page: ParsedPage,
): Promise<FileOutcome> {
  const hash = sourceHash(text);
  if (!ctx.languages.includes(page.language)) {
    throw new AppError(
      "validation_failed",
      `the page is in "${page.language}", which the site does not publish`,
    );
  }
  const date = page.date?.start ?? options.fallbackDate;
  if (options.publish && date === undefined) {
    throw new AppError(
      "validation_failed",
      "the page gives no date with a year; pass --date YYYY-MM-DD to publish it, or import it as a draft",
    );
  }
  return inTransaction(ctx.store.db, async (trx) => {
    const seen = await trx
      .selectFrom("import_sources")
      .select("translation_id")
      .where("source_hash", "=", hash)
      .executeTakeFirst();
    if (seen) return { file, status: "unchanged" as const, translationId: seen.translation_id };

    const section = await trx
      .selectFrom("section_translations")
      .select("section_id")
      .where("lang", "=", page.language)
      .where("path", "=", options.sectionPath)
      .executeTakeFirst();
    if (!section) {
      throw new AppError(
        "validation_failed",
        `there is no ${page.language} section "${options.sectionPath}"`,
      );
    }

    const state = options.publish ? ("published" as const) : ("draft" as const);
    const slug = suggestSlug(page.title);
    const created = await createArticle(
      { ...ctx, store: { ...ctx.store, db: trx } },
      {
        sectionId: section.section_id,
        kind: "news",
        // The old pages give a day, not a time: noon UTC keeps the day right in every time zone near Europe.
        publishedAt: date ? `${date}T12:00:00.000Z` : isoNow(ctx.clock),
        eventStart: page.date && page.date.end !== page.date.start ? page.date.start : undefined,
        eventEnd: page.date && page.date.end !== page.date.start ? page.date.end : undefined,
        peopleIds: namedPeople(people, page),
        translations: [
          {
            lang: page.language,
            title: page.title,
            lead: leadOf(page.paragraphs),
            bodyHtml: paragraphsToHtml(page.paragraphs),
            slug,
            signature: page.signature?.personId
              ? {
                  personId: page.signature.personId,
                  postId: page.signature.postId,
                  text: page.signature.text,
                }
              : undefined,
            state,
          },
        ],
      },
    );
    const translationId = created.translationIds[page.language];
    if (translationId === undefined) throw new Error("the translation was not created");
    await trx
      .insertInto("import_sources")
      .values({
        source_hash: hash,
        source_name: file,
        translation_id: translationId,
        imported_at: isoNow(ctx.clock),
      })
      .execute();
    return { file, status: "imported" as const, page, articleId: created.articleId, slug, state };
  });
}

/** Files to import, in a stable order: directories are walked for .txt files. */
async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      files.push(path); // reported as a failure for this path, not a crash of the whole run
    } else if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".txt"))
          .map((e) => join(e.parentPath, e.name))
          .sort(),
      );
    } else {
      files.push(path);
    }
  }
  return files;
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PageParseError("the file is not UTF-8 text");
  }
}

/** The same page saved twice differs in line endings and trailing spaces; those do not make a new page. */
function sourceHash(text: string): string {
  const normalised = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  return createHash("sha256").update(normalised).digest("hex");
}

/** The teaser: the first paragraph, cut at a sentence end near 300 characters. */
function leadOf(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ?? "";
  if (first.length <= 300) return first;
  const cut = first.slice(0, 300);
  const end = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("; "));
  return end > 100 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** People whose name or alias the page mentions, plus the signer. */
function namedPeople(people: readonly MatchablePerson[], page: ParsedPage): number[] {
  const text = `${page.title}\n${page.paragraphs.join("\n")}`.toLowerCase().replace(/ё/g, "е");
  const ids = new Set<number>();
  if (page.signature?.personId) ids.add(page.signature.personId);
  for (const person of people) {
    const named = person.names.some((name) => {
      const needle = name.toLowerCase().replace(/ё/g, "е").trim();
      if (needle.length < 3) return false;
      const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
    });
    if (named) ids.add(person.id);
  }
  return [...ids];
}
