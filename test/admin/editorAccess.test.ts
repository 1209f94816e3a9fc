import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTranslation } from "../../src/store/translations.js";
import { createAdminSite, CookieJar, type AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  draftBy,
  formOf,
  move,
  pageToken,
  postForm,
  postJson,
  sectionId,
  signedIn,
  type Member,
} from "./editorSupport.js";

describe.each(DIALECTS)("who may read, save and preview in the editor on %s", (dialect) => {
  let site: AdminSite;
  let writer: Member;
  let other: Member;
  let editor: Member;
  let publisher: Member;
  let news: number;

  beforeAll(async () => {
    site = await createAdminSite(dialect, { timezone: "Europe/Moscow" });
    writer = await signedIn(site, "writer@example.org", "correspondent");
    other = await signedIn(site, "other@example.org", "correspondent");
    editor = await signedIn(site, "editor@example.org", "editor");
    publisher = await signedIn(site, "publisher@example.org", "publisher");
    news = await sectionId(site, "news/news_odkb");
  });

  afterAll(() => site?.destroy());

  const editorHtml = async (member: Member, id: number) => {
    const response = await site.get(`/admin/items/${id}`, member.jar);
    expect(response.status).toBe(200);
    return response.text();
  };

  it("lets another correspondent read a draft but not save it", async () => {
    const { articleId, translationIds } = await draftBy(writer, {
      sectionId: news,
      titles: { en: "Not yours" },
    });
    const html = await editorHtml(other, articleId);
    expect(html).toContain("You may look at this text but not change it");
    expect(html).not.toContain("Save the English text");
    expect(html).toMatch(/<input id="en-title"[^>]*readonly=""/);
    expect(html).toMatch(/<fieldset class="fieldset details" id="item-details" disabled="">/);
    const fields = formOf(html, "en");
    const response = await postForm(site, other, `/admin/items/${articleId}/translations/en`, {
      ...fields,
      title: "Taken over",
    });
    expect(response.status).toBe(403);
    const token = await pageToken(site, other, `/admin/items/${articleId}`);
    const json = await postJson(site, other, `/admin/items/${articleId}/translations/en`, token, {
      baseVersion: 1,
      title: "x",
    });
    expect(json.status).toBe(403);
    const added = await postForm(site, other, `/admin/items/${articleId}/translations/ru`, {
      _csrf: token,
      title: "Чужое",
    });
    expect(added.status).toBe(403);
    expect((await findTranslation(site.store.db, translationIds["en"] ?? 0))?.title).toBe("Not yours");
    // An editor may save any draft.
    const mine = formOf(await editorHtml(editor, articleId), "en");
    expect(
      (
        await postForm(site, editor, `/admin/items/${articleId}/translations/en`, {
          ...mine,
          title: "Edited",
        })
      ).status,
    ).toBe(303);
  });

  it("previews a language as readers will see it, marked and never cached or indexed", async () => {
    const { articleId } = await draftBy(writer, {
      sectionId: news,
      titles: { en: "Preview <script>window.__pwned=1</script>" },
    });
    const response = await site.get(`/admin/items/${articleId}/preview/en`, other.jar);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-robots-tag")).toMatch(/noindex/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<div class="preview-banner" role="note" lang="en">');
    expect(html).toContain("Preview — not published");
    expect(html).toContain("Preview &lt;script&gt;");
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).toContain('class="sidebar"');
    expect((await site.get(`/admin/items/${articleId}/preview/ru`, other.jar)).status).toBe(404);
    expect((await site.get(`/admin/items/${articleId}/preview/en`, new CookieJar())).status).toBe(303);
  });

  it("saves published text only by hand, as a correction when marked so", async () => {
    const { articleId, translationIds } = await draftBy(writer, {
      sectionId: news,
      titles: { en: "Published story", ru: "Опубликованный материал" },
    });
    const en = translationIds["en"] ?? 0;
    await move(writer, en, "submit");
    await move(editor, en, "approve");
    await move(publisher, en, "publish");
    // A correspondent may no longer change it; the shared fields are locked for them too.
    const theirs = await editorHtml(writer, articleId);
    expect(theirs).toContain("You may look at this text but not change it");
    expect(theirs).toMatch(/id="item-details" disabled=""/);
    const html = await editorHtml(publisher, articleId);
    expect(html).toMatch(/<form id="form-en"[^>]*data-autosave="off"/);
    expect(html).toMatch(/<form id="form-ru"[^>]*data-autosave="on"/);
    expect(html).toContain("This edit is a correction");
    expect(html).toContain("The address cannot change: this text has been public.");
    expect(html).toMatch(/<input id="en-slug"[^>]*readonly=""/);
    const fields = formOf(html, "en");
    const path = `/admin/items/${articleId}/translations/en`;
    const noNote = await postForm(site, publisher, path, {
      ...fields,
      title: "Corrected story",
      correction: "1",
    });
    expect(noNote.status).toBe(422);
    expect(await noNote.text()).toContain('<a href="#en-correction-note">A correction needs a note');
    const saved = await postForm(site, publisher, path, {
      ...fields,
      title: "Corrected story",
      correction: "1",
      correctionNote: "The title named the wrong city.",
    });
    expect(saved.status).toBe(303);
    const corrections = await site.store.db
      .selectFrom("corrections")
      .select("note")
      .where("translation_id", "=", en)
      .execute();
    expect(corrections).toEqual([{ note: "The title named the wrong city." }]);
    expect((await findTranslation(site.store.db, en))?.title).toBe("Corrected story");
  });
});
