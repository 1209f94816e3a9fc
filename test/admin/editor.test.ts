import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTranslation } from "../../src/store/translations.js";
import { listPeopleWithPosts } from "../../src/store/peoplePosts.js";
import { createAdminSite, type AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import { draftBy, formOf, pageToken, postForm, sectionId, signedIn, type Member } from "./editorSupport.js";

describe.each(DIALECTS)("the editor on %s", (dialect) => {
  let site: AdminSite;
  let writer: Member;
  let news: number;

  beforeAll(async () => {
    site = await createAdminSite(dialect, { timezone: "Europe/Moscow" });
    writer = await signedIn(site, "writer@example.org", "correspondent");
    news = await sectionId(site, "news/news_odkb");
  });

  afterAll(() => site?.destroy());

  const editorHtml = async (member: Member, id: number) => {
    const response = await site.get(`/admin/items/${id}`, member.jar);
    expect(response.status).toBe(200);
    return response.text();
  };

  it("creates a draft from the new-item form, reading the date in the site's time zone", async () => {
    const token = await pageToken(site, writer, "/admin/items/new");
    const response = await postForm(site, writer, "/admin/items", {
      _csrf: token,
      sectionId: String(news),
      kind: "statement",
      publishedAt: "2026-12-01T12:30",
      title_en: "Statement on the exercise",
      title_ru: "",
    });
    expect(response.status).toBe(303);
    const id = Number(
      /^\/admin\/items\/(\d+)\?notice=created$/.exec(response.headers.get("location") ?? "")?.[1],
    );
    const article = await site.store.db
      .selectFrom("articles")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(article).toMatchObject({ kind: "statement", section_id: news, created_by: writer.id });
    expect(article.published_at).toBe("2026-12-01T09:30:00.000Z");
    const rows = await site.store.db
      .selectFrom("article_translations")
      .selectAll()
      .where("article_id", "=", id)
      .execute();
    expect(rows.map((r) => [r.lang, r.state, r.title, r.author_id])).toEqual([
      ["en", "draft", "Statement on the exercise", writer.id],
    ]);
    const html = await (await site.get(response.headers.get("location") ?? "", writer.jar)).text();
    expect(html).toContain("The draft was created.");
    // The stored instant is shown back as the site's wall-clock time.
    expect(html).toContain('value="2026-12-01T12:30"');
  });

  it("refuses a new item without any title, saying so next to the field", async () => {
    const before = await site.store.db.selectFrom("articles").select("id").execute();
    const token = await pageToken(site, writer, "/admin/items/new");
    const response = await postForm(site, writer, "/admin/items", {
      _csrf: token,
      sectionId: String(news),
      kind: "news",
      publishedAt: "2026-13-01T10:00",
      title_en: "  ",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#new-titles">Enter a title in at least one language.</a>');
    expect(html).toContain('<a href="#new-published">');
    expect(await site.store.db.selectFrom("articles").select("id").execute()).toHaveLength(before.length);
  });

  it("saves a language's form, records a revision, and says so", async () => {
    const { articleId, translationIds } = await draftBy(writer, {
      sectionId: news,
      titles: { en: "First title" },
    });
    const html = await editorHtml(writer, articleId);
    const fields = formOf(html, "en");
    expect(fields["baseVersion"]).toBe("1");
    expect(html).toMatch(/<textarea[^>]*name="bodyHtml"[^>]*data-rich-text="en"/);
    const response = await postForm(site, writer, `/admin/items/${articleId}/translations/en`, {
      ...fields,
      title: "Second title",
      lead: "A lead",
      bodyHtml: '<p class="MsoNormal">Text<script>window.__pwned=1</script></p>',
      place: "Minsk",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/admin/items/${articleId}?saved=en#column-en`);
    const row = await findTranslation(site.store.db, translationIds["en"] ?? 0);
    expect(row).toMatchObject({ title: "Second title", lead: "A lead", place: "Minsk", version: 2 });
    expect(row?.body_html).toBe("<p>Text</p>");
    const revisions = await site.store.db
      .selectFrom("revisions")
      .select(["version", "title"])
      .where("translation_id", "=", translationIds["en"] ?? 0)
      .orderBy("version")
      .execute();
    expect(revisions).toEqual([
      { version: 1, title: "First title" },
      { version: 2, title: "Second title" },
    ]);
    const after = await (await site.get(response.headers.get("location") ?? "", writer.jar)).text();
    expect(after).toContain("Saved: English text.");
    expect(formOf(after, "en")["baseVersion"]).toBe("2");
  });

  it("shows problems again with the text as sent, linked to their fields", async () => {
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "Kept title" } });
    const fields = formOf(await editorHtml(writer, articleId), "en");
    const response = await postForm(site, writer, `/admin/items/${articleId}/translations/en`, {
      ...fields,
      title: " ",
      lead: "Lead that must not be lost",
      eventStart: "2026-12-05",
      eventEnd: "2026-12-01",
      details: "1",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#en-title">Enter a title.</a>');
    expect(html).toContain('<a href="#item-event-end">The event cannot end before it starts.</a>');
    expect(html).toContain("Lead that must not be lost");
    expect(html).toContain('aria-describedby="en-title-problem"');
  });

  it("changes the shared fields with a language's save, and leaves them alone when untouched", async () => {
    const { articleId } = await draftBy(writer, {
      sectionId: news,
      titles: { en: "Shared fields", ru: "Общие поля" },
    });
    const [person] = await listPeopleWithPosts(site.store.db);
    if (!person) throw new Error("the demo has people");
    const html = await editorHtml(writer, articleId);
    expect(html).toContain(`${person.posts[0]?.titles["en"]} — ${person.names["en"]}`);
    const fields = formOf(html, "en");
    const response = await postForm(site, writer, `/admin/items/${articleId}/translations/en`, {
      ...fields,
      details: "1",
      sectionId: String(news),
      kind: "speech",
      eventStart: "2026-12-02",
      eventEnd: "2026-12-04",
      peopleIds: [String(person.id)],
      signature: `${person.id}:${person.posts[0]?.id ?? ""}`,
    });
    expect(response.status).toBe(303);
    const article = await site.store.db
      .selectFrom("articles")
      .selectAll()
      .where("id", "=", articleId)
      .executeTakeFirstOrThrow();
    expect(article).toMatchObject({ kind: "speech", event_start: "2026-12-02", event_end: "2026-12-04" });
    const people = await site.store.db
      .selectFrom("article_people")
      .select("person_id")
      .where("article_id", "=", articleId)
      .execute();
    expect(people).toEqual([{ person_id: person.id }]);
    const en = await site.store.db
      .selectFrom("article_translations")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("lang", "=", "en")
      .executeTakeFirstOrThrow();
    expect(en.signature_text).toContain(person.names["en"] ?? "?");
    // The Russian form without the shared fields changes none of them.
    const ru = formOf(await editorHtml(writer, articleId), "ru");
    expect(
      await postForm(site, writer, `/admin/items/${articleId}/translations/ru`, { ...ru, lead: "Лид" }),
    ).toHaveProperty("status", 303);
    const again = await site.store.db
      .selectFrom("article_people")
      .select("person_id")
      .where("article_id", "=", articleId)
      .execute();
    expect(again).toEqual([{ person_id: person.id }]);
  });

  it("adds a missing language from its column", async () => {
    const { articleId } = await draftBy(writer, { sectionId: news, titles: { en: "Only English" } });
    const html = await editorHtml(writer, articleId);
    expect(html).toContain("There is no Russian text yet");
    const token = await pageToken(site, writer, `/admin/items/${articleId}`);
    const response = await postForm(site, writer, `/admin/items/${articleId}/translations/ru`, {
      _csrf: token,
      title: "Только по-русски",
      slug: "",
      lead: "",
      bodyHtml: "<p>Текст</p>",
      place: "",
      signature: "",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/admin/items/${articleId}?added=ru#column-ru`);
    const ru = await site.store.db
      .selectFrom("article_translations")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("lang", "=", "ru")
      .executeTakeFirstOrThrow();
    expect(ru).toMatchObject({
      title: "Только по-русски",
      slug: "tolko-po-russki",
      state: "draft",
      author_id: writer.id,
    });
  });

  it("offers every person's posts as bylines in each language", async () => {
    const people = await listPeopleWithPosts(site.store.db);
    const kazakova = people.find((p) => p.slug === "valentina-kazakova");
    expect(kazakova?.names).toEqual({ en: "Valentina Kazakova", ru: "Валентина Казакова" });
    expect(kazakova?.posts).toHaveLength(2);
    expect(kazakova?.posts[0]?.titles["ru"]).toMatch(/^Начальник Главного управления/);
  });
});
