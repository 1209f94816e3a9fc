import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A static file served under a name that carries its content hash, so that it can be cached for a year. */
export interface Asset {
  path: string;
  contentType: string;
  body: Buffer;
  etag: string;
}

// public/ sits three levels up from both src/http/site and dist/http/site.
const publicDir = new URL("../../../public/", import.meta.url);

function loadAsset(file: string, contentType: string, extraParts: readonly string[] = []): Asset {
  const body = Buffer.concat(
    [file, ...extraParts].map((part) => readFileSync(fileURLToPath(new URL(part, publicDir)))),
  );
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  const dot = file.lastIndexOf(".");
  return {
    path: `/assets/${file.slice(0, dot)}.${hash}${file.slice(dot)}`,
    contentType,
    body,
    etag: `"${hash}"`,
  };
}

export interface SiteAssets {
  css: Asset;
  js: Asset;
  /** The back office's stylesheet. */
  adminCss: Asset;
  /** The back office's script, when public/admin.js exists. */
  adminJs: Asset | undefined;
  byPath: Map<string, Asset>;
}

/** Reads and fingerprints the site's and the back office's stylesheets and scripts once, at start. */
export function loadSiteAssets(): SiteAssets {
  // One cached stylesheet for the reader: site.css, then each page family's rules from public/css/ in name order.
  const cssParts = readdirSync(fileURLToPath(new URL("css/", publicDir)))
    .filter((name) => name.endsWith(".css"))
    .sort()
    .map((name) => `css/${name}`);
  const css = loadAsset("site.css", "text/css; charset=utf-8", cssParts);
  const js = loadAsset("site.js", "text/javascript; charset=utf-8");
  const adminCss = loadAsset("admin.css", "text/css; charset=utf-8");
  const adminJs = existsSync(fileURLToPath(new URL("admin.js", publicDir)))
    ? loadAsset("admin.js", "text/javascript; charset=utf-8")
    : undefined;
  const all = [css, js, adminCss, ...(adminJs ? [adminJs] : [])];
  return { css, js, adminCss, adminJs, byPath: new Map(all.map((a) => [a.path, a])) };
}
