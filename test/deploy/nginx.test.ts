import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import {
  SITE_FILE,
  checkConfig,
  freePort,
  makeCertificate,
  nginxInstalled,
  rawRequest,
  startNginx,
  writeConfigs,
  type RunningNginx,
} from "./nginxProcess.js";

/**
 * deploy/nginx/pressroom.conf, run by a real nginx in front of a real Pressroom: what docs/deploy.md promises
 * an operator who copies it. Only the ports and the certificate are replaced (see nginxProcess.ts).
 */
describe("the shipped nginx site file in front of Pressroom", () => {
  let dir = "";
  let site: ListeningSite | undefined;
  let nginx: RunningNginx | undefined;
  let mainConfig = "";
  let ca = "";
  let httpPort = 0;
  let httpsPort = 0;

  const direct = (path: string) => `${site?.baseUrl ?? ""}${path}`;
  const proxied = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(`https://127.0.0.1:${httpsPort}${path}`, { headers, ca });

  beforeAll(async () => {
    if (!nginxInstalled()) {
      throw new Error("nginx is not installed: apt-get install nginx-light (bash .ci/run installs it)");
    }
    dir = mkdtempSync(join(tmpdir(), "pressroom-nginx-"));
    site = await startDemoServer("sqlite", { overrides: { trustProxy: true } });
    const { cert, key } = makeCertificate(dir);
    ca = readFileSync(cert, "utf8");
    [httpPort, httpsPort] = [await freePort(), await freePort()];
    mainConfig = writeConfigs(dir, { upstreamPort: site.server.port, httpPort, httpsPort, cert, key });
    nginx = await startNginx(dir, mainConfig, httpsPort);
  }, 60_000);

  afterAll(async () => {
    await nginx?.stop();
    await site?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("passes nginx -t", () => {
    const verdict = checkConfig(dir, mainConfig);
    expect(verdict.output).toContain("syntax is ok");
    expect(verdict.ok).toBe(true);
  });

  it("sends plain HTTP to the same address over HTTPS", async () => {
    const response = await rawRequest(`http://127.0.0.1:${httpPort}/en/news/?page=2`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe("https://127.0.0.1/en/news/?page=2");
  });

  it("serves the site's pages over HTTPS, with links that say https and nginx's request id", async () => {
    const response = await proxied("/en/", { "accept-encoding": "identity" });
    expect(response.status).toBe(200);
    const html = response.body.toString("utf8");
    expect(html).toContain("Press Centre");
    // X-Forwarded-Proto reached Pressroom and was believed (trustProxy): its canonical link is https.
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/127\.0\.0\.1\/en\/"/);
    // nginx's $request_id (32 hex digits) is kept, so one id finds the request in both logs.
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    expect(response.headers["strict-transport-security"]).toBe("max-age=63072000");
  });

  it("passes Pressroom's brotli and gzip through once, with the strong ETag, and answers 304", async () => {
    const plain = await proxied("/en/news/", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const html = plain.body.toString("utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/i);

    const brotli = await proxied("/en/news/", { "accept-encoding": "br, gzip" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    // Decoded once, the body is the page itself: nobody compressed it twice.
    expect(brotliDecompressSync(brotli.body).toString("utf8")).toBe(html);

    const gzip = await proxied("/en/news/", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString("utf8")).toBe(html);

    for (const [response, coding] of [
      [brotli, "br"],
      [gzip, "gzip"],
    ] as const) {
      const etag = response.headers.etag ?? "";
      // nginx's own gzip would turn the tag weak (W/"…"); Pressroom's strong tag must arrive as sent.
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      const again = await proxied("/en/news/", { "accept-encoding": coding, "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it("keeps /metrics off the proxy, even for a client claiming to be this machine, while loopback reads it", async () => {
    expect((await rawRequest(direct("/metrics"))).status).toBe(200);
    const throughProxy = await proxied("/metrics");
    expect(throughProxy.status).toBe(403);
    expect(throughProxy.body.toString("utf8")).not.toContain("pressroom_http_requests_total");
    const forged = await proxied("/metrics", { "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1" });
    expect(forged.status).toBe(403);
  });

  it("lets through an upload as large as the largest attachment Pressroom takes", async () => {
    const limit = /client_max_body_size\s+(\d+)m;/.exec(readFileSync(SITE_FILE, "utf8"))?.[1];
    const defaults = configSchema.parse({});
    const largest = Math.max(defaults.maxAttachmentBytes, defaults.maxImageBytes);
    expect(Number(limit) * 1024 * 1024).toBeGreaterThan(largest);

    // Pressroom's answer to the same request made directly is what must come back: not nginx's 413.
    const body = Buffer.alloc(largest + 64 * 1024, 0x61);
    const headers = { "content-type": "application/octet-stream" };
    const expected = await rawRequest(direct("/en/"), { method: "POST", headers, body });
    const response = await rawRequest(`https://127.0.0.1:${httpsPort}/en/`, {
      method: "POST",
      headers,
      body,
      ca,
    });
    expect(response.status).not.toBe(413);
    expect(response.status).toBe(expected.status);
  });

  it("passes the assets' immutable caching headers and their ETag through", async () => {
    const page = (await proxied("/en/", { "accept-encoding": "identity" })).body.toString("utf8");
    const asset = /href="(\/assets\/[^"]+\.css)"/.exec(page)?.[1];
    expect(asset).toBeDefined();
    const response = await proxied(asset ?? "/assets/missing.css", { "accept-encoding": "gzip, br" });
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers["content-type"]).toMatch(/^text\/css/);
    // The ETag arrives as Pressroom sent it (nginx compressing the stylesheet would make it weak).
    const fromPressroom = await rawRequest(direct(asset ?? ""));
    expect(response.headers.etag).toBe(fromPressroom.headers.etag);
    const revalidated = await proxied(asset ?? "", { "if-none-match": response.headers.etag ?? "" });
    expect(revalidated.status).toBe(304);
  });

  it("answers a missing page with Pressroom's own 404 page, not nginx's", async () => {
    const response = await proxied("/en/no-such-section/no-such-item/", { "accept-encoding": "identity" });
    expect(response.status).toBe(404);
    expect(response.body.toString("utf8")).toContain("Press Centre");
    expect(response.body.toString("utf8")).not.toContain("<center>nginx");
  });
});
