import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveTranslation } from "../../src/commands/editorial/index.js";
import type { AdminSite } from "../auth/support.js";
import { CookieJar } from "../auth/support.js";
import { snapshot } from "../editorial/helpers.js";
import { DIALECTS } from "../helpers/stores.js";
import {
  approve,
  audited,
  createItemsSite,
  makeTeam,
  newItem,
  postAs,
  walk,
  type Item,
  type Member,
  type Team,
} from "./actionsSupport.js";

describe.each(DIALECTS)("revisions over HTTP on %s", (dialect) => {
  let admin: AdminSite;
  let team: Team;

  beforeAll(async () => {
    admin = await createItemsSite(dialect);
    team = await makeTeam(admin);
  });
  afterAll(async () => {
    await admin?.destroy();
  });

  const base = (item: Item, lang = "en") => `/admin/items/${item.articleId}/translations/${lang}/revisions`;
  const save = (
    member: Member,
    translationId: number,
    baseVersion: number,
    bodyHtml: string,
    note?: string,
  ) =>
    saveTranslation(
      { store: admin.store, actor: member.actor, languages: ["en", "ru"], clock: admin.clock },
      { translationId, baseVersion, bodyHtml, correction: note === undefined ? undefined : { note } },
    );
  const version = async (translationId: number) =>
    await admin.store.db
      .selectFrom("article_translations")
      .select(["version", "body_html"])
      .where("id", "=", translationId)
      .executeTakeFirstOrThrow();

  /** A draft saved twice: version 1 as created, 2 and 3 with new text. */
  async function threeVersions(title: string): Promise<Item> {
    const item = await newItem(admin, team, title);
    admin.clock.advance(60_000);
    await save(team.correspondent, item.en, 1, "<p>The delegation met on Monday in Minsk.</p>");
    admin.clock.advance(60_000);
    await save(
      team.correspondent,
      item.en,
      2,
      "<p>The delegation met on Tuesday in Minsk.</p><p>More to come.</p>",
    );
    return item;
  }

  it("lists, shows and compares revisions, with the changes as <ins> and <del>", async () => {
    const item = await threeVersions("Revised item");
    const { jar } = team.editor;
    const list = await admin.get(base(item), jar);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain("Revisions of “Revised item” (English)");
    for (const n of [1, 2, 3]) expect(html).toContain(`href="${base(item)}/${n}"`);
    expect(html).toContain(`href="${base(item)}/compare?from=2&amp;to=3"`);
    expect(html).toContain("corr");

    const one = await (await admin.get(`${base(item)}/2`, jar)).text();
    expect(one).toContain("<p>The delegation met on Monday in Minsk.</p>");
    expect(one).toContain("Version 2 of “");

    const diff = await admin.get(`${base(item)}/compare`, jar);
    expect(diff.status).toBe(200);
    const text = await diff.text();
    expect(text).toContain("Changes from version 2 to version 3");
    expect(text).toMatch(/<del><span class="visually-hidden" lang="en">removed: <\/span>Monday<\/del>/);
    expect(text).toMatch(/<ins><span class="visually-hidden" lang="en">added: <\/span>Tuesday<\/ins>/);
    expect(text).toContain("added text is underlined");
    const wide = await (await admin.get(`${base(item)}/compare?from=1&to=3`, jar)).text();
    expect(wide).toContain("Changes from version 1 to version 3");
    expect(wide).toContain("<del>");

    const json = await admin.get(`${base(item)}/compare?from=1&to=2`, jar, { Accept: "application/json" });
    expect(await json.json()).toMatchObject({ diff: { from: { version: 1 }, to: { version: 2 } } });
    expect((await admin.get(`${base(item)}/9`, jar)).status).toBe(404);
    expect((await admin.get(`${base(item)}/compare?from=x`, jar)).status).toBe(400);
    expect((await admin.get(`${base(item, "de")}`, jar)).status).toBe(404);
  });

  it("sends a visitor without a session to sign in", async () => {
    const item = await newItem(admin, team, "Private history");
    const res = await admin.get(base(item), new CookieJar());
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/login?next=${encodeURIComponent(base(item))}`);
  });

  it("restores an old version as a new one, and refuses a stale restore with 409", async () => {
    const item = await threeVersions("Restored item");
    const { correspondent } = team;
    const res = await postAs(admin, correspondent, `${base(item)}/1/restore`, { baseVersion: "3" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${base(item)}?notice=restored`);
    const now = await version(item.en);
    expect(now.version).toBe(4);
    expect(now.body_html).toBe("<p>The Restored item body text.</p>");
    expect((await audited(admin.store, "revision_restored")).at(-1)).toMatchObject({
      actorId: correspondent.id,
      details: { restoredVersion: 1, version: 4 },
    });
    const listed = await (await admin.get(`${base(item)}?notice=restored`, correspondent.jar)).text();
    expect(listed).toContain("The revision was restored as a new version.");

    // Someone else saved meanwhile: the form's version 3 is stale.
    const before = await snapshot(admin.store);
    const stale = await postAs(admin, correspondent, `${base(item)}/2/restore`, { baseVersion: "3" });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain(
      "Someone saved a newer version (now version 4) after you opened version 3.",
    );
    const staleJson = await postAs(
      admin,
      correspondent,
      `${base(item)}/2/restore`,
      { baseVersion: "3" },
      { Accept: "application/json" },
    );
    expect(staleJson.status).toBe(409);
    expect(await staleJson.json()).toMatchObject({ error: { code: "conflict" } });
    expect(await snapshot(admin.store)).toBe(before);

    // Without a CSRF token, or by someone whose role may not edit it, nothing happens.
    expect(
      (await postAs(admin, correspondent, `${base(item)}/2/restore`, { _csrf: "", baseVersion: "4" })).status,
    ).toBe(403);
    const other = await newItem(admin, { ...team, correspondent: team.editor }, "Someone else's");
    await save(team.editor, other.en, 1, "<p>Changed.</p>");
    expect(
      (await postAs(admin, correspondent, `${base(other)}/1/restore`, { baseVersion: "2" })).status,
    ).toBe(403);
    expect(await snapshot(admin.store)).not.toBe(before);
    expect((await version(other.en)).version).toBe(2);
  });

  it("restores published text only with the correction choice, which the public page then shows", async () => {
    const { publisher, correspondent } = team;
    const item = await newItem(admin, team, "Corrected item");
    await approve(admin, team, item.en);
    await walk(admin, item.en, [[publisher, "publish"]]);
    admin.clock.advance(60_000);
    await save(publisher, item.en, 1, "<p>A wrong figure: 300 troops.</p>");

    const page = await (await admin.get(`${base(item)}/1`, publisher.jar)).text();
    expect(page).toContain('name="correction"');
    expect(page).toContain('name="note"');
    const correspondentView = await (await admin.get(`${base(item)}/1`, correspondent.jar)).text();
    expect(correspondentView).toContain("Your role cannot change this translation in its current state.");
    expect(correspondentView).not.toContain("/restore");

    const before = await snapshot(admin.store);
    const noNote = await postAs(admin, publisher, `${base(item)}/1/restore`, {
      baseVersion: "2",
      correction: "yes",
    });
    expect(noNote.status).toBe(422);
    expect(await noNote.text()).toContain("A correction needs a public note");
    expect((await postAs(admin, correspondent, `${base(item)}/1/restore`, { baseVersion: "2" })).status).toBe(
      403,
    );
    expect(await snapshot(admin.store)).toBe(before);

    const ok = await postAs(admin, publisher, `${base(item)}/1/restore`, {
      baseVersion: "2",
      correction: "yes",
      note: "The figure was wrong and has been removed.",
    });
    expect(ok.status).toBe(303);
    const article = await admin.get(`/en/news/news_odkb/${item.slug.en}/`, new CookieJar());
    const html = await article.text();
    expect(html).toContain("The Corrected item body text.");
    expect(html).toContain("The figure was wrong and has been removed.");
    const list = await (await admin.get(base(item), publisher.jar)).text();
    expect(list).toContain("Yes: The figure was wrong and has been removed.");
    expect((await audited(admin.store, "corrected")).at(-1)).toMatchObject({ actorId: publisher.id });
  });
});
