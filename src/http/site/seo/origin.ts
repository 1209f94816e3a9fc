import type { Context } from "hono";
import { tryGetContext } from "hono/context-storage";
import type { Config } from "../../../config/schema.js";
import { isHttps } from "../../admin/auth/request.js";

type OriginConfig = Pick<Config, "publicUrl" | "trustProxy">;

/**
 * The absolute base of every address search engines and link previews see: config.publicUrl when set (the
 * production setting), else the origin this request reached, with https when a trusted proxy says so.
 */
export function siteBase(c: Context, config: OriginConfig): string {
  if (config.publicUrl) return withoutTrailingSlash(config.publicUrl);
  const url = new URL(c.req.url);
  const protocol = isHttps(c, config) ? "https:" : url.protocol;
  return `${protocol}//${url.host}`;
}

/**
 * The same base for code that renders a page without the request in hand (presenters): publicUrl, else an
 * origin the caller passed, else the request being answered when the app keeps it in Hono's context storage.
 * Empty (site-relative addresses) only when none of these is known.
 */
export function pageBase(config: OriginConfig, origin?: string): string {
  if (config.publicUrl) return withoutTrailingSlash(config.publicUrl);
  if (origin !== undefined) return withoutTrailingSlash(origin);
  const c = tryGetContext();
  return c ? siteBase(c, config) : "";
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
