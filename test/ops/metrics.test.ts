import { afterEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/stores.js";
import { parseExposition, valueOf } from "./exposition.js";
import { bearer, createOpsSite, METRICS_TOKEN, type OpsSite } from "./support.js";

const REQUESTS = "pressroom_http_requests_total";
const DURATION = "pressroom_http_request_duration_seconds";

describe.each(DIALECTS)("/metrics (%s)", (dialect) => {
  let site: OpsSite | undefined;
  afterEach(async () => {
    await site?.destroy();
    site = undefined;
  });

  async function scrape(current: OpsSite) {
    const response = await current.request("/metrics", bearer(METRICS_TOKEN));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    return parseExposition(await response.text());
  }

  it("is valid Prometheus text that counts and times the requests made, by route pattern", async () => {
    site = await createOpsSite(dialect, { metricsToken: METRICS_TOKEN });
    const home = await site.request("/en/");
    expect(home.status).toBe(200);
    const families = await scrape(site);

    expect(families.get(REQUESTS)?.type).toBe("counter");
    expect(families.get(DURATION)?.type).toBe("histogram");
    expect(valueOf(families, REQUESTS, { method: "GET", route: "/:lang/", status: "200" })).toBe(1);
    expect(valueOf(families, `${DURATION}_count`, { route: "/:lang/" })).toBe(1);
    expect(valueOf(families, `${DURATION}_bucket`, { route: "/:lang/", le: "+Inf" })).toBe(1);
    expect(valueOf(families, `${DURATION}_sum`, { route: "/:lang/" })).toBeGreaterThan(0);
    // The scrape itself is counted once it is answered: visible on the next one.
    const again = await scrape(site);
    expect(valueOf(again, REQUESTS, { method: "GET", route: "/metrics", status: "200" })).toBe(1);
  });

  it("gives two articles' addresses one route label, and a made-up address no label of its own", async () => {
    site = await createOpsSite(dialect, { metricsToken: METRICS_TOKEN, pageCache: false });
    const sectionPage = await (await site.request("/en/news/")).text();
    const articles = [...sectionPage.matchAll(/href="(\/en\/news\/[^"/]+\/)"/g)].map(
      (match) => match[1] ?? "",
    );
    const distinct = [...new Set(articles)].slice(0, 2);
    expect(distinct).toHaveLength(2);
    for (const path of distinct) expect((await site.request(path)).status).toBe(200);
    const invented = await site.request(`/en/news/no-such-${"x".repeat(40)}/`);
    expect(invented.status).toBe(404);

    const families = await scrape(site);
    const routes = new Set(families.get(REQUESTS)?.samples.map((sample) => sample.labels["route"]));
    // The section page and both articles went through the one catch-all pattern; no label holds an address.
    expect(valueOf(families, REQUESTS, { route: "/:lang/*", status: "200" })).toBe(3);
    expect(valueOf(families, REQUESTS, { route: "/:lang/*", status: "404" })).toBe(1);
    for (const route of routes) expect(route).not.toMatch(/news|no-such/);
  });

  it("labels page-cache hits as such and reports the cache's hits, misses, entries and bytes", async () => {
    site = await createOpsSite(dialect, { metricsToken: METRICS_TOKEN });
    await site.request("/en/");
    await site.request("/en/");
    await site.request("/en/");
    const families = await scrape(site);
    expect(valueOf(families, REQUESTS, { route: "/:lang/", status: "200" })).toBe(1);
    expect(valueOf(families, REQUESTS, { route: "(page cache)", status: "200" })).toBe(2);
    expect(valueOf(families, "pressroom_page_cache_hits_total")).toBe(2);
    expect(valueOf(families, "pressroom_page_cache_misses_total")).toBe(1);
    expect(valueOf(families, "pressroom_page_cache_entries")).toBe(1);
    expect(valueOf(families, "pressroom_page_cache_bytes")).toBeGreaterThan(1000);
    expect(families.get("pressroom_page_cache_entries")?.type).toBe("gauge");
  });

  it("reports job runs recorded by the jobs", async () => {
    site = await createOpsSite(dialect, { metricsToken: METRICS_TOKEN });
    site.metrics.recordJobRun("publish_scheduled", "success");
    site.metrics.recordJobRun("publish_scheduled", "success");
    site.metrics.recordJobRun("reindex", "failure");
    const families = await scrape(site);
    expect(valueOf(families, "pressroom_jobs_total", { job: "publish_scheduled", outcome: "success" })).toBe(
      2,
    );
    expect(valueOf(families, "pressroom_jobs_total", { job: "reindex", outcome: "failure" })).toBe(1);
  });

  it("reports the PostgreSQL pool's connections, and no pool for SQLite", async () => {
    site = await createOpsSite(dialect, { metricsToken: METRICS_TOKEN });
    await site.request("/en/");
    const families = await scrape(site);
    if (dialect === "postgres") {
      expect(valueOf(families, "pressroom_db_pool_max_connections")).toBe(5);
      expect(valueOf(families, "pressroom_db_pool_connections")).toBeGreaterThanOrEqual(1);
      expect(valueOf(families, "pressroom_db_pool_idle_connections")).toBeGreaterThanOrEqual(1);
      expect(valueOf(families, "pressroom_db_pool_waiting_requests")).toBe(0);
    } else {
      expect(families.has("pressroom_db_pool_connections")).toBe(false);
    }
  });

  it("asks for the token when one is configured, and refuses a wrong one", async () => {
    site = await createOpsSite(dialect, { metricsToken: METRICS_TOKEN });
    const none = await site.request("/metrics");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await none.text()).not.toContain("pressroom_");
    expect((await site.request("/metrics", bearer(`${METRICS_TOKEN}x`))).status).toBe(401);
    expect((await site.request("/metrics", bearer("short"))).status).toBe(401);
    const basic = { headers: { Authorization: `Basic ${METRICS_TOKEN}` } };
    expect((await site.request("/metrics", basic)).status).toBe(401);
  });

  it("without a token, serves only direct connections from this machine", async () => {
    site = await createOpsSite(dialect);
    const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
    expect((await site.request("/metrics", {}, from("127.0.0.1"))).status).toBe(200);
    expect((await site.request("/metrics", {}, from("::1"))).status).toBe(200);
    expect((await site.request("/metrics", {}, from("::ffff:127.0.0.1"))).status).toBe(200);
    const remote = await site.request("/metrics", {}, from("203.0.113.7"));
    expect(remote.status).toBe(403);
    expect(await remote.json()).toMatchObject({ error: { code: "forbidden" } });
    // A proxy on the same machine connects from loopback but says whom it forwards for.
    const proxied = { headers: { "X-Forwarded-For": "203.0.113.7" } };
    expect((await site.request("/metrics", proxied, from("127.0.0.1"))).status).toBe(403);
    // A spoofed header cannot open it either: the socket's address decides.
    const spoofed = { headers: { "X-Forwarded-For": "127.0.0.1" } };
    expect((await site.request("/metrics", spoofed, from("203.0.113.7"))).status).toBe(403);
    // In-process requests have no socket at all.
    expect((await site.request("/metrics")).status).toBe(403);
  });
});
