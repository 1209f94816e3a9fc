import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { getRaw, REPO_ROOT, startPressroom } from "../http/processes.js";
import { scoresOf, type LighthouseReport, type PageScores } from "./scores.js";

const run = promisify(execFile);

export const CHROMIUM = "/usr/bin/chromium";

export interface PageAudit extends PageScores {
  name: string;
  path: string;
}

/**
 * Lighthouse 12.2.3 (its default mobile preset) in Debian's Chromium against the demo site's home, an article and a
 * section page. The demo site is `pressroom serve` on a fresh data directory with the demo content loaded.
 */
export async function runLighthouse(
  onProgress: (line: string) => void = () => undefined,
): Promise<PageAudit[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "pressroom-lighthouse-"));
  const site = await startPressroom({ dataDir, pageCache: true, demo: true });
  try {
    const home = (await getRaw(`${site.baseUrl}/ru/`)).body.toString("utf8");
    const article =
      /href="(\/ru\/news\/[a-z0-9_-]+\/[a-z0-9-]+\/)"/.exec(home)?.[1] ??
      /href="(\/ru\/news\/[a-z0-9-]+\/)"/.exec(home)?.[1];
    if (!article) throw new Error("the demo home page links to no article");
    const section = article.replace(/[a-z0-9-]+\/$/, "");
    const pages = [
      { name: "Home", path: "/ru/" },
      { name: "Article", path: article },
      { name: "Section", path: section },
    ];
    const audits: PageAudit[] = [];
    for (const page of pages) {
      onProgress(`Lighthouse: ${page.path}`);
      const { stdout } = await run(
        join(REPO_ROOT, "node_modules/.bin/lighthouse"),
        [
          `${site.baseUrl}${page.path}`,
          "--only-categories=performance,accessibility,best-practices,seo",
          "--output=json",
          "--output-path=stdout",
          "--quiet",
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
      );
      audits.push({ ...page, ...scoresOf(JSON.parse(stdout) as LighthouseReport) });
    }
    return audits;
  } finally {
    await site.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
