#!/usr/bin/env node
// The CLI entry installed as `pressroom`. The TypeScript is compiled to dist/ by `npm install` (prepare).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = fileURLToPath(new URL("../dist/main.js", import.meta.url));
if (!existsSync(compiled)) {
  console.error("pressroom: dist/ is missing. Run `npm run build` (npm install does it for you).");
  process.exit(1);
}
const { runCli } = await import(compiled);
process.exitCode = await runCli(process.argv.slice(2));
