import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, createAdminSite, type AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import { minimalPdf } from "./files.js";
import { uploadForm } from "./support.js";

describe.each(DIALECTS)("POST /admin/media in the real back office on %s", (dialect) => {
  let admin: AdminSite;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "pressroom-media-admin-"));
    admin = await createAdminSite(dialect, { dataDir });
    await admin.addUser("reporter@example.org", "correspondent");
  });
  afterAll(async () => {
    await admin?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const mediaRows = async () =>
    Number(
      (
        await admin.store.db
          .selectFrom("media")
          .select((eb) => eb.fn.countAll<number | string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const files = () => {
    try {
      return readdirSync(join(dataDir, "media"));
    } catch {
      return [];
    }
  };
  const upload = (jar: CookieJar, headers: Record<string, string> = {}) =>
    admin.site.request("/admin/media", {
      method: "POST",
      headers: { Cookie: jar.header(), Accept: "application/json", ...headers },
      body: uploadForm(minimalPdf(), "Statement.pdf"),
    });

  it("refuses an upload without a session or without the CSRF token, storing nothing", async () => {
    const anonymous = await upload(new CookieJar());
    expect([401, 403]).toContain(anonymous.status);
    const jar = new CookieJar();
    expect((await admin.signIn(jar, "reporter@example.org")).status).toBe(303);
    const noToken = await upload(jar);
    expect(noToken.status).toBe(403);
    expect(await noToken.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await mediaRows()).toBe(0);
    expect(files()).toEqual([]);
  });

  it("stores an upload from a signed-in correspondent with the token, under <dataDir>/media", async () => {
    const jar = new CookieJar();
    await admin.signIn(jar, "reporter@example.org");
    const token = await admin.csrf("/admin/account", jar);
    const response = await upload(jar, { "X-CSRF-Token": token });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ media: { kind: "attachment", name: "Statement.pdf" } });
    expect(await mediaRows()).toBe(1);
    expect(files().filter((f) => f.endsWith(".pdf"))).toHaveLength(1);
  });
});
