import { readFileSync } from "node:fs";
import { createServer } from "node:http";

/**
 * The baseline: a bare node:http server answering each path with bytes fetched once from Pressroom, with the same
 * Content-Type and Content-Encoding. Run as its own process so it has a core to itself, as Pressroom does:
 *
 *   node --import tsx bench/http/baselineServer.ts <pages.json> <port>
 *
 * pages.json maps "path?query" to { file, contentType, contentEncoding }.
 */
interface BaselinePage {
  file: string;
  contentType: string;
  contentEncoding?: string | undefined;
}

const [manifestPath, portText] = process.argv.slice(2);
if (!manifestPath || !portText) throw new Error("usage: baselineServer.ts <pages.json> <port>");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, BaselinePage>;
const pages = new Map(
  Object.entries(manifest).map(([url, page]) => {
    const headers: Record<string, string | number> = { "Content-Type": page.contentType };
    if (page.contentEncoding) headers["Content-Encoding"] = page.contentEncoding;
    const body = readFileSync(page.file);
    headers["Content-Length"] = body.length;
    return [url, { headers, body }];
  }),
);

createServer((req, res) => {
  const page = pages.get(req.url ?? "/");
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, page.headers).end(page.body);
}).listen(Number(portText), "127.0.0.1", () => process.stdout.write("listening\n"));
