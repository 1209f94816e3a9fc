import { ArchiveError } from "./errors.js";

/** A row as archived: column name to a JSON scalar. Every column Pressroom stores is text, integer or null. */
export type ArchivedRow = Record<string, string | number | null>;

/** One line of a table file: the row's columns in name order, so that key order never depends on the database. */
export function rowLine(table: string, row: Record<string, unknown>): string {
  const sorted: ArchivedRow = {};
  for (const column of Object.keys(row).sort()) {
    const value = row[column];
    if (value !== null && typeof value !== "string" && typeof value !== "number") {
      throw new ArchiveError(`${table}.${column} holds a ${typeof value}, which an archive cannot carry`);
    }
    sorted[column] = value;
  }
  return JSON.stringify(sorted);
}

/** A table file's text: one row per line, each line ended, nothing at all for an empty table. */
export function tableFileText(table: string, rows: readonly Record<string, unknown>[]): string {
  return rows.map((row) => `${rowLine(table, row)}\n`).join("");
}

/** Reads a table file back, refusing anything but one JSON object of scalars per line. */
export function parseTableFile(file: string, bytes: Uint8Array): ArchivedRow[] {
  const text = Buffer.from(bytes).toString("utf8");
  if (text === "") return [];
  if (!text.endsWith("\n")) throw new ArchiveError(`${file} does not end with a complete line`);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line, index) => parseLine(file, index + 1, line));
}

function parseLine(file: string, lineNumber: number, line: string): ArchivedRow {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ArchiveError(`${file} line ${lineNumber} is not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ArchiveError(`${file} line ${lineNumber} is not a JSON object`);
  }
  const row: ArchivedRow = {};
  for (const [column, cell] of Object.entries(value)) {
    if (cell !== null && typeof cell !== "string" && typeof cell !== "number") {
      throw new ArchiveError(`${file} line ${lineNumber}: "${column}" is neither text, a number nor null`);
    }
    row[column] = cell;
  }
  return row;
}
