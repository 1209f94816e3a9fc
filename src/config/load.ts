import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { AppError } from "../lib/errors.js";
import { configSchema, type Config } from "./schema.js";

/** Maps environment variables onto config keys. Everything else comes from the optional config file. */
const envKeys = {
  PORT: "port",
  HOST: "host",
  PRESSROOM_DATA_DIR: "dataDir",
  DATABASE_URL: "databaseUrl",
  PRESSROOM_DB_POOL_SIZE: "dbPoolSize",
  PRESSROOM_LANGUAGES: "languages",
  PRESSROOM_DEFAULT_LANGUAGE: "defaultLanguage",
  PRESSROOM_PUBLIC_URL: "publicUrl",
  PRESSROOM_TIMEZONE: "timezone",
  PRESSROOM_PAGE_SIZE: "pageSize",
  PRESSROOM_DEMO: "demo",
  PRESSROOM_LOG_LEVEL: "logLevel",
  PRESSROOM_MAX_IMAGE_BYTES: "maxImageBytes",
  PRESSROOM_MAX_ATTACHMENT_BYTES: "maxAttachmentBytes",
  PRESSROOM_TOTP_REQUIRED_ROLES: "totpRequiredRoles",
  PRESSROOM_TRUST_PROXY: "trustProxy",
  PRESSROOM_SESSION_DAYS: "sessionDays",
  PRESSROOM_SECURE_COOKIES: "secureCookies",
  PRESSROOM_FEED_CONTENT: "feedContent",
  PRESSROOM_PAGE_CACHE: "pageCache",
  PRESSROOM_PAGE_CACHE_MB: "pageCacheMegabytes",
  PRESSROOM_METRICS_TOKEN: "metricsToken",
  PRESSROOM_SCHEDULER_INTERVAL: "schedulerIntervalSeconds",
} as const;

/** Keys whose environment value is a comma-separated list, and keys that are true/false. */
const listKeys = new Set<string>(["languages", "totpRequiredRoles"]);
const booleanKeys = new Set<string>(["demo", "trustProxy", "pageCache"]);

export class ConfigError extends AppError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super("config_invalid", `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/**
 * Reads the config file (PRESSROOM_CONFIG, or ./pressroom.config.json when present), overlays environment
 * variables, and validates the result. Every problem is reported at once, so that a bad deploy is fixed in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};

  const explicitFile = env["PRESSROOM_CONFIG"];
  const file = explicitFile ? resolve(cwd, explicitFile) : resolve(cwd, "pressroom.config.json");
  if (explicitFile && !existsSync(file)) {
    problems.push(`PRESSROOM_CONFIG: file not found: ${file}`);
  } else if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        problems.push(`${file}: must hold a JSON object`);
      } else {
        Object.assign(raw, parsed);
      }
    } catch (error) {
      problems.push(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  for (const [variable, key] of Object.entries(envKeys)) {
    const value = env[variable];
    if (value === undefined || value === "") continue;
    if (listKeys.has(key))
      raw[key] =
        value === "none"
          ? []
          : value
              .split(",")
              .map((s) => s.trim())
              .filter((s) => s !== "");
    else if (booleanKeys.has(key)) {
      if (!["true", "false", "1", "0"].includes(value)) problems.push(`${variable}: must be true or false`);
      else raw[key] = value === "true" || value === "1";
    } else raw[key] = value;
  }

  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const byKey = new Map<string, string>(Object.entries(envKeys).map(([variable, key]) => [key, variable]));
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join(".");
      const top = String(issue.path[0] ?? "");
      const label =
        byKey.has(top) && env[byKey.get(top) ?? ""] ? `${byKey.get(top)} (${key})` : key || "config";
      problems.push(`${label}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return result.data;
}
