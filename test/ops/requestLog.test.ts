import { afterEach, describe, expect, it } from "vitest";
import { acceptRequestId } from "../../src/http/ops/requestId.js";
import { createLogger } from "../../src/lib/logger.js";
import { DIALECTS } from "../helpers/stores.js";
import { createOpsSite, type OpsSite } from "./support.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(DIALECTS)("request logs (%s)", (dialect) => {
  let site: OpsSite | undefined;
  afterEach(async () => {
    await site?.destroy();
    site = undefined;
  });

  it("logs each request once, as JSON carrying the id the response header carries", async () => {
    site = await createOpsSite(dialect);
    const response = await site.request("/en/?utm_source=secret-campaign");
    expect(response.status).toBe(200);
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(UUID);
    const lines = site.logs.filter((line) => line.msg === "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      requestId: id,
      method: "GET",
      path: "/en/",
      route: "/:lang/",
      status: 200,
    });
    expect(typeof lines[0]?.["durationMs"]).toBe("number");
    expect(typeof lines[0]?.["time"]).toBe("string");
    // The query string (search words, tokens in links) is not logged.
    expect(JSON.stringify(lines)).not.toContain("secret-campaign");
  });

  it("keeps a proxy's safe X-Request-Id and replaces one that could forge log lines", async () => {
    site = await createOpsSite(dialect);
    const kept = await site.request("/en/", { headers: { "X-Request-Id": "lb-7f3a9c.2:1" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a9c.2:1");
    for (const bad of ['x" level="error', "a b", "x".repeat(200), "-leading-dash"]) {
      const replaced = await site.request("/en/", { headers: { "X-Request-Id": bad } });
      expect(replaced.status).toBe(200);
      expect(replaced.headers.get("x-request-id")).toMatch(UUID);
    }
    const logged = site.logs.filter((line) => line.msg === "request").map((line) => line["requestId"]);
    expect(logged[0]).toBe("lb-7f3a9c.2:1");
    expect(logged.slice(1).every((id) => typeof id === "string" && UUID.test(id))).toBe(true);
  });

  it("logs errors with the request id the reader can quote", async () => {
    site = await createOpsSite(dialect);
    // The store closed under the site: the page fails, and the failure is logged with the request's id.
    await site.testStore.store.close();
    const response = await site.request("/en/", { headers: { "X-Request-Id": "support-ticket-42" } });
    expect(response.status).toBe(500);
    const failure = site.logs.find((line) => line.msg === "request failed");
    expect(failure).toMatchObject({ level: "error", requestId: "support-ticket-42", path: "/en/" });
    const request = site.logs.find((line) => line.msg === "request");
    expect(request).toMatchObject({ requestId: "support-ticket-42", status: 500 });
  });

  it("logs probes and scrapes at debug level only, so they do not drown readers' requests", async () => {
    site = await createOpsSite(dialect);
    await site.request("/healthz");
    expect(site.logs.find((line) => line.msg === "request")).toMatchObject({
      level: "debug",
      path: "/healthz",
    });
  });
});

describe("the logger", () => {
  it("writes JSON lines whose own keys fields cannot overwrite, with errors readable", () => {
    const lines: string[] = [];
    const logger = createLogger("info", true, (line) => lines.push(line));
    logger.debug("hidden");
    logger.info("shown", { msg: "forged", level: "error", cause: new Error("boom"), skipped: undefined });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    const parsed = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 3)).toEqual(["time", "level", "msg"]);
    expect(parsed).toMatchObject({ level: "info", msg: "shown", cause: { message: "boom" } });
    expect("skipped" in parsed).toBe(false);
  });

  it("accepts only request ids of a safe shape", () => {
    expect(acceptRequestId("0b6f3c2e-8f0a-4c1e-9d3b-5a7e2f1c4d6b")).toBe(
      "0b6f3c2e-8f0a-4c1e-9d3b-5a7e2f1c4d6b",
    );
    expect(acceptRequestId(undefined)).toMatch(UUID);
    expect(acceptRequestId("")).toMatch(UUID);
    expect(acceptRequestId("line\nbreak")).toMatch(UUID);
  });
});
