import { z } from "zod";

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
    sidebarSize: z.coerce.number().int().min(1).max(20).default(5),
    /** Load the demo content into an empty database on start. */
    demo: z.boolean().default(true),
    logLevel: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    siteName: z.record(z.string(), z.string().min(1)).default({ en: "Press Centre", ru: "Пресс-центр" }),
    organizationName: z.record(z.string(), z.string().min(1)).default({
      en: "Collective Security Treaty Organization",
      ru: "Организация Договора о коллективной безопасности",
    }),
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
