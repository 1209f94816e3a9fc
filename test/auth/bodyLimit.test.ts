import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminSite, type AdminSite } from "./support.js";

describe("back-office body limit", () => {
  let site: AdminSite;
  beforeAll(async () => {
    site = await createAdminSite("sqlite", {
      maxImageBytes: 1024,
      maxAttachmentBytes: 2048,
      totpRequiredRoles: [],
    });
  });
  afterAll(async () => {
    await site.destroy();
  });

  it("refuses a chunked body larger than any upload may be, before reading it all", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        if (sent > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await site.site.request("/admin/login", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: endless,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(10 * 1024 * 1024);
  });
});
