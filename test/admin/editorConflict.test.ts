import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTranslation } from "../../src/store/translations.js";
import { createAdminSite, CookieJar, type AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  draftBy,
  formOf,
  pageToken,
  postForm,
  postJson,
  sectionId,
  signedIn,
  type Member,
} from "./editorSupport.js";

describe.each(DIALECTS)("saving and conflicts in the editor on %s", (dialect) => {
  let site: AdminSite;
  let writer: Member;
  let other: Member;
  let editor: Member;
  let news: number;

  beforeAll(async () => {
    site = await createAdminSite(dialect, { timezone: "Europe/Moscow" });
    writer = await signedIn(site, "writer@example.org", "correspondent");
    other = await signedIn(site, "other@example.org", "correspondent");
    editor = await signedIn(site, "editor@example.org", "editor");
    news = await sectionId(site, "news/news_odkb");
  });

  afterAll(() => site?.destroy());

  const editorHtml = async (member: Member, id: number) => {
    const response = await site.get(`/admin/items/${id}`, member.jar);
    expect(response.status).toBe(200);
    return response.text();
  };

  it("checks addresses as they are typed: available, taken, invalid, and suggested from the title", async () => {
    await draftBy(other, { sectionId: news, titles: { en: "Taken address" } });
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "Slug check" } });
    const check = async (query: string) => {
      const response = await site.get(`/admin/items/${articleId}/slug-check?${query}`, writer.jar, {
        Accept: "application/json",
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      return (await response.json()) as Record<string, unknown>;
    };
    expect(await check("lang=en&slug=slug-check")).toMatchObject({
      status: "available",
      available: true,
      valid: true,
    });
    expect(await check("lang=en&slug=brand-new")).toMatchObject({ status: "available" });
    expect(await check("lang=en&slug=taken-address")).toMatchObject({
      status: "taken",
      available: false,
      suggestion: "taken-address-2",
    });
    expect(await check("lang=en&slug=no%20spaces!")).toMatchObject({ status: "invalid", valid: false });
    expect(
      await check("lang=en&slug=&title=%D0%9C%D0%B8%D1%81%D1%81%D0%B8%D1%8F%20%D0%9E%D0%94%D0%9A%D0%91"),
    ).toMatchObject({
      status: "suggested",
      suggestion: "missiya-odkb",
    });
    const anonymous = await site.get(`/admin/items/${articleId}/slug-check?lang=en&slug=x`, new CookieJar(), {
      Accept: "application/json",
    });
    expect(anonymous.status).toBe(401);
  });

  it("gives one of two saves from the same version a conflict that shows both texts", async () => {
    const { articleId, translationIds } = await draftBy(writer, {
      sectionId: news,
      titles: { en: "Contested" },
    });
    const mine = formOf(await editorHtml(writer, articleId), "en");
    const theirs = formOf(await editorHtml(editor, articleId), "en");
    expect(mine["baseVersion"]).toBe("1");
    const responses = await Promise.all([
      postForm(site, writer, `/admin/items/${articleId}/translations/en`, {
        ...mine,
        bodyHtml: "<p>Writer's text</p>",
      }),
      postForm(site, editor, `/admin/items/${articleId}/translations/en`, {
        ...theirs,
        bodyHtml: "<p>Editor's text</p>",
      }),
    ]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([303, 409]);
    const loser = responses.find((r) => r.status === 409);
    const html = (await loser?.text()) ?? "";
    const stored = await findTranslation(site.store.db, translationIds["en"] ?? 0);
    const won = stored?.body_html === "<p>Writer's text</p>" ? "Writer" : "Editor";
    const lost = won === "Writer" ? "Editor" : "Writer";
    expect(stored?.version).toBe(2);
    expect(html).toContain("Someone else saved this text while you were editing");
    const panel = html.split('id="conflict-en"')[1]?.split("</section>")[0] ?? "";
    expect(panel).toContain(`<p>${won}'s text</p>`);
    expect(panel).toContain(`<p>${lost}'s text</p>`);
    expect(panel).toContain("Their version (version 2,");
    // The refused text is still in the form, based on the version that won, so that saving it is a choice.
    const form = formOf(html, "en");
    expect(form["bodyHtml"]).toBe(`<p>${lost}'s text</p>`);
    expect(form["baseVersion"]).toBe("2");
  });

  it("answers the autosave's JSON with the new version, or a 409 with both texts", async () => {
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "Autosaved" } });
    const token = await pageToken(site, writer, `/admin/items/${articleId}`);
    const path = `/admin/items/${articleId}/translations/en`;
    const first = await postJson(site, writer, path, token, { baseVersion: 1, lead: "Typed" });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      version: 2,
      changed: true,
      slug: "autosaved",
      savedAt: "12:00",
    });
    const stale = await postJson(site, writer, path, token, { baseVersion: 1, lead: "Typed elsewhere" });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as {
      error: { code: string; details: Record<string, Record<string, unknown>> };
    };
    expect(body.error.code).toBe("conflict");
    expect(body.error.details["current"]).toMatchObject({ version: 2, lead: "Typed" });
    expect(body.error.details["submitted"]).toEqual({ lead: "Typed elsewhere" });
    const invalid = await postJson(site, writer, path, token, { baseVersion: 2, title: "" });
    expect(invalid.status).toBe(422);
    const noToken = await postJson(site, writer, path, "", { baseVersion: 2, lead: "x" });
    expect(noToken.status).toBe(403);
  });
});
