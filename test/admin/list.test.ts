import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveTranslation } from "../../src/commands/editorial/index.js";
import { listItemArticles } from "../../src/store/itemList.js";
import { createAdminSite, CookieJar, type AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import { draftBy, move, sectionId, signedIn, type Member } from "./editorSupport.js";

/** The titles of the rows of a list page, in order. */
function rowTitles(html: string): string[] {
  const body = html.split("<tbody>")[1]?.split("</tbody>")[0] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<a href="\/admin\/items\/\d+#column-\w+"[^>]*>([^<]*)<\/a>/g)]
      .map((m) => m[1])
      .join(" | "),
  );
}

describe.each(DIALECTS)("the list of items on %s", (dialect) => {
  let site: AdminSite;
  let writer: Member;
  let other: Member;
  let editor: Member;
  let news: number;
  let statements: number;
  let a: { articleId: number; translationIds: Record<string, number> };
  let b: { articleId: number; translationIds: Record<string, number> };

  beforeAll(async () => {
    site = await createAdminSite(dialect);
    writer = await signedIn(site, "writer@example.org", "correspondent");
    other = await signedIn(site, "other@example.org", "correspondent");
    editor = await signedIn(site, "editor@example.org", "editor");
    news = await sectionId(site, "news/news_odkb");
    statements = await sectionId(site, "documents/statements");
    a = await draftBy(writer, { sectionId: news, titles: { en: "Alpha exercise", ru: "Учения Альфа" } });
    site.clock.advance(60_000);
    b = await draftBy(other, { sectionId: statements, titles: { en: "Bravo statement" } });
    const bEn = b.translationIds["en"];
    if (bEn === undefined) throw new Error("no en");
    await move(other, bEn, "submit");
  });

  afterAll(() => site?.destroy());

  const list = async (member: Member, query = "") => {
    const response = await site.get(`/admin/items${query}`, member.jar);
    return { status: response.status, html: await response.text() };
  };

  it("sends visitors without a session to sign in", async () => {
    const response = await site.get("/admin/items", new CookieJar());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/login?next=%2Fadmin%2Fitems");
    expect((await site.get("/admin/", writer.jar)).headers.get("location")).toBe("/admin/items");
  });

  it("shows every member every item, newest change first, with both languages and their states", async () => {
    for (const member of [writer, other, editor]) {
      const { status, html } = await list(member);
      expect(status).toBe(200);
      const titles = rowTitles(html);
      expect(titles[0]).toBe("Bravo statement");
      expect(titles[1]).toBe("Alpha exercise | Учения Альфа");
      expect(html).toContain('<a class="button" href="/admin/items/new">New item</a>');
    }
    const { html } = await list(writer);
    const bravo = html.split("Bravo statement")[1]?.split("</tr>")[0] ?? "";
    expect(bravo).toContain('<span class="badge badge--in_review">In review</span>');
    expect(bravo).toContain("No Russian text");
    expect(bravo).toContain("other");
    const alpha = html.split("Alpha exercise")[1]?.split("</tr>")[0] ?? "";
    expect(alpha).toContain('<span class="badge badge--draft">Draft</span>');
    expect(alpha).toMatch(/<time datetime="2026-11-28T09:00:00.000Z">28.11.2026 09:00<\/time>/);
    // The demo's published items are listed too.
    expect(html).toContain('<span class="badge badge--published">Published</span>');
  });

  it("filters by state, section, language and author with a plain GET form", async () => {
    const only = async (query: string) => rowTitles((await list(editor, query)).html);
    expect(await only("?state=in_review")).toEqual(["Bravo statement"]);
    expect(await only("?state=draft")).toEqual(["Alpha exercise | Учения Альфа"]);
    expect(await only(`?author=${writer.id}`)).toEqual(["Alpha exercise | Учения Альфа"]);
    expect(await only(`?author=${other.id}&lang=ru`)).toEqual([]);
    expect(await only(`?state=draft&lang=ru&author=${writer.id}`)).toEqual(["Alpha exercise | Учения Альфа"]);
    const inStatements = await only(`?section=${statements}&state=in_review`);
    expect(inStatements).toEqual(["Bravo statement"]);
    // A parent section takes in its subsections.
    const parent = await sectionId(site, "documents");
    expect(await only(`?section=${parent}&state=in_review`)).toEqual(["Bravo statement"]);
    const { html } = await list(editor, `?state=draft&section=${news}`);
    expect(html).toContain('<option value="draft" selected="">Draft</option>');
    expect(html).toMatch(/1 items/);
  });

  it("refuses malformed filters and page numbers", async () => {
    for (const query of ["?state=gone", "?section=x", "?lang=de", "?author=-1", "?page=0"]) {
      expect((await list(writer, query)).status, query).toBe(400);
    }
  });

  it("pages through the list", async () => {
    for (let n = 1; n <= 10; n++)
      await draftBy(other, { sectionId: statements, titles: { en: `Filler ${n}` } });
    const total = (await listItemArticles(site.store.db, { limit: 1, offset: 0 })).total;
    expect(total).toBeGreaterThan(25);
    const first = await list(writer);
    expect(first.html).toContain('<a href="/admin/items?page=2" rel="next">Next page</a>');
    expect(rowTitles(first.html)).toHaveLength(25);
    const second = await list(writer, "?page=2");
    expect(second.status).toBe(200);
    expect(rowTitles(second.html)).toHaveLength(total - 25);
    expect(second.html).toContain('rel="prev"');
  });

  it("marks a translation whose other language changed later as maybe out of date", async () => {
    const en = a.translationIds["en"];
    if (en === undefined) throw new Error("no en");
    site.clock.advance(60_000);
    await saveTranslation(writer.ctx, { translationId: en, baseVersion: 1, lead: "Changed in English" });
    const { html } = await list(editor, "?state=draft");
    const row = html.split("<tbody>")[1] ?? "";
    const ruPart = row.split("Учения Альфа")[1]?.split("</li>")[0] ?? "";
    expect(ruPart).toContain('<span class="marker">may be out of date</span>');
    const enPart = row.split("Alpha exercise")[1]?.split("</li>")[0] ?? "";
    expect(enPart).not.toContain("marker");
  });

  it("speaks Russian to a member who chose it", async () => {
    await site.store.db.updateTable("users").set({ ui_language: "ru" }).where("id", "=", editor.id).execute();
    const { html } = await list(editor, "?state=in_review");
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("На рассмотрении");
    expect(html).toContain("Новый материал");
    await site.store.db.updateTable("users").set({ ui_language: "en" }).where("id", "=", editor.id).execute();
  });
});
