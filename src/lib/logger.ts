/** A small structured logger: JSON lines in production, readable lines on a terminal. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Where finished lines go; by default warnings and errors to stderr, the rest to stdout. */
export type LogSink = (line: string, level: Exclude<LogLevel, "silent">) => void;

const standardSink: LogSink = (line, level) => {
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
  stream.write(line);
};

/**
 * JSON lines carry `time`, `level` and `msg` first, then the fields; a field cannot overwrite those three.
 * Errors become their message and stack (JSON.stringify would print `{}`).
 */
export function createLogger(
  level: LogLevel,
  json = !process.stdout.isTTY,
  sink: LogSink = standardSink,
): Logger {
  const write = (
    at: Exclude<LogLevel, "silent">,
    message: string,
    fields?: Record<string, unknown>,
  ): void => {
    if (rank[at] < rank[level]) return;
    const extra = fields ? plainFields(fields) : {};
    if (json) {
      sink(`${JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...extra })}\n`, at);
    } else {
      const shown = Object.keys(extra).length > 0 ? ` ${JSON.stringify(extra)}` : "";
      sink(`${at.padEnd(5)} ${message}${shown}\n`, at);
    }
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}

const RESERVED = new Set(["time", "level", "msg"]);

function plainFields(fields: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || RESERVED.has(key)) continue;
    plain[key] = value instanceof Error ? { message: value.message, stack: value.stack } : value;
  }
  return plain;
}
