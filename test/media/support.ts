import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import type { MediaActor, MediaContext } from "../../src/commands/media/context.js";
import type { Config } from "../../src/config/schema.js";
import type { AdminEnv } from "../../src/http/admin/context.js";
import { createApp } from "../../src/http/app.js";
import { renderError } from "../../src/http/errors.js";
import { mediaAdminRoutes } from "../../src/http/media/admin.js";
import { loadSiteAssets } from "../../src/http/site/assets.js";
import type { SiteDeps } from "../../src/http/site/context.js";
import { SectionCache } from "../../src/http/site/sectionCache.js";
import { systemClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { createMediaRuntime, type MediaRuntime } from "../../src/media/runtime.js";
import { LocalDirectoryStorage } from "../../src/media/storage.js";
import type { Dialect } from "../../src/store/dialect.js";
import { makeArticle, makeNewsSections } from "../helpers/content.js";
import { testConfig } from "../helpers/site.js";
import { createTestStore, type TestStore } from "../helpers/stores.js";

/** A fresh site with one published bilingual article, its media stored under the test's own data directory. */
export interface MediaSite {
  testStore: TestStore;
  config: Config;
  deps: SiteDeps;
  media: MediaRuntime;
  storage: LocalDirectoryStorage;
  ctx: MediaContext;
  actor: MediaActor;
  articleId: number;
  /** The article's page in each language. */
  articlePath: { en: string; ru: string };
  /** The public site, in-process. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The back office's media routes as a signed-in correspondent, in-process. */
  adminRequest(path: string, init?: RequestInit): Promise<Response>;
  /** Serves the public site on 127.0.0.1, for a real browser. */
  listen(): Promise<{ baseUrl: string; close(): Promise<void> }>;
  destroy(): Promise<void>;
}

export async function createMediaSite(dialect: Dialect, overrides: Partial<Config> = {}): Promise<MediaSite> {
  const testStore = await createTestStore(dialect);
  const { store } = testStore;
  const config = testConfig({ dataDir: testStore.dataDir, ...overrides });
  const now = new Date().toISOString();
  const user = await store.db
    .insertInto("users")
    .values({
      email: "reporter@example.org",
      display_name: "Reporter",
      password_hash: "not-a-real-hash",
      role: "correspondent",
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const sections = await makeNewsSections(store);
  const article = await makeArticle(store, sections.odkb, "2026-11-20T09:00:00.000Z", {
    en: "Exercise Interaction ends",
    ru: "Учение Взаимодействие завершено",
  });
  const logger = createLogger("silent");
  const deps: SiteDeps = {
    config,
    store,
    assets: loadSiteAssets(),
    sections: new SectionCache(store),
    logger,
  };
  const storage = new LocalDirectoryStorage(join(testStore.dataDir, "media"));
  const media = createMediaRuntime({ config, store, logger }, storage);
  const app = createApp(deps, { media });
  const admin = new Hono<AdminEnv>();
  admin.use("*", async (c, next) => {
    c.set("user", {
      id: user.id,
      email: "reporter@example.org",
      displayName: "Reporter",
      role: "correspondent",
      uiLanguage: "en",
      totpEnabled: false,
    });
    c.set("clientIp", "203.0.113.7");
    await next();
  });
  admin.route("/admin/media", mediaAdminRoutes({ ...deps, clock: systemClock, media }));
  admin.onError((error, c) => renderError(deps, c, error));

  return {
    testStore,
    config,
    deps,
    media,
    storage,
    ctx: { store, storage, limits: media.limits, languages: config.languages },
    actor: { id: user.id, label: "reporter@example.org", role: "correspondent", ip: "203.0.113.7" },
    articleId: article.articleId,
    articlePath: {
      en: `/en/news/news_odkb/${article.slugs["en"] ?? ""}/`,
      ru: `/ru/news/news_odkb/${article.slugs["ru"] ?? ""}/`,
    },
    request: (path, init) => Promise.resolve(app.request(`http://localhost${path}`, init)),
    adminRequest: (path, init) => Promise.resolve(admin.request(`http://localhost${path}`, init)),
    listen: () =>
      new Promise((resolve) => {
        const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
          resolve({
            baseUrl: `http://127.0.0.1:${info.port}`,
            close: () => new Promise<void>((done) => server.close(() => done())),
          }),
        );
      }),
    destroy: async () => {
      await media.variants.idle();
      await testStore.destroy();
    },
  };
}

/** Every file under the media directory, temporary ones included, relative to it. */
export function storedFiles(site: MediaSite): string[] {
  const root = site.storage.root;
  const walk = (dir: string): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path.slice(root.length + 1)];
    });
  };
  return walk(root).sort();
}

/** Rows of the media tables and media audit entries: "nothing was stored" is checked against these. */
export async function mediaCounts(site: MediaSite): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["media", "media_alt", "media_variants", "article_media"] as const) {
    const row = await site.testStore.store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const audit = await site.testStore.store.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("action", "like", "media_%")
    .executeTakeFirstOrThrow();
  counts["audit"] = Number(audit.n);
  return counts;
}

/** A multipart upload body with one file and optional extra fields. */
export function uploadForm(bytes: Uint8Array, name: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("file", new File([bytes], name, { type: "application/octet-stream" }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}
