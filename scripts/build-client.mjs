// Bundles the back office's browser code (src/admin-client) into public/admin.js with esbuild.
// Run by `npm run build` (and so by `npm ci`, through "prepare"); the bundle is generated, never committed.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Builds public/admin.js; resolves when it is written. */
export async function buildClient() {
  await build({
    absWorkingDir: root,
    entryPoints: ["src/admin-client/editor.ts"],
    outfile: "public/admin.js",
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    tsconfig: "tsconfig.client.json",
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildClient();
}
