import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPreviewLink,
  embargoArticle,
  saveTranslation,
  transition as runTransition,
} from "../../src/commands/editorial/index.js";
import { ROLES, type Role } from "../../src/domain/roles.js";
import { createApp } from "../../src/http/app.js";
import type { Store } from "../../src/store/database.js";
import { CookieJar, createAdminSite, PASSWORD, type AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import { makePng } from "../media/files.js";
import { uploadForm } from "../media/support.js";
import {
  approve,
  csrf,
  newItem,
  newsSection,
  signedInMember,
  walk,
  type Member,
  type Team,
} from "./actionsSupport.js";

const HOUR = 3_600_000;

/** Every content and security table whose rows a refused request must leave as they were. */
const TABLES = [
  "articles",
  "article_translations",
  "revisions",
  "corrections",
  "preview_links",
  "users",
  "media",
  "media_alt",
  "article_media",
  "settings",
  "audit_log",
  "sections",
  "section_translations",
] as const;

/** All rows of every table in TABLES, as JSON in a fixed order. */
async function snapshotTables(store: Store): Promise<string> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    out[table] = result.rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(out);
}

/** The ids a route's address needs, made once per dialect in beforeAll. */
interface Fixture {
  sectionId: number;
  /** A bilingual draft by another correspondent than the one who tries, with a second version of its English. */
  draft: number;
  /** English in review. */
  review: number;
  /** English approved. */
  approved: number;
  /** English approved, then the article put under embargo, with a preview link. */
  held: number;
  linkId: number;
  /** English published, Russian scheduled. */
  live: number;
  /** English published then unpublished. */
  gone: number;
  mediaId: number;
  /** A correspondent's account for the users routes. */
  userId: number;
}

/** "signedIn": every role may; a list: only those roles. The "correspondent" who tries is never the author. */
type Allowed = "signedIn" | readonly Role[];

interface Try {
  note: string;
  fields: (f: Fixture) => Record<string, string>;
  allowed: Allowed;
}

interface RouteSpec {
  path: (f: Fixture) => string;
  tries: Try[];
  /** Logging out needs no session: without one it still answers with the sign-in page's address. */
  noSessionRedirectsEvenForJson?: boolean;
}

const EDITOR_UP: readonly Role[] = ["editor", "publisher", "administrator"];
const PUBLISHER_UP: readonly Role[] = ["publisher", "administrator"];
const ADMINISTRATOR: readonly Role[] = ["administrator"];

const transition = (note: string, action: string, allowed: Allowed, at?: string): Try => ({
  note,
  allowed,
  fields: () => ({ action, note: "n", ...(at ? { at } : {}) }),
});

/**
 * Every state-changing route of the back office, by `METHOD path` as Hono lists it. A route the app has and this
 * table lacks fails the test below: add it here, with who may use it.
 */
const TABLE: Record<string, RouteSpec> = {
  "POST /admin/logout": {
    path: () => "/admin/logout",
    tries: [{ note: "sign out", fields: () => ({}), allowed: "signedIn" }],
    noSessionRedirectsEvenForJson: true,
  },
  "POST /admin/account/language": {
    path: () => "/admin/account/language",
    tries: [{ note: "language", fields: () => ({ lang: "ru" }), allowed: "signedIn" }],
  },
  "POST /admin/account/password": {
    path: () => "/admin/account/password",
    tries: [
      {
        note: "password",
        fields: () => ({
          current: PASSWORD,
          password: "a new long passphrase 42",
          repeat: "a new long passphrase 42",
        }),
        allowed: "signedIn",
      },
    ],
  },
  "POST /admin/account/totp/enable": {
    path: () => "/admin/account/totp/enable",
    tries: [{ note: "totp on", fields: () => ({ code: "123456" }), allowed: "signedIn" }],
  },
  "POST /admin/account/totp/disable": {
    path: () => "/admin/account/totp/disable",
    tries: [{ note: "totp off", fields: () => ({ code: "123456" }), allowed: "signedIn" }],
  },
  "POST /admin/users": {
    path: () => "/admin/users",
    tries: [
      {
        note: "create user",
        fields: () => ({
          email: "new@example.org",
          name: "New",
          role: "administrator",
          lang: "en",
          password: "a long enough passphrase",
        }),
        allowed: ADMINISTRATOR,
      },
    ],
  },
  "POST /admin/users/:id/role": {
    path: (f) => `/admin/users/${f.userId}/role`,
    tries: [{ note: "re-role", fields: () => ({ role: "administrator" }), allowed: ADMINISTRATOR }],
  },
  "POST /admin/users/:id/disable": {
    path: (f) => `/admin/users/${f.userId}/disable`,
    tries: [{ note: "disable", fields: () => ({}), allowed: ADMINISTRATOR }],
  },
  "POST /admin/users/:id/enable": {
    path: (f) => `/admin/users/${f.userId}/enable`,
    tries: [{ note: "enable", fields: () => ({}), allowed: ADMINISTRATOR }],
  },
  "POST /admin/sections": {
    path: () => "/admin/sections",
    tries: [
      {
        note: "create section",
        fields: () => ({
          parentId: "",
          position: "9",
          title_en: "Taken over",
          slug_en: "taken-over",
          title_ru: "Захвачено",
          slug_ru: "taken-over",
        }),
        allowed: ADMINISTRATOR,
      },
    ],
  },
  "POST /admin/sections/:id": {
    path: (f) => `/admin/sections/${f.sectionId}`,
    tries: [
      {
        note: "rename section",
        fields: () => ({
          position: "1",
          title_en: "Renamed",
          slug_en: "renamed",
          title_ru: "Переименовано",
          slug_ru: "renamed",
        }),
        allowed: ADMINISTRATOR,
      },
    ],
  },
  "POST /admin/settings": {
    path: () => "/admin/settings",
    tries: [{ note: "let authors approve", fields: () => ({}), allowed: ADMINISTRATOR }],
  },
  "POST /admin/media": {
    path: () => "/admin/media",
    tries: [{ note: "upload", fields: () => ({}), allowed: "signedIn" }],
  },
  "POST /admin/media/:id{[0-9]+}/alt": {
    path: (f) => `/admin/media/${f.mediaId}/alt`,
    tries: [{ note: "alt", fields: () => ({ lang: "en", alt: "Changed" }), allowed: "signedIn" }],
  },
  "POST /admin/items": {
    path: () => "/admin/items",
    tries: [
      {
        note: "new item",
        fields: (f) => ({
          sectionId: String(f.sectionId),
          kind: "news",
          title_en: "Brand new",
          title_ru: "",
        }),
        allowed: "signedIn",
      },
    ],
  },
  "POST /admin/items/:id{[0-9]+}/translations/:lang": {
    path: (f) => `/admin/items/${f.draft}/translations/en`,
    tries: [
      {
        note: "save someone else's draft",
        fields: () => ({ baseVersion: "2", title: "Taken over", lead: "Lead", bodyHtml: "<p>Mine now.</p>" }),
        allowed: EDITOR_UP,
      },
    ],
  },
  // The editor's media panel: media rights and the right to change the item (a correspondent not its author lacks it).
  "POST /admin/items/:id{[0-9]+}/media": {
    path: (f) => `/admin/items/${f.draft}/media`,
    tries: [{ note: "upload to someone else's draft", fields: () => ({}), allowed: EDITOR_UP }],
  },
  "POST /admin/items/:id{[0-9]+}/media/:mediaId{[0-9]+}/alt": {
    path: (f) => `/admin/items/${f.draft}/media/${f.mediaId}/alt`,
    tries: [{ note: "item alt", fields: () => ({ alt_en: "Changed" }), allowed: EDITOR_UP }],
  },
  "POST /admin/items/:id{[0-9]+}/media/:mediaId{[0-9]+}/detach": {
    path: (f) => `/admin/items/${f.draft}/media/${f.mediaId}/detach`,
    tries: [{ note: "detach", fields: () => ({}), allowed: EDITOR_UP }],
  },
  // Its tries are in TRANSITIONS below: one per action, each on an item in the state it applies to.
  "POST /admin/items/:id/translations/:lang/transition": { path: () => "", tries: [] },
  "POST /admin/items/:id/translations/:lang/revisions/:version{[0-9]+}/restore": {
    path: (f) => `/admin/items/${f.draft}/translations/en/revisions/1/restore`,
    tries: [{ note: "restore", fields: () => ({ baseVersion: "2" }), allowed: EDITOR_UP }],
  },
  "POST /admin/items/:id/embargo": {
    path: (f) => `/admin/items/${f.approved}/embargo`,
    tries: [{ note: "embargo", fields: () => ({ until: "2026-11-29T10:00" }), allowed: PUBLISHER_UP }],
  },
  "POST /admin/items/:id/embargo/lift": {
    path: (f) => `/admin/items/${f.held}/embargo/lift`,
    tries: [{ note: "lift", fields: () => ({}), allowed: PUBLISHER_UP }],
  },
  "POST /admin/items/:id/embargo/release": {
    path: (f) => `/admin/items/${f.held}/embargo/release`,
    tries: [{ note: "release", fields: () => ({}), allowed: PUBLISHER_UP }],
  },
  "POST /admin/items/:id/previews": {
    path: (f) => `/admin/items/${f.held}/previews`,
    tries: [{ note: "new link", fields: () => ({ label: "Agency", hours: "2" }), allowed: PUBLISHER_UP }],
  },
  "POST /admin/items/:id/previews/:linkId/revoke": {
    path: (f) => `/admin/items/${f.held}/previews/${f.linkId}/revoke`,
    tries: [{ note: "revoke", fields: () => ({}), allowed: PUBLISHER_UP }],
  },
  "POST /admin/items/:id/delete": {
    path: (f) => `/admin/items/${f.held}/delete`,
    tries: [{ note: "delete", fields: () => ({ confirm: "yes" }), allowed: PUBLISHER_UP }],
  },
};

/** The workflow route takes several actions, each on an item in the state it applies to. */
const TRANSITIONS: { item: (f: Fixture) => number; lang: string; try: Try }[] = [
  { item: (f) => f.draft, lang: "en", try: transition("submit someone else's", "submit", EDITOR_UP) },
  { item: (f) => f.review, lang: "en", try: transition("approve", "approve", EDITOR_UP) },
  { item: (f) => f.review, lang: "en", try: transition("return", "return", EDITOR_UP) },
  { item: (f) => f.approved, lang: "en", try: transition("publish", "publish", PUBLISHER_UP) },
  {
    item: (f) => f.approved,
    lang: "en",
    try: transition("schedule", "schedule", PUBLISHER_UP, "2026-11-29T12:00"),
  },
  { item: (f) => f.live, lang: "ru", try: transition("unschedule", "unschedule", PUBLISHER_UP) },
  { item: (f) => f.live, lang: "en", try: transition("unpublish", "unpublish", PUBLISHER_UP) },
  { item: (f) => f.gone, lang: "en", try: transition("reopen", "reopen", PUBLISHER_UP) },
];

const TRANSITION_KEY = "POST /admin/items/:id/translations/:lang/transition";

/** One concrete request of the matrix: an address, a form and who may send it. */
interface Case {
  key: string;
  note: string;
  path: string;
  fields: Record<string, string>;
  allowed: Allowed;
  noSessionRedirectsEvenForJson: boolean;
}

function casesOf(f: Fixture): Case[] {
  const cases: Case[] = [];
  for (const [key, spec] of Object.entries(TABLE)) {
    for (const t of spec.tries) {
      cases.push({
        key,
        note: t.note,
        path: spec.path(f),
        fields: t.fields(f),
        allowed: t.allowed,
        noSessionRedirectsEvenForJson: spec.noSessionRedirectsEvenForJson ?? false,
      });
    }
  }
  for (const tr of TRANSITIONS) {
    cases.push({
      key: TRANSITION_KEY,
      note: tr.try.note,
      path: `/admin/items/${tr.item(f)}/translations/${tr.lang}/transition`,
      fields: tr.try.fields(f),
      allowed: tr.try.allowed,
      noSessionRedirectsEvenForJson: false,
    });
  }
  return cases;
}

function refusedRoles(allowed: Allowed): Role[] {
  return allowed === "signedIn" ? [] : ROLES.filter((role) => !allowed.includes(role));
}

const SAFE = new Set(["GET", "HEAD", "ALL", "OPTIONS"]);
const PUBLIC_BY_NATURE = new Set(["POST /admin/login", "POST /admin/login/code"]);

describe.each(DIALECTS)("the complete permission matrix of the back office on %s", (dialect) => {
  let admin: AdminSite;
  let dataDir: string;
  let members: Record<Role, Member>;
  const tokens = new Map<Role, string>();
  let fixture: Fixture;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "pressroom-route-matrix-"));
    admin = await createAdminSite(dialect, { dataDir });
    const author = await signedInMember(admin, "author", "correspondent");
    members = {
      correspondent: await signedInMember(admin, "corr", "correspondent"),
      editor: await signedInMember(admin, "editor", "editor"),
      publisher: await signedInMember(admin, "publisher", "publisher"),
      administrator: await signedInMember(admin, "root", "administrator"),
    };
    for (const role of ROLES) tokens.set(role, await csrf(admin, members[role]));
    const team: Team = { correspondent: author, editor: members.editor, publisher: members.publisher };
    const ctx = {
      store: admin.store,
      actor: members.publisher.actor,
      languages: ["en", "ru"],
      clock: admin.clock,
    };
    const later = () => new Date(admin.clock.now().getTime() + HOUR).toISOString();

    const draft = await newItem(admin, team, "Draft item");
    await saveTranslation(
      { ...ctx, actor: author.actor },
      { translationId: draft.en, baseVersion: 1, bodyHtml: "<p>Second.</p>" },
    );
    const review = await newItem(admin, team, "Review item");
    await walk(admin, review.en, [[author, "submit"]]);
    const approved = await newItem(admin, team, "Approved item");
    await approve(admin, team, approved.en);
    const held = await newItem(admin, team, "Held item");
    await approve(admin, team, held.en);
    await embargoArticle(ctx, { articleId: held.articleId, until: later() });
    const link = await createPreviewLink(ctx, {
      articleId: held.articleId,
      label: "Agency",
      expiresAt: later(),
    });
    const live = await newItem(admin, team, "Live item");
    await approve(admin, team, live.en);
    await approve(admin, team, live.ru);
    await walk(admin, live.en, [[members.publisher, "publish"]]);
    await transitionAt(admin, members.publisher, live.ru, later());
    const gone = await newItem(admin, team, "Gone item");
    await approve(admin, team, gone.en);
    await walk(admin, gone.en, [
      [members.publisher, "publish"],
      [members.publisher, "unpublish"],
    ]);

    // A real image, uploaded through the back office; its variants are made in the background, so wait for them.
    const png = await makePng(64, 48);
    const uploaded = await admin.site.request("/admin/media", {
      method: "POST",
      headers: {
        Cookie: members.publisher.jar.header(),
        Accept: "application/json",
        "X-CSRF-Token": tokens.get("publisher") ?? "",
      },
      body: uploadForm(png, "dot.png", { alt_en: "A dot" }),
    });
    expect(uploaded.status).toBe(201);
    const mediaRow = await admin.store.db.selectFrom("media").select("id").executeTakeFirstOrThrow();
    await waitForVariants(admin.store, mediaRow.id);

    fixture = {
      sectionId: await newsSection(admin.store),
      draft: draft.articleId,
      review: review.articleId,
      approved: approved.articleId,
      held: held.articleId,
      linkId: link.linkId,
      live: live.articleId,
      gone: gone.articleId,
      mediaId: mediaRow.id,
      userId: await admin.addUser("target@example.org", "correspondent"),
    };
  });
  afterAll(async () => {
    await admin?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("has a row in the table for every state-changing /admin route the app serves", () => {
    const app = createApp(admin.site.deps);
    const served = new Set(
      app.routes
        .filter((r) => !SAFE.has(r.method) && r.path.startsWith("/admin"))
        .map((r) => `${r.method} ${r.path}`)
        .filter((key) => !PUBLIC_BY_NATURE.has(key)),
    );
    const missing = [...served].filter((key) => !(key in TABLE));
    expect(missing, "state-changing routes missing from the matrix").toEqual([]);
    // And no row of the table names a route that is gone.
    expect(Object.keys(TABLE).filter((key) => !served.has(key))).toEqual([]);
  });

  it("sends a visitor without a session to sign in (401 for JSON), and changes nothing", async () => {
    const before = await snapshotTables(admin.store);
    const failures: string[] = [];
    for (const c of casesOf(fixture)) {
      const visitor = new CookieJar();
      const token = await admin.csrf("/admin/login", visitor);
      const page = await admin.post(c.path, visitor, { ...c.fields, _csrf: token });
      const location = page.headers.get("location") ?? "";
      if (page.status !== 303 || !/^\/admin\/login(\?|$)/.test(location)) {
        failures.push(`${c.key} (${c.note}) → ${page.status} ${location}`);
      }
      const json = await admin.post(
        c.path,
        visitor,
        { ...c.fields, _csrf: token },
        { Accept: "application/json" },
      );
      const expected = c.noSessionRedirectsEvenForJson ? 303 : 401;
      if (json.status !== expected) failures.push(`${c.key} (${c.note}) as JSON → ${json.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshotTables(admin.store)).toBe(before);
  });

  it("refuses every signed-in role without the right with 403 (not for CSRF), and changes nothing", async () => {
    const before = await snapshotTables(admin.store);
    const failures: string[] = [];
    let tried = 0;
    for (const c of casesOf(fixture)) {
      for (const role of refusedRoles(c.allowed)) {
        tried += 1;
        const member = members[role];
        const fields = { ...c.fields, _csrf: tokens.get(role) ?? "" };
        const page = await admin.post(c.path, member.jar, fields);
        if (page.status !== 403) failures.push(`${role} → ${c.key} (${c.note}): ${page.status}`);
        const json = await admin.post(c.path, member.jar, fields, { Accept: "application/json" });
        const body: unknown = await json.json().catch(() => undefined);
        const reason = JSON.stringify(body);
        if (json.status !== 403 || reason.includes('"csrf"')) {
          failures.push(`${role} → ${c.key} (${c.note}) as JSON: ${json.status} ${reason}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(30);
    expect(await snapshotTables(admin.store)).toBe(before);
  });

  it("still has every member signed in afterwards (the refusals were about the role)", async () => {
    for (const role of ROLES) {
      const res = await admin.get("/admin/account", members[role].jar);
      expect(res.status, role).toBe(200);
    }
  });
});

/** Schedules a translation for an instant, as the publisher (set-up). */
async function transitionAt(
  admin: AdminSite,
  publisher: Member,
  translationId: number,
  at: string,
): Promise<void> {
  await runTransition(
    { store: admin.store, actor: publisher.actor, languages: ["en", "ru"], clock: admin.clock },
    { translationId, action: "schedule", at, note: "later" },
  );
}

async function waitForVariants(store: Store, mediaId: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const row = await store.db
      .selectFrom("media")
      .select("variants_ready_at")
      .where("id", "=", mediaId)
      .executeTakeFirstOrThrow();
    if (row.variants_ready_at !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the image's variants were never made");
}
