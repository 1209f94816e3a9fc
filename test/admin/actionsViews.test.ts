import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPreviewLink,
  embargoArticle,
  loadArticleForEditing,
  openPreview,
  revokePreviewLink,
  saveTranslation,
  type EditorArticle,
} from "../../src/commands/editorial/index.js";
import { ArticlePanels } from "../../src/http/admin/views/items/ArticlePanels.js";
import { actionNoticeText, TranslationActions } from "../../src/http/admin/views/items/TranslationActions.js";
import type { AdminShell } from "../../src/http/admin/views/shell.js";
import { adminTranslator } from "../../src/i18n/admin.js";
import { formatDateTime } from "../../src/i18n/dateTimes.js";
import type { AdminSite } from "../auth/support.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  approve,
  createItemsSite,
  makeTeam,
  newItem,
  walk,
  type Member,
  type Team,
} from "./actionsSupport.js";

const HOUR = 3_600_000;

function shellFor(member: Member, lang = "en", timezone = "UTC"): AdminShell {
  return {
    lang,
    t: adminTranslator(lang),
    siteName: "Press Centre",
    user: {
      id: member.id,
      email: member.email,
      displayName: member.email,
      role: member.role,
      uiLanguage: lang,
      totpEnabled: false,
    },
    csrfToken: "token-123",
    cssHref: "/assets/admin.css",
    jsHref: undefined,
    current: "items",
    timezone,
  };
}

async function html(element: { toString(): string | Promise<string> }): Promise<string> {
  return String(await element.toString());
}

describe("dates and notices of the workflow views", () => {
  it("names the time zone and speaks the user's language", () => {
    expect(formatDateTime("2026-11-28T09:05:00.000Z", "en", "Europe/Moscow")).toBe(
      "28 November 2026, 12:05 (Europe/Moscow)",
    );
    expect(formatDateTime("2026-11-28T09:05:00.000Z", "ru", "UTC")).toBe("28 ноября 2026, 09:05 (UTC)");
    const t = adminTranslator("ru");
    expect(actionNoticeText(t, "publish")).toBe("Опубликовано.");
    expect(actionNoticeText(t, "created")).toBeUndefined();
    expect(actionNoticeText(t, undefined)).toBeUndefined();
  });
});

describe.each(DIALECTS)("TranslationActions and ArticlePanels from the store on %s", (dialect) => {
  let admin: AdminSite;
  let team: Team;
  let article: (member: Member) => Promise<EditorArticle>;

  beforeAll(async () => {
    admin = await createItemsSite(dialect);
    team = await makeTeam(admin);
    article = (member) =>
      loadArticleForEditing(
        { store: admin.store, actor: member.actor, languages: ["en", "ru"], clock: admin.clock },
        articleId,
      );
  });
  afterAll(async () => {
    await admin?.destroy();
  });

  let articleId = 0;
  const ctxOf = (member: Member) => ({
    store: admin.store,
    actor: member.actor,
    languages: ["en", "ru"],
    clock: admin.clock,
  });

  it("offers each member only the actions their role allows, as CSRF-protected forms", async () => {
    const { correspondent, editor, publisher } = team;
    const item = await newItem(admin, team, "Viewed item");
    articleId = item.articleId;
    await walk(admin, item.en, [[correspondent, "submit"]]);
    const asEditor = await article(editor);
    const en = asEditor.translations.find((tr) => tr.lang === "en");
    if (!en) throw new Error("no English");
    const page = await html(TranslationActions({ shell: shellFor(editor), articleId, translation: en }));
    expect(page).toContain(`id="workflow-${en.id}"`);
    expect(page).toContain(`action="/admin/items/${articleId}/translations/en/transition"`);
    expect(page).toContain('name="_csrf" value="token-123"');
    expect(page.match(/name="action" value="(\w+)"/g)).toEqual([
      'name="action" value="return"',
      'name="action" value="approve"',
    ]);
    expect(page).toMatch(/<textarea[^>]*name="note"[^>]*required/);
    expect(page).toContain("In review");
    expect(page).toContain(`href="/admin/items/${articleId}/translations/en/revisions"`);

    await approve(admin, team, item.ru);
    const ru = (await article(publisher)).translations.find((tr) => tr.lang === "ru");
    if (!ru) throw new Error("no Russian");
    const russian = await html(
      TranslationActions({ shell: shellFor(publisher, "ru", "Europe/Moscow"), articleId, translation: ru }),
    );
    expect(russian).toContain('type="datetime-local"');
    expect(russian).toContain("Время публикации, Europe/Moscow");
    expect(russian).toContain("Одобрил(а)");
    expect(russian).toContain("editor@example.org".split("@")[0] ?? "");
    for (const action of ["publish", "schedule", "return"]) expect(russian).toContain(`value="${action}"`);
    const ruForAuthor = (await article(correspondent)).translations.find((tr) => tr.lang === "ru");
    if (!ruForAuthor) throw new Error("no Russian");
    const none = await html(
      TranslationActions({ shell: shellFor(correspondent), articleId, translation: ruForAuthor }),
    );
    expect(none).toContain("No workflow action is open to you in this state.");
    expect(none).not.toContain("<form");
  });

  it("shows published facts, the last correction, the embargo state and the preview links", async () => {
    const { publisher, editor } = team;
    const item = await newItem(admin, team, "Linked item");
    articleId = item.articleId;
    await approve(admin, team, item.ru);
    const link = await createPreviewLink(ctxOf(publisher), {
      articleId,
      label: "Jane <Roe>",
      expiresAt: new Date(admin.clock.now().getTime() + HOUR).toISOString(),
    });
    await openPreview({ store: admin.store, clock: admin.clock }, { token: link.token });
    await openPreview({ store: admin.store, clock: admin.clock }, { token: link.token });
    const old = await createPreviewLink(ctxOf(publisher), {
      articleId,
      label: "Old",
      expiresAt: new Date(admin.clock.now().getTime() + HOUR).toISOString(),
    });
    await revokePreviewLink(ctxOf(publisher), { linkId: old.linkId });
    await walk(admin, item.ru, [[publisher, "publish"]]);
    admin.clock.advance(HOUR + 1);
    await saveTranslation(ctxOf(publisher), {
      translationId: item.ru,
      baseVersion: 1,
      bodyHtml: "<p>Исправленный текст.</p>",
      correction: { note: "Уточнена дата." },
    });

    const loaded = await article(publisher);
    expect(loaded.previewLinks?.map((l) => [l.label, l.status, l.views, l.createdBy?.name])).toEqual([
      ["Old", "revoked", 0, "publisher"],
      ["Jane <Roe>", "expired", 2, "publisher"],
    ]);
    const ru = loaded.translations.find((tr) => tr.lang === "ru");
    expect(ru?.lastCorrection).toMatchObject({ note: "Уточнена дата." });
    expect(ru?.approver?.name).toBe("editor");

    if (!ru) throw new Error("no Russian");
    const shell = shellFor(publisher);
    const facts = await html(TranslationActions({ shell, articleId, translation: ru }));
    expect(facts).toContain("First published");
    expect(facts).toContain("Last corrected");
    expect(facts).toContain("Уточнена дата.");

    const panels = await html(ArticlePanels({ shell, article: loaded }));
    expect(panels).toContain("Not under embargo.");
    // Public in Russian already: no embargo form.
    expect(panels).not.toContain(`action="/admin/items/${articleId}/embargo"`);
    expect(panels).toContain("Jane &lt;Roe&gt;");
    expect(panels).toContain("Expired");
    expect(panels).toContain("Revoked");
    // Only active links can be revoked; neither is.
    expect(panels).not.toContain("/revoke");
    expect(panels).toContain(`href="/admin/items/${articleId}/delete"`);
    expect(panels).toContain('name="hours"');

    // An editor sees the embargo state, and neither the links, the embargo forms nor deleting.
    const asEditor = await article(editor);
    expect(asEditor.previewLinks).toBeUndefined();
    const limited = await html(ArticlePanels({ shell: shellFor(editor), article: asEditor }));
    expect(limited).toContain("Not under embargo.");
    expect(limited).not.toContain("<form");
    expect(limited).not.toContain("/delete");
  });

  it("offers setting, moving, lifting and releasing an embargo to a publisher", async () => {
    const { publisher } = team;
    const item = await newItem(admin, team, "Embargo panel");
    articleId = item.articleId;
    await approve(admin, team, item.en);
    const shell = shellFor(publisher, "en", "Europe/Moscow");
    const ready = await html(ArticlePanels({ shell, article: await article(publisher) }));
    expect(ready).toContain(`action="/admin/items/${articleId}/embargo"`);
    expect(ready).toContain("Set the embargo");
    expect(ready).not.toContain("/embargo/lift");

    await embargoArticle(ctxOf(publisher), { articleId, until: "2026-11-29T09:00:00.000Z" });
    const held = await html(ArticlePanels({ shell, article: await article(publisher) }));
    expect(held).toContain("Under embargo until");
    expect(held).toContain("29 November 2026, 12:00 (Europe/Moscow)");
    expect(held).toContain('value="2026-11-29T12:00"');
    expect(held).toContain("Move the release time");
    expect(held).toContain(`action="/admin/items/${articleId}/embargo/lift"`);
    expect(held).toContain(`action="/admin/items/${articleId}/embargo/release"`);
  });
});
