import type { Context } from "hono";
import { isAppError, type AppError } from "../lib/errors.js";
import { translator, type StringKey } from "../i18n/strings.js";
import type { SiteDeps } from "./site/context.js";
import { buildChrome } from "./site/presenters.js";
import { homeUrl } from "./site/urls.js";
import { ErrorPage } from "./site/views/ErrorPage.js";
import { requestIdOf } from "./ops/requestId.js";

const textByCode: Partial<Record<AppError["code"], { title: StringKey; text: StringKey }>> = {
  not_found: { title: "error.notFound.title", text: "error.notFound.text" },
  bad_request: { title: "error.badRequest.title", text: "error.badRequest.text" },
  invalid_page: { title: "error.badRequest.title", text: "error.invalidPage.text" },
};

/** The language of the address, when it starts with one of the site's languages. */
function languageOf(deps: SiteDeps, path: string): string {
  const first = path.split("/")[1] ?? "";
  return deps.config.languages.includes(first) ? first : deps.config.defaultLanguage;
}

function wantsJson(c: Context): boolean {
  if (c.req.path.startsWith("/api/")) return true;
  const accept = c.req.header("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
}

/**
 * Answers every error in one place: a stable code and status, as JSON for API clients or as a page in the
 * reader's language. Unexpected errors are logged with the request id and never shown in detail.
 */
export async function renderError(deps: SiteDeps, c: Context, error: unknown): Promise<Response> {
  const known = isAppError(error) ? error : undefined;
  const status = known?.status ?? 500;
  if (!known)
    deps.logger.error("request failed", {
      requestId: requestIdOf(c),
      path: c.req.path,
      error: String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
  if (wantsJson(c)) {
    return c.json(
      { error: { code: known?.code ?? "internal", message: known ? known.message : "Internal error" } },
      status as 400,
    );
  }
  const lang = languageOf(deps, c.req.path);
  const t = translator(lang);
  const keys = (known && textByCode[known.code]) ?? {
    title: "error.server.title",
    text: "error.server.text",
  };
  let html: string;
  try {
    const tree = await deps.sections.get();
    const chrome = await buildChrome(deps, {
      lang,
      tree,
      translations: { [lang]: homeUrl(lang) },
      withSidebar: false,
    });
    // An error page is nobody's canonical address.
    chrome.canonical = "";
    chrome.alternates = [];
    html = `<!DOCTYPE html>${await (<ErrorPage chrome={chrome} title={t(keys.title)} text={t(keys.text)} />).toString()}`;
  } catch (renderFailure) {
    // The database may be what failed: answer with a bare page rather than nothing.
    deps.logger.error("error page failed", { requestId: requestIdOf(c), error: String(renderFailure) });
    html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${t(keys.title)}</title></head><body><main><h1>${t(keys.title)}</h1><p>${t(keys.text)}</p></main></body></html>`;
  }
  c.header("Cache-Control", "no-store");
  return c.html(html, status as 404);
}
