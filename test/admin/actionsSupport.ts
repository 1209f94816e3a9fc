import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { expect } from "vitest";
import type { Actor } from "../../src/commands/editorial/context.js";
import { createDraft, transition } from "../../src/commands/editorial/index.js";
import { loadDemo } from "../../src/commands/loadDemo.js";
import type { Config } from "../../src/config/schema.js";
import { demoContent } from "../../src/demo/content.js";
import type { Role } from "../../src/domain/roles.js";
import type { TranslationAction } from "../../src/domain/workflow.js";
import { createApp } from "../../src/http/app.js";
import type { AdminDeps, AdminEnv } from "../../src/http/admin/context.js";
import { itemActionRoutes } from "../../src/http/admin/items/actions.js";
import { previewLinkRoutes } from "../../src/http/admin/items/previews.js";
import { revisionRoutes } from "../../src/http/admin/items/revisions.js";
import { loadSiteAssets } from "../../src/http/site/assets.js";
import { SectionCache } from "../../src/http/site/sectionCache.js";
import { createLogger } from "../../src/lib/logger.js";
import type { Store } from "../../src/store/database.js";
import type { Dialect } from "../../src/store/dialect.js";
import { AdminSite, CookieJar, TestClock } from "../auth/support.js";
import { testConfig, type DemoSite } from "../helpers/site.js";
import { createTestStore } from "../helpers/stores.js";

/**
 * Mounts the workflow, revision and preview-link routers under /admin/items, as the items router does, unless
 * the app already serves them (once the items router mounts them itself, it is that one that is tested).
 */
export function mountItemRoutes(app: Hono<AdminEnv>, deps: AdminDeps): void {
  if (app.routes.some((r) => r.path === "/admin/items/:id/translations/:lang/transition")) return;
  const items = new Hono<AdminEnv>();
  items.route("/", itemActionRoutes(deps));
  items.route("/", revisionRoutes(deps));
  items.route("/", previewLinkRoutes(deps));
  app.route("/admin/items", items);
}

function depsFor(store: Store, config: Config, clock: TestClock): AdminDeps {
  return {
    config,
    store,
    assets: loadSiteAssets(),
    sections: new SectionCache(store),
    logger: createLogger("silent"),
    clock,
  };
}

/** The demo site with the item routes, in-process, for back-office tests (no TOTP, proxies trusted). */
export async function createItemsSite(dialect: Dialect, overrides: Partial<Config> = {}): Promise<AdminSite> {
  const clock = new TestClock();
  const testStore = await createTestStore(dialect);
  const config = testConfig({ trustProxy: true, totpRequiredRoles: [], ...overrides });
  await loadDemo({ store: testStore.store, languages: config.languages }, demoContent, { reset: false });
  const deps = depsFor(testStore.store, config, clock);
  const app = createApp(deps);
  mountItemRoutes(app, deps);
  const site: DemoSite = {
    testStore,
    deps,
    request: (path, init) => Promise.resolve(app.request(`http://localhost${path}`, init)),
    destroy: () => testStore.destroy(),
  };
  return new AdminSite(site, clock);
}

/** The same, listening on 127.0.0.1 for a real browser, with extra routes a test may add first. */
export async function startItemsServer(
  dialect: Dialect,
  extra: (app: Hono<AdminEnv>, deps: AdminDeps) => void = () => undefined,
): Promise<{ admin: AdminSite; baseUrl: string; close(): Promise<void> }> {
  const clock = new TestClock();
  const testStore = await createTestStore(dialect);
  const config = testConfig({ totpRequiredRoles: [], host: "127.0.0.1" });
  await loadDemo({ store: testStore.store, languages: config.languages }, demoContent, { reset: false });
  const deps = depsFor(testStore.store, config, clock);
  const app = createApp(deps);
  mountItemRoutes(app, deps);
  extra(app, deps);
  const server = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      resolve({ server: s, port: info.port }),
    );
  });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const site: DemoSite = {
    testStore,
    deps,
    request: (path, init) => fetch(`${baseUrl}${path}`, init),
    destroy: () => testStore.destroy(),
  };
  return {
    admin: new AdminSite(site, clock),
    baseUrl,
    close: async () => {
      await new Promise<void>((done) => server.server.close(() => done()));
      await testStore.destroy();
    },
  };
}

/** A member of the press office: their account, an actor for commands, and a signed-in cookie jar. */
export interface Member {
  id: number;
  email: string;
  role: Role;
  actor: Exclude<Actor, "system">;
  jar: CookieJar;
}

export async function signedInMember(admin: AdminSite, name: string, role: Role): Promise<Member> {
  const email = `${name}@example.org`;
  const id = await admin.addUser(email, role);
  const jar = new CookieJar();
  expect((await admin.signIn(jar, email)).status).toBe(303);
  return { id, email, role, actor: { id, role, label: email }, jar };
}

export interface Team {
  correspondent: Member;
  editor: Member;
  publisher: Member;
}

export async function makeTeam(admin: AdminSite): Promise<Team> {
  return {
    correspondent: await signedInMember(admin, "corr", "correspondent"),
    editor: await signedInMember(admin, "editor", "editor"),
    publisher: await signedInMember(admin, "publisher", "publisher"),
  };
}

/** The id of the "news/news_odkb" section, where new items go. */
export async function newsSection(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("section_translations")
    .select("section_id")
    .where("lang", "=", "en")
    .where("path", "=", "news/news_odkb")
    .executeTakeFirstOrThrow();
  return row.section_id;
}

export interface Item {
  articleId: number;
  en: number;
  ru: number;
  slug: { en: string; ru: string };
}

/** A bilingual draft by the correspondent, in the news section. */
export async function newItem(admin: AdminSite, team: Team, title: string): Promise<Item> {
  const ctx = {
    store: admin.store,
    actor: team.correspondent.actor,
    languages: ["en", "ru"],
    clock: admin.clock,
  };
  const created = await createDraft(ctx, {
    sectionId: await newsSection(admin.store),
    kind: "news",
    translations: [
      { lang: "en", title, lead: `${title}: the lead`, bodyHtml: `<p>The ${title} body text.</p>` },
      { lang: "ru", title: `${title} (ру)`, lead: `${title}: вводка`, bodyHtml: `<p>Текст: ${title}.</p>` },
    ],
  });
  const en = created.translationIds["en"];
  const ru = created.translationIds["ru"];
  if (en === undefined || ru === undefined) throw new Error("both translations should exist");
  return {
    articleId: created.articleId,
    en,
    ru,
    slug: { en: created.slugs["en"] ?? "", ru: created.slugs["ru"] ?? "" },
  };
}

/** Moves a translation along by commands (set-up, not the thing under test). */
export async function walk(
  admin: AdminSite,
  translationId: number,
  steps: [Member, TranslationAction][],
): Promise<void> {
  for (const [member, action] of steps) {
    await transition(
      { store: admin.store, actor: member.actor, languages: ["en", "ru"], clock: admin.clock },
      { translationId, action, note: "a note" },
    );
  }
}

/** Submitted by the correspondent and approved by the editor. */
export async function approve(admin: AdminSite, team: Team, translationId: number): Promise<void> {
  await walk(admin, translationId, [
    [team.correspondent, "submit"],
    [team.editor, "approve"],
  ]);
}

/** The session's CSRF token, as any back-office page's forms carry it. */
export function csrf(admin: AdminSite, member: Member): Promise<string> {
  return admin.csrf("/admin/account", member.jar);
}

/** Posts a form as a member, with their CSRF token unless `_csrf` is given (pass "" to send none). */
export async function postAs(
  admin: AdminSite,
  member: Member,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const token = fields["_csrf"] ?? (await csrf(admin, member));
  const body: Record<string, string> = { ...fields, _csrf: token };
  if (token === "") delete body["_csrf"];
  return admin.post(path, member.jar, body, headers);
}

export async function stateOf(store: Store, translationId: number): Promise<string> {
  const row = await store.db
    .selectFrom("article_translations")
    .select("state")
    .where("id", "=", translationId)
    .executeTakeFirstOrThrow();
  return row.state;
}

/** The audit entries of an action, oldest first. */
export async function audited(
  store: Store,
  action: string,
): Promise<{ actorId: number | null; subjectId: string | null; details: Record<string, unknown> }[]> {
  const rows = await store.db
    .selectFrom("audit_log")
    .select(["actor_id", "subject_id", "details"])
    .where("action", "=", action)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    actorId: r.actor_id,
    subjectId: r.subject_id,
    details: parseDetails(r.details),
  }));
}

function parseDetails(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  return typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value } : {};
}
