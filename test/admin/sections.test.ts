import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import type { Role } from "../../src/domain/roles.js";
import type { Store } from "../../src/store/database.js";
import { createAdminSite, PASSWORD, type AdminSite } from "../auth/support.js";
import { formatViolations, launchBrowser, runAxe } from "../helpers/browser.js";
import { startDemoServer, type ListeningSite } from "../helpers/site.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  approve,
  audited,
  makeTeam,
  newItem,
  postAs,
  signedInMember,
  walk,
  type Member,
  type Team,
} from "./actionsSupport.js";

/** Every section's translations, as JSON in a fixed order: what a refused change must leave alone. */
async function sectionsSnapshot(store: Store): Promise<string> {
  const [sections, translations] = await Promise.all([
    store.db.selectFrom("sections").selectAll().orderBy("id").execute(),
    store.db.selectFrom("section_translations").selectAll().orderBy("section_id").orderBy("lang").execute(),
  ]);
  return JSON.stringify({ sections, translations });
}

async function sectionIdAt(store: Store, lang: string, path: string): Promise<number | undefined> {
  const row = await store.db
    .selectFrom("section_translations")
    .select("section_id")
    .where("lang", "=", lang)
    .where("path", "=", path)
    .executeTakeFirst();
  return row?.section_id;
}

async function pathOf(store: Store, id: number, lang: string): Promise<string | undefined> {
  const row = await store.db
    .selectFrom("section_translations")
    .select("path")
    .where("section_id", "=", id)
    .where("lang", "=", lang)
    .executeTakeFirst();
  return row?.path;
}

function sectionForm(values: {
  parentId?: number;
  position?: number;
  en: [title: string, slug: string];
  ru: [title: string, slug: string];
}): Record<string, string> {
  return {
    parentId: values.parentId === undefined ? "" : String(values.parentId),
    position: String(values.position ?? 0),
    title_en: values.en[0],
    slug_en: values.en[1],
    title_ru: values.ru[0],
    slug_ru: values.ru[1],
  };
}

describe.each(DIALECTS)("the administrator's sections on %s", (dialect) => {
  let admin: AdminSite;
  let root: Member;
  let team: Team;

  beforeAll(async () => {
    admin = await createAdminSite(dialect);
    root = await signedInMember(admin, "root", "administrator");
    team = await makeTeam(admin);
  });
  afterAll(() => admin?.destroy());

  const publicPage = (path: string) => admin.site.request(path);

  it("lists the tree with titles in both languages", async () => {
    const res = await admin.get("/admin/sections", root.jar);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("CSTO news");
    expect(html).toContain("Новости ОДКБ");
    expect(html).toContain("news/news_odkb");
    expect(html).toContain('href="/admin/sections"');
  });

  it("creates a section that the public site serves at once, and audits it", async () => {
    // The public site has cached the tree before the section exists.
    expect((await publicPage("/en/briefings/")).status).toBe(404);
    const res = await postAs(
      admin,
      root,
      "/admin/sections",
      sectionForm({ position: 7, en: ["Briefings", "briefings"], ru: ["Брифинги", "brifingi"] }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/sections?notice=created");
    const en = await publicPage("/en/briefings/");
    expect(en.status).toBe(200);
    expect(await en.text()).toContain("Briefings");
    expect((await publicPage("/ru/brifingi/")).status).toBe(200);
    const id = await sectionIdAt(admin.store, "en", "briefings");
    const entries = await audited(admin.store, "section_created");
    expect(entries.at(-1)).toMatchObject({ actorId: root.id, subjectId: String(id) });
  });

  it("refuses a section whose address is taken, and changes nothing", async () => {
    const before = await sectionsSnapshot(admin.store);
    const res = await postAs(
      admin,
      root,
      "/admin/sections",
      sectionForm({ en: ["Again", "news"], ru: ["Снова", "snova"] }),
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Another section already has this address");
    expect(await sectionsSnapshot(admin.store)).toBe(before);
  });

  it("shows a renamed title on the public page at once", async () => {
    const id = await sectionIdAt(admin.store, "en", "news/news_odkb");
    if (id === undefined) throw new Error("no news/news_odkb");
    expect(await (await publicPage("/en/news/news_odkb/")).text()).toContain("CSTO news");
    const res = await postAs(
      admin,
      root,
      `/admin/sections/${id}`,
      sectionForm({
        position: 1,
        en: ["News of the CSTO", "news_odkb"],
        ru: ["Новости ОДКБ", "news_odkb"],
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/sections/${id}?notice=changed`);
    expect(await (await publicPage("/en/news/news_odkb/")).text()).toContain("News of the CSTO");
    const entry = (await audited(admin.store, "section_changed")).at(-1);
    expect(entry?.details).toEqual({
      translations: { en: { title: { from: "CSTO news", to: "News of the CSTO" } } },
    });
  });

  it("rewrites the paths of a section and its descendants in one language when its slug changes", async () => {
    await postAs(
      admin,
      root,
      "/admin/sections",
      sectionForm({ en: ["Archive", "archive"], ru: ["Архив", "arkhiv"] }),
    );
    const parent = await sectionIdAt(admin.store, "en", "archive");
    if (parent === undefined) throw new Error("no archive");
    await postAs(
      admin,
      root,
      "/admin/sections",
      sectionForm({ parentId: parent, en: ["Photos", "photos"], ru: ["Фото", "foto"] }),
    );
    const child = await sectionIdAt(admin.store, "en", "archive/photos");
    if (child === undefined) throw new Error("no archive/photos");
    await postAs(
      admin,
      root,
      "/admin/sections",
      sectionForm({ parentId: child, en: ["2025", "y2025"], ru: ["2025", "y2025"] }),
    );
    const grandchild = await sectionIdAt(admin.store, "en", "archive/photos/y2025");
    if (grandchild === undefined) throw new Error("no archive/photos/y2025");
    expect((await publicPage("/en/archive/photos/")).status).toBe(200);

    const res = await postAs(
      admin,
      root,
      `/admin/sections/${parent}`,
      sectionForm({ en: ["Archive", "records"], ru: ["Архив", "arkhiv"] }),
    );
    expect(res.status).toBe(303);
    expect(await pathOf(admin.store, parent, "en")).toBe("records");
    expect(await pathOf(admin.store, child, "en")).toBe("records/photos");
    expect(await pathOf(admin.store, grandchild, "en")).toBe("records/photos/y2025");
    // The other language keeps its addresses.
    expect(await pathOf(admin.store, child, "ru")).toBe("arkhiv/foto");
    expect((await publicPage("/en/records/photos/y2025/")).status).toBe(200);
    expect((await publicPage("/en/archive/photos/")).status).toBe(404);
    expect((await audited(admin.store, "section_changed")).at(-1)?.details).toEqual({
      translations: { en: { slug: { from: "archive", to: "records" } } },
    });

    // A slug that would take another section's address is refused.
    const before = await sectionsSnapshot(admin.store);
    const taken = await postAs(
      admin,
      root,
      `/admin/sections/${parent}`,
      sectionForm({ en: ["Archive", "briefings"], ru: ["Архив", "arkhiv"] }),
    );
    expect(taken.status).toBe(409);
    expect(await sectionsSnapshot(admin.store)).toBe(before);
  });

  it("refuses a slug change over published items, with the reason, and changes nothing", async () => {
    const item = await newItem(admin, team, "Live report");
    await approve(admin, team, item.en);
    await walk(admin, item.en, [[team.publisher, "publish"]]);
    const news = await sectionIdAt(admin.store, "en", "news");
    if (news === undefined) throw new Error("no news");
    const before = await sectionsSnapshot(admin.store);
    const auditBefore = (await audited(admin.store, "section_changed")).length;
    const res = await postAs(
      admin,
      root,
      `/admin/sections/${news}`,
      sectionForm({ position: 1, en: ["Latest news", "latest"], ru: ["Новости", "news"] }),
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain("English: The slug cannot change: items under this section are published");
    // The form keeps what was typed.
    expect(html).toContain('value="latest"');
    expect(await sectionsSnapshot(admin.store)).toBe(before);
    expect(await audited(admin.store, "section_changed")).toHaveLength(auditBefore);
    expect((await publicPage(`/en/news/news_odkb/${item.slug.en}/`)).status).toBe(200);
  });

  it("refuses every other role with 403, and changes nothing", async () => {
    const news = await sectionIdAt(admin.store, "en", "news");
    if (news === undefined) throw new Error("no news");
    const before = await sectionsSnapshot(admin.store);
    const auditCount = async () =>
      (await admin.store.db.selectFrom("audit_log").select("id").execute()).length;
    const entries = await auditCount();
    const others: Role[] = ["correspondent", "editor", "publisher"];
    const members: Member[] = [team.correspondent, team.editor, team.publisher];
    for (const [i, member] of members.entries()) {
      expect(member.role).toBe(others[i]);
      expect((await admin.get("/admin/sections", member.jar)).status).toBe(403);
      expect((await admin.get(`/admin/sections/${news}`, member.jar)).status).toBe(403);
      const create = await postAs(
        admin,
        member,
        "/admin/sections",
        sectionForm({ en: ["Mine", "mine"], ru: ["Моё", "moyo"] }),
      );
      expect(create.status).toBe(403);
      const change = await postAs(
        admin,
        member,
        `/admin/sections/${news}`,
        sectionForm({ en: ["Mine", "mine"], ru: ["Моё", "moyo"] }),
      );
      expect(change.status).toBe(403);
      const page = await (await admin.get("/admin/items", member.jar)).text();
      expect(page).not.toContain('href="/admin/sections"');
    }
    expect(await sectionsSnapshot(admin.store)).toBe(before);
    expect(await auditCount()).toBe(entries);
  });
});

describe("the sections and settings pages in Chromium", () => {
  let site: ListeningSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await startDemoServer("sqlite", { overrides: { totpRequiredRoles: [] } });
    await addUser({ store: site.server.deps.store }, CLI_ACTOR, {
      email: "admin@example.org",
      displayName: "Admin",
      role: "administrator",
      password: PASSWORD,
    });
    browser = await launchBrowser();
    context = await browser.newContext({ bypassCSP: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.destroy();
  });

  it("has no accessibility violations, in both interface languages", { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.baseUrl}/admin/login`);
      await page.fill("#email", "admin@example.org");
      await page.fill("#password", PASSWORD);
      await Promise.all([page.waitForURL(/\/admin\/(?!login)/), page.click("button[type=submit]")]);
      const news = await sectionIdAt(site.server.deps.store, "en", "news");
      for (const lang of ["en", "ru"]) {
        if (lang === "ru") {
          await page.goto(`${site.baseUrl}/admin/account`);
          await page.selectOption("#ui-language", "ru");
          await Promise.all([
            page.waitForURL(/\/admin\/account/),
            page.click('form[action="/admin/account/language"] button[type=submit]'),
          ]);
        }
        for (const path of ["/admin/sections", `/admin/sections/${news}`, "/admin/settings"]) {
          await page.goto(`${site.baseUrl}${path}`);
          expect(await page.locator("html").getAttribute("lang"), path).toBe(lang);
          expect(formatViolations(await runAxe(page)), `${path} (${lang})`).toBe("");
        }
      }
      // A refused change shows its reason accessibly too.
      await page.goto(`${site.baseUrl}/admin/sections`);
      await page.fill("#new-title-en", "Again");
      await page.fill("#new-slug-en", "news");
      await page.fill("#new-title-ru", "Снова");
      await page.fill("#new-slug-ru", "news");
      await Promise.all([
        page.waitForLoadState("load"),
        page.click('form[action="/admin/sections"] button[type=submit]'),
      ]);
      expect(await page.locator("[role=alert]").count()).toBe(1);
      expect(formatViolations(await runAxe(page)), "sections with a problem").toBe("");
    } finally {
      await page.close();
    }
  });

  it("serves pages that the W3C checker finds valid", { timeout: 120_000 }, async () => {
    const cookies = await context.cookies(site.baseUrl);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const news = await sectionIdAt(site.server.deps.store, "en", "news");
    const documents = await Promise.all(
      ["/admin/sections", `/admin/sections/${news}`, "/admin/settings"].map(async (path) => {
        const response = await fetch(`${site.baseUrl}${path}`, { headers: { Cookie: cookie } });
        expect(response.status, path).toBe(200);
        return { name: path, html: await response.text() };
      }),
    );
    expect(formatVnuErrors(await validateHtml(documents)), "vnu errors").toBe("");
  });
});
