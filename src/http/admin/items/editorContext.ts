import type { Context } from "hono";
import { actorOf, type EditorialContext } from "../../../commands/editorial/index.js";
import { AppError } from "../../../lib/errors.js";
import type { AdminDeps, AdminEnv, AdminUser } from "../context.js";

/** The editorial commands' context for this request's signed-in member. */
export function editorialContext(c: Context<AdminEnv>, deps: AdminDeps, user: AdminUser): EditorialContext {
  return {
    store: deps.store,
    actor: actorOf(user),
    languages: deps.config.languages,
    clock: deps.clock,
    ip: c.get("clientIp"),
  };
}

/** The signed-in member; the routers' requireSignedIn() has made sure there is one. */
export function signedInUser(c: Context<AdminEnv>): AdminUser {
  const user = c.get("user");
  if (!user) throw new AppError("unauthorized", "Sign in first");
  return user;
}

/** The numeric `:id` of an item's address; anything else names no item (404). */
export function articleIdParam(c: Context<AdminEnv>): number {
  const raw = c.req.param("id") ?? "";
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new AppError("not_found", `No item "${raw}"`);
  return Number(raw);
}

/** The `:lang` of an item's address: one of the site's languages, else 404. */
export function languageParam(c: Context<AdminEnv>, deps: AdminDeps): string {
  const lang = c.req.param("lang") ?? "";
  if (!deps.config.languages.includes(lang)) throw new AppError("not_found", `No language "${lang}"`);
  return lang;
}
