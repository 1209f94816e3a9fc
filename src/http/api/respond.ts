import type { Context } from "hono";
import type { SectionTree } from "../../domain/sections.js";
import { AppError } from "../../lib/errors.js";
import { tagResponse } from "../cache/tags.js";
import type { SiteDeps } from "../site/context.js";
import { siteBase } from "../site/seo/origin.js";
import { ApiLinks } from "./links.js";
import { quoted } from "./params.js";

/** JSON is data, never a page: with this type (and nosniff, set app-wide) no browser renders a title's markup. */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/**
 * A successful answer. `tags` say what it shows, so that the page cache keeps it until one of them changes and
 * gives it a strong ETag (304 on If-None-Match), compression and Surrogate-Key headers: handlers set no caching
 * headers of their own.
 */
export function sendJson(c: Context, body: object, tags: readonly string[]): Response {
  tagResponse(...tags);
  return c.body(JSON.stringify(body), 200, { "Content-Type": JSON_CONTENT_TYPE });
}

/** What every per-language handler starts from. */
export interface ApiScope {
  lang: string;
  tree: SectionTree;
  links: ApiLinks;
}

export async function languageScope(deps: SiteDeps, c: Context, lang: string): Promise<ApiScope> {
  if (!deps.config.languages.includes(lang)) {
    throw new AppError("not_found", `The site has no ${quoted(lang)} language; see /api/v1/languages`);
  }
  return { lang, tree: await deps.sections.get(), links: apiLinks(deps, c) };
}

export function apiLinks(deps: SiteDeps, c: Context): ApiLinks {
  return new ApiLinks(siteBase(c, deps.config));
}

/** Instants are stored as ISO 8601 UTC text; this guarantees the one form clients are promised. */
export function isoInstant(stored: string): string {
  const ms = Date.parse(stored);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : stored;
}
