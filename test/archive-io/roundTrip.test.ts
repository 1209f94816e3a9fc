import { statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportArchive } from "../../src/archive/exportArchive.js";
import { importArchive } from "../../src/archive/importArchive.js";
import { verifyAuditChain } from "../../src/audit/log.js";
import { createApp } from "../../src/http/app.js";
import { loadSiteAssets } from "../../src/http/site/assets.js";
import { SectionCache } from "../../src/http/site/sectionCache.js";
import { articleUrl } from "../../src/http/site/urls.js";
import { createLogger } from "../../src/lib/logger.js";
import { LocalDirectoryStorage } from "../../src/media/storage.js";
import { testConfig } from "../helpers/site.js";
import { createTestStore, type TestStore } from "../helpers/stores.js";
import {
  buildRichSite,
  contentChecksums,
  mediaPath,
  sha256OfFile,
  targetState,
  type RichSite,
} from "./fixture.js";

describe("moving a site from SQLite to PostgreSQL: export, import, export again", () => {
  let source: TestStore;
  let target: TestStore;
  let site: RichSite;
  const mediaOf = (store: TestStore) => join(store.dataDir, "media");
  const firstArchive = () => join(source.dataDir, "first.tar");
  const secondArchive = () => join(target.dataDir, "second.tar");

  beforeAll(async () => {
    source = await createTestStore("sqlite");
    target = await createTestStore("postgres");
    site = await buildRichSite(source.store, mediaOf(source));
  }, 120_000);
  afterAll(async () => {
    await source?.destroy();
    await target?.destroy();
  });

  it("exports from SQLite into an archive only its owner can read", async () => {
    const result = await exportArchive(
      { store: source.store, storage: new LocalDirectoryStorage(mediaOf(source)) },
      firstArchive(),
    );
    expect(result.unknownTables).toEqual([]);
    expect(result.missingMedia).toEqual([]);
    expect(result.mediaFiles).toBe(1);
    expect(statSync(firstArchive()).mode & 0o777).toBe(0o600);
  });

  it("imports into PostgreSQL with every row, id and media file kept, and the audit chain intact", async () => {
    const result = await importArchive(
      { store: target.store, storage: new LocalDirectoryStorage(mediaOf(target)) },
      firstArchive(),
    );
    expect(result.auditProblem).toBeUndefined();
    expect(await targetState(target.store, mediaOf(target))).toEqual(
      await targetState(source.store, mediaOf(source)),
    );
    const audit = await verifyAuditChain(target.store.db);
    expect(audit.problem).toBeUndefined();
    expect(audit.entries).toBeGreaterThan(5);
    expect(sha256OfFile(mediaPath(mediaOf(target), site.mediaKey))).toBe(
      sha256OfFile(mediaPath(mediaOf(source), site.mediaKey)),
    );
    const chief = await target.store.db
      .selectFrom("users")
      .select(["display_name", "password_hash"])
      .where("email", "=", "chief@example.org")
      .executeTakeFirstOrThrow();
    expect(chief.display_name).toBe("Главный редактор");
    expect(chief.password_hash).toMatch(/^\$argon2id\$/);
  });

  it("gives the same table and media checksums when the imported site is exported again", async () => {
    await exportArchive(
      { store: target.store, storage: new LocalDirectoryStorage(mediaOf(target)) },
      secondArchive(),
    );
    const first = contentChecksums(firstArchive());
    const second = contentChecksums(secondArchive());
    expect(Object.keys(first)).toContain(`media/${site.mediaKey}`);
    expect(Object.keys(first)).toContain("tables/revisions.ndjson");
    expect(second).toEqual(first);
  });

  it("serves the imported article in both languages, found by search, and takes new rows after the old ids", async () => {
    const config = testConfig({ dataDir: target.dataDir });
    const app = createApp({
      config,
      store: target.store,
      assets: loadSiteAssets(),
      sections: new SectionCache(target.store),
      logger: createLogger("silent"),
    });
    for (const lang of ["en", "ru"] as const) {
      const res = await app.request(`http://localhost${articleUrl(lang, "news", site.slugs[lang])}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(lang === "en" ? "Archive round trip" : "Archive round trip ру");
    }
    const search = await app.request(`http://localhost/en/search?q=${encodeURIComponent("round trip")}`);
    expect(await search.text()).toContain(articleUrl("en", "news", site.slugs.en));

    const maxId = await target.store.db
      .selectFrom("articles")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirstOrThrow();
    const inserted = await target.store.db
      .insertInto("sections")
      .values({ parent_id: null, position: 99, created_at: "2030-09-01T00:00:00.000Z" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const sectionCount = (await targetState(target.store, mediaOf(target)))["sections"];
    expect(inserted.id).toBe(sectionCount);
    expect(Number(maxId.id)).toBeGreaterThanOrEqual(site.articleId);
  });
});
