import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoSite, type DemoSite } from "../helpers/site.js";

/** Behind a proxy, http and https readers get pages with their own absolute links, never each other's. */
describe("page cache keys by origin", () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await createDemoSite("sqlite", { trustProxy: true });
  });
  afterAll(async () => {
    await site.destroy();
  });

  const canonical = async (headers: Record<string, string>) =>
    /<link rel="canonical" href="([^"]+)"/.exec(
      await (await site.request("/en/news/", { headers })).text(),
    )?.[1];

  it("keeps the http and the https page apart", async () => {
    expect(await canonical({})).toBe("http://localhost/en/news/");
    expect(await canonical({ "X-Forwarded-Proto": "https" })).toBe("https://localhost/en/news/");
    expect(await canonical({})).toBe("http://localhost/en/news/");
  });
});
