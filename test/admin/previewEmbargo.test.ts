import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueJobs } from "../../src/jobs/scheduler.js";
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
  stateOf,
  type Item,
  type Team,
} from "./actionsSupport.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The address a preview page showed, from the read-only field of the "link created" page. */
function tokenFrom(html: string): string {
  const match = /value="http:\/\/localhost\/preview\/([A-Za-z0-9_-]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no preview address on the page");
  return match[1];
}

describe.each(DIALECTS)("embargo and preview links over HTTP on %s", (dialect) => {
  let admin: AdminSite;
  let team: Team;

  beforeAll(async () => {
    admin = await createItemsSite(dialect);
    team = await makeTeam(admin);
  });
  afterAll(async () => {
    await admin?.destroy();
  });

  const anon = (path: string, headers: Record<string, string> = {}) =>
    admin.get(path, new CookieJar(), headers);
  const local = (ms: number) => new Date(admin.clock.now().getTime() + ms).toISOString().slice(0, 16);

  /** Every public page that could show the item, and its own pages' statuses. */
  async function publicView(item: Item): Promise<{ html: string; statuses: number[] }> {
    let html = "";
    for (const path of [
      "/en/",
      "/ru/",
      "/en/news/",
      "/ru/news/",
      "/en/news/news_odkb/",
      "/ru/news/news_odkb/",
    ]) {
      const res = await anon(path);
      expect(res.status, path).toBe(200);
      html += await res.text();
    }
    const statuses: number[] = [];
    for (const lang of ["en", "ru"] as const) {
      const res = await anon(`/${lang}/news/news_odkb/${item.slug[lang]}/`);
      statuses.push(res.status);
      html += await res.text();
    }
    return { html, statuses };
  }

  it("hides an embargoed item everywhere, shows it by preview link until revoked or expired, then releases it", async () => {
    const { publisher, editor } = team;
    const item = await newItem(admin, team, "Embargoed summit");
    await approve(admin, team, item.en);
    await approve(admin, team, item.ru);

    // An editor may not embargo; the publisher may (UTC is the site's zone here).
    const untouched = await snapshot(admin.store);
    const refused = await postAs(admin, editor, `/admin/items/${item.articleId}/embargo`, {
      until: local(3 * HOUR),
    });
    expect(refused.status).toBe(403);
    expect(await snapshot(admin.store)).toBe(untouched);
    const past = await postAs(admin, publisher, `/admin/items/${item.articleId}/embargo`, {
      until: local(-HOUR),
    });
    expect(past.status).toBe(422);
    expect(await past.text()).toContain("Choose a release time in the future.");
    const set = await postAs(admin, publisher, `/admin/items/${item.articleId}/embargo`, {
      until: local(3 * HOUR),
    });
    expect(set.status).toBe(303);
    expect(set.headers.get("location")).toBe(`/admin/items/${item.articleId}?notice=embargo#embargo`);
    expect([await stateOf(admin.store, item.en), await stateOf(admin.store, item.ru)]).toEqual([
      "embargoed",
      "embargoed",
    ]);
    expect((await audited(admin.store, "embargoed")).at(-1)).toMatchObject({ actorId: publisher.id });

    const hidden = await publicView(item);
    expect(hidden.statuses).toEqual([404, 404]);
    expect(hidden.html).not.toContain("Embargoed summit");

    // A preview link: refused to an editor, made by the publisher, its address shown once.
    const noLink = await postAs(admin, editor, `/admin/items/${item.articleId}/previews`, {
      label: "X",
      hours: "48",
    });
    expect(noLink.status).toBe(403);
    const created = await postAs(admin, publisher, `/admin/items/${item.articleId}/previews`, {
      label: "Jane Roe, Example Times",
      hours: "48",
    });
    expect(created.status).toBe(200);
    const page = await created.text();
    expect(page).toContain("Preview link created");
    const token = tokenFrom(page);
    expect((await audited(admin.store, "preview_link_created")).at(-1)).toMatchObject({
      actorId: publisher.id,
    });

    const preview = await anon(`/preview/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get("cache-control")).toBe("no-store");
    expect(preview.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(preview.headers.get("referrer-policy")).toBe("no-referrer");
    const en = await preview.text();
    expect(en).toContain("Embargoed — not for publication until 28 November 2026, 12:00 (UTC)");
    expect(en).toContain("<h1>Embargoed summit</h1>");
    expect(en).toContain(`href="/preview/${token}?lang=ru"`);
    const ru = await (await anon(`/preview/${token}?lang=ru`)).text();
    expect(ru).toContain("Эмбарго — не для публикации до 28 ноября 2026, 12:00 (UTC)");
    expect(ru).toContain("Embargoed summit (ру)");
    const byBrowser = await (await anon(`/preview/${token}`, { "Accept-Language": "ru-RU,ru;q=0.9" })).text();
    expect(byBrowser).toContain('<html lang="ru">');
    const views = await admin.store.db.selectFrom("preview_views").select("id").execute();
    expect(views).toHaveLength(3);
    expect(await audited(admin.store, "preview_viewed")).toHaveLength(3);
    expect((await anon("/preview/no-such-token-at-all-here")).status).toBe(404);

    // Revoked: 410 Gone with words saying so; an editor may not revoke.
    const links = await admin.store.db.selectFrom("preview_links").select("id").execute();
    const linkId = links[0]?.id ?? 0;
    const editorRevoke = await postAs(
      admin,
      editor,
      `/admin/items/${item.articleId}/previews/${linkId}/revoke`,
      {},
    );
    expect(editorRevoke.status).toBe(403);
    const revoke = await postAs(
      admin,
      publisher,
      `/admin/items/${item.articleId}/previews/${linkId}/revoke`,
      {},
    );
    expect(revoke.status).toBe(303);
    expect(revoke.headers.get("location")).toBe(`/admin/items/${item.articleId}?notice=revoked#previews`);
    const gone = await anon(`/preview/${token}`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(await gone.text()).toContain("This preview link has been withdrawn");

    // Expired: a one-hour link, an hour and a minute later.
    const short = await postAs(admin, publisher, `/admin/items/${item.articleId}/previews`, {
      label: "Agency",
      hours: "1",
    });
    const shortToken = tokenFrom(await short.text());
    expect((await anon(`/preview/${shortToken}`)).status).toBe(200);
    admin.clock.advance(HOUR + MINUTE);
    const expired = await anon(`/preview/${shortToken}?lang=ru`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("Срок действия ссылки истёк");
    expect((await publicView(item)).statuses).toEqual([404, 404]);

    // Release: the job runner publishes every ready language at the embargo's end.
    admin.clock.advance(2 * HOUR);
    const run = await runDueJobs({ store: admin.store }, admin.clock.now());
    expect(run.released.map((r) => r.articleId)).toEqual([item.articleId]);
    const released = await publicView(item);
    expect(released.statuses).toEqual([200, 200]);
    expect(released.html).toContain("Embargoed summit");
    expect(released.html).toContain("Embargoed summit (ру)");
  });

  it("lifts an embargo back to approved, and releases one at once", async () => {
    const { publisher } = team;
    const item = await newItem(admin, team, "Held then freed");
    await approve(admin, team, item.en);
    const path = `/admin/items/${item.articleId}/embargo`;
    expect((await postAs(admin, publisher, path, { until: local(HOUR) })).status).toBe(303);
    const lift = await postAs(admin, publisher, `${path}/lift`, {});
    expect(lift.status).toBe(303);
    expect(await stateOf(admin.store, item.en)).toBe("approved");
    expect(await audited(admin.store, "embargo_lifted")).not.toHaveLength(0);
    const again = await postAs(admin, publisher, `${path}/lift`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("The item is not under embargo.");

    expect((await postAs(admin, publisher, path, { until: local(HOUR) })).status).toBe(303);
    const release = await postAs(admin, publisher, `${path}/release`, {}, { Accept: "application/json" });
    expect(release.status).toBe(200);
    expect(await release.json()).toMatchObject({ released: { articleId: item.articleId } });
    expect(await stateOf(admin.store, item.en)).toBe("published");
    expect((await anon(`/en/news/news_odkb/${item.slug.en}/`)).status).toBe(200);
    // Public now: an embargo can no longer hold it back.
    const late = await postAs(admin, publisher, path, { until: local(HOUR) });
    expect(late.status).toBe(409);
  });

  it("checks the preview form and answers scripts with the address in JSON", async () => {
    const item = await newItem(admin, team, "Link form");
    const path = `/admin/items/${item.articleId}/previews`;
    const before = await snapshot(admin.store);
    for (const fields of [
      { label: "", hours: "48" },
      { label: "Someone", hours: "721" },
      { label: "Someone", hours: "0" },
    ]) {
      const res = await postAs(admin, team.publisher, path, fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
    }
    expect(await snapshot(admin.store)).toBe(before);
    const res = await postAs(admin, team.publisher, path, { label: "Wire" }, { Accept: "application/json" });
    expect(res.status).toBe(201);
    const body: unknown = await res.json();
    expect(body).toMatchObject({
      link: { url: expect.stringMatching(/^http:\/\/localhost\/preview\/[\w-]{43}$/) },
    });
    expect(body).toMatchObject({
      link: { expiresAt: new Date(admin.clock.now().getTime() + 48 * HOUR).toISOString() },
    });
  });

  it("deletes an item only through the confirmation page, and only for a publisher", async () => {
    const { publisher, editor } = team;
    const item = await newItem(admin, team, "Doomed item");
    const confirmPath = `/admin/items/${item.articleId}/delete`;
    expect((await admin.get(confirmPath, editor.jar)).status).toBe(403);
    const before = await snapshot(admin.store);
    expect((await postAs(admin, editor, confirmPath, { confirm: "yes" })).status).toBe(403);
    expect(await snapshot(admin.store)).toBe(before);

    const confirm = await admin.get(confirmPath, publisher.jar);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain("Delete “Doomed item”?");
    expect(html).toContain(`action="${confirmPath}"`);
    expect(html).toContain('name="confirm" value="yes"');
    const unconfirmed = await postAs(admin, publisher, confirmPath, {});
    expect(unconfirmed.status).toBe(303);
    expect(unconfirmed.headers.get("location")).toBe(confirmPath);
    expect(await snapshot(admin.store)).toBe(before);

    const done = await postAs(admin, publisher, confirmPath, { confirm: "yes" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/admin/items?notice=deleted");
    const left = await admin.store.db
      .selectFrom("articles")
      .select("id")
      .where("id", "=", item.articleId)
      .execute();
    expect(left).toEqual([]);
    expect((await audited(admin.store, "article_deleted")).at(-1)).toMatchObject({ actorId: publisher.id });
    expect((await admin.get(confirmPath, publisher.jar)).status).toBe(404);
  });
});
