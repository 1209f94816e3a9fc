import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

const XSD_DIR = fileURLToPath(new URL("./xsd/", import.meta.url));

/** urlset: the protocol's schema with the XHTML link and news extensions; index: the sitemap index. */
export type SitemapSchema = "urlset" | "sitemapindex";

/**
 * Validates an XML document against one of the test schemas with xmllint (Debian's libxml2-utils), offline:
 * every schema is local. Resolves with xmllint's messages when the document is invalid, else with "".
 */
export async function schemaErrors(xml: string, schema: SitemapSchema): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "pressroom-xsd-"));
  try {
    const file = join(dir, "document.xml");
    writeFileSync(file, xml, "utf8");
    const { code, output } = await run("xmllint", [
      "--nonet",
      "--noout",
      "--schema",
      join(XSD_DIR, `${schema}.xsd`),
      file,
    ]);
    return code === 0 ? "" : output || `xmllint exited with ${code}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** One `<url>` or `<sitemap>` entry, as a crawler reads it. */
export interface ParsedEntry {
  loc: string;
  lastmod: string | undefined;
  alternates: { hreflang: string; href: string }[];
  news?: { name: string; language: string; date: string; title: string } | undefined;
}

/** The entries of a sitemap or sitemap index (`<url>` or `<sitemap>` elements). */
export function parseSitemap(xml: string): { root: string; entries: ParsedEntry[] } {
  const doc = parseDocument(xml, { xmlMode: true });
  const root = DomUtils.getChildren(doc).find((node): node is Element => DomUtils.isTag(node));
  if (!root) throw new Error("the document has no root element");
  const entries = DomUtils.getChildren(root)
    .filter((node): node is Element => DomUtils.isTag(node))
    .map((entry) => {
      const child = (name: string) => DomUtils.findOne((e) => e.name === name, entry.children, true);
      const text = (name: string) => {
        const found = child(name);
        return found ? DomUtils.textContent(found) : undefined;
      };
      const news = child("news:news");
      return {
        loc: text("loc") ?? "",
        lastmod: text("lastmod"),
        alternates: DomUtils.findAll((e) => e.name === "xhtml:link", entry.children).map((link) => ({
          hreflang: link.attribs["hreflang"] ?? "",
          href: link.attribs["href"] ?? "",
        })),
        news: news
          ? {
              name: text("news:name") ?? "",
              language: text("news:language") ?? "",
              date: text("news:publication_date") ?? "",
              title: text("news:title") ?? "",
            }
          : undefined,
      };
    });
  return { root: root.name, entries };
}

/** The elements of a page's head, for asserting what crawlers and link previews read. */
export interface Head {
  /** `<meta property>` and `<meta name>` values by key (several for og:locale:alternate). */
  meta(key: string): string[];
  links(rel: string): Record<string, string>[];
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
}

export function parseHead(html: string): Head {
  const doc = parseDocument(html);
  const head = DomUtils.findOne((e) => e.name === "head", doc.children, true);
  if (!head) throw new Error("the page has no head");
  const all = DomUtils.findAll(() => true, head.children);
  return {
    meta: (key) =>
      all
        .filter((e) => e.name === "meta" && (e.attribs["property"] === key || e.attribs["name"] === key))
        .map((e) => e.attribs["content"] ?? ""),
    links: (rel) => all.filter((e) => e.name === "link" && e.attribs["rel"] === rel).map((e) => e.attribs),
    jsonLd: all
      .filter((e) => e.name === "script" && e.attribs["type"] === "application/ld+json")
      .map((e) => DomUtils.textContent(e)),
  };
}

/** The path (with query) of an absolute address on the test site, for an in-process request. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
