import { z } from "zod";
import { ROLES } from "../domain/roles.js";

const languageCode = z.string().regex(/^[a-z]{2}$/, "must be a two-letter lowercase language code, e.g. en");

/** Everything Pressroom can be configured with. Defaults make `npm start` work with no configuration. */
export const configSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65535).default(3000),
    host: z.string().min(1).default("127.0.0.1"),
    dataDir: z.string().min(1).default("./data"),
    databaseUrl: z
      .string()
      .regex(/^(postgres|postgresql):\/\//, "must be a postgres:// URL (leave it unset for SQLite)")
      .optional(),
    /** Most PostgreSQL connections one node opens (several nodes: keep the sum under max_connections). */
    dbPoolSize: z.coerce.number().int().min(1).max(500).default(10),
    languages: z.array(languageCode).min(1).default(["en", "ru"]),
    defaultLanguage: languageCode.default("en"),
    /** Absolute base URL used in feeds, canonical links and redirects. */
    publicUrl: z.url().optional(),
    /** IANA time zone in which dates are shown. */
    timezone: z
      .string()
      .refine(isKnownTimeZone, "must be an IANA time zone such as UTC or Europe/Moscow")
      .default("UTC"),
    pageSize: z.coerce.number().int().min(1).max(100).default(10),
    /** Largest image upload, in bytes (10 MB). */
    maxImageBytes: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    /** Largest attachment upload (PDF, DOCX), in bytes (25 MB). */
    maxAttachmentBytes: z.coerce
      .number()
      .int()
      .min(1024)
      .default(25 * 1024 * 1024),
    sidebarSize: z.coerce.number().int().min(1).max(20).default(5),
    /** Load the demo content into an empty database on start. */
    demo: z.boolean().default(true),
    logLevel: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    siteName: z.record(z.string(), z.string().min(1)).default({ en: "Press Centre", ru: "Пресс-центр" }),
    organizationName: z.record(z.string(), z.string().min(1)).default({
      en: "Collective Security Treaty Organization",
      ru: "Организация Договора о коллективной безопасности",
    }),
    /** Roles whose members must sign in with a TOTP code; they set it up before anything else. */
    totpRequiredRoles: z.array(z.enum(ROLES)).default(["administrator", "publisher"]),
    /** Trust X-Forwarded-For and X-Forwarded-Proto: only behind a reverse proxy that sets them. */
    trustProxy: z.boolean().default(false),
    /** How long a back-office session lasts since it was last used. */
    sessionDays: z.coerce.number().int().min(1).max(365).default(14),
    /** "auto": Secure cookies when the request came over HTTPS (directly, or per a trusted proxy). */
    secureCookies: z.enum(["auto", "always", "never"]).default("auto"),
    /** What feeds carry of each item: the lead only, or the full body as well. */
    feedContent: z.enum(["lead", "full"]).default("lead"),
    /** Keep rendered pages and feeds in memory; off only to measure rendering from the database. */
    pageCache: z.boolean().default(true),
    /** Memory the page cache may hold, all compressed forms counted, in megabytes. */
    pageCacheMegabytes: z.coerce.number().int().min(1).max(65536).default(64),
    /**
     * Bearer token /metrics asks for. Unset: /metrics answers only direct requests from this machine (loopback,
     * no proxy headers), so a site behind a proxy does not publish it.
     */
    metricsToken: z
      .string()
      .min(16, "must be at least 16 characters (e.g. the output of `openssl rand -hex 32`)")
      .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces")
      .optional(),
    /** How often each node looks for scheduled items and ended embargoes, in seconds. */
    schedulerIntervalSeconds: z.coerce.number().int().min(1).max(3600).default(15),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (!config.languages.includes(config.defaultLanguage)) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultLanguage"],
        message: `must be one of the configured languages (${config.languages.join(", ")})`,
      });
    }
    if (new Set(config.languages).size !== config.languages.length) {
      ctx.addIssue({ code: "custom", path: ["languages"], message: "lists a language twice" });
    }
  });

export type Config = z.infer<typeof configSchema>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
