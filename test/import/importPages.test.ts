import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importPages, type FileOutcome } from "../../src/commands/importPages.js";
import { loadDemo } from "../../src/commands/loadDemo.js";
import { demoContent } from "../../src/demo/content.js";
import { findPublishedBySlug } from "../../src/store/publicArticles.js";
import { contentCounts, LANGUAGES, makeArticle } from "../helpers/content.js";
import { createTestStore, DIALECTS, type TestStore } from "../helpers/stores.js";

export const SEED = fileURLToPath(new URL("../../../shared/seeds/000_dfce6510050243a4.txt", import.meta.url));
const MISSION_TITLE =
  "The CSTO mission headed by the Secretary General of the Organization Stanislav Zas arrived";

describe.each(DIALECTS)("page importer on %s", (dialect) => {
  let t: TestStore;
  let dir: string;
  beforeEach(async () => {
    t = await createTestStore(dialect);
    // The demo brings the sections and the people whom signatures are matched against; its own copy of the
    // mission item is removed so that the seed page is new to the site.
    await loadDemo({ store: t.store, languages: LANGUAGES }, demoContent, { reset: false });
    await t.store.db.deleteFrom("article_translations").where("title", "like", `${MISSION_TITLE}%`).execute();
    dir = mkdtempSync(join(tmpdir(), "pressroom-import-"));
  });
  afterEach(async () => {
    await t.destroy();
  });
  const ctx = () => ({ store: t.store, languages: LANGUAGES });
  const run = (paths: string[], extra: { dryRun?: boolean; publish?: boolean; fallbackDate?: string } = {}) =>
    importPages(ctx(), { paths, dryRun: false, publish: false, sectionPath: "news/news_odkb", ...extra });

  async function pressSecretaryId(): Promise<number> {
    const row = await t.store.db
      .selectFrom("people")
      .select("id")
      .where("slug", "=", "vladimir-zaynetdinov")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it("takes the seed page apart in a dry run, and writes nothing", async () => {
    const before = await contentCounts(t.store);
    const [outcome] = await run([SEED], { dryRun: true });
    expect(await contentCounts(t.store)).toEqual(before);
    if (outcome?.status !== "parsed")
      throw new Error(`expected a parsed page, got ${JSON.stringify(outcome)}`);
    const { page } = outcome;
    expect(page.title.startsWith(MISSION_TITLE)).toBe(true);
    expect(page.paragraphs).toHaveLength(4);
    expect(page.signature?.personId).toBe(await pressSecretaryId());
    expect(page.signature?.text).toBe("The CSTO Press Secretary Vladimir Zaynetdinov");
    expect(page.signature?.postId).toBeTypeOf("number");
    for (const nav of ["Go back", "Back to the section", "Back to the all news"]) {
      expect(page.paragraphs.join("\n")).not.toContain(nav);
    }
    expect(page.teasers.map((teaser) => teaser.date)).toEqual([
      { start: "2023-03-28", end: "2023-03-28" },
      { start: "2023-03-27", end: "2023-03-30" },
      { start: "2021-09-16", end: "2021-09-16" },
    ]);
    // "On September 20, this year": the year is not known, so neither is the date.
    expect(page.date).toBeUndefined();
  });

  it("writes a draft, and importing the same page again changes nothing", async () => {
    const before = await contentCounts(t.store);
    const [first] = await run([SEED]);
    expect(first).toMatchObject({ status: "imported", state: "draft" });
    const after = await contentCounts(t.store);
    expect(after["article_translations"]).toBe((before["article_translations"] ?? 0) + 1);
    // The teasers are not items: only one article was written.
    expect(after["articles"]).toBe((before["articles"] ?? 0) + 1);

    // Saved again with Windows line endings: still the same page.
    const copy = join(dir, "copy.txt");
    const { readFileSync } = await import("node:fs");
    writeFileSync(copy, readFileSync(SEED, "utf8").replace(/\n/g, "\r\n"));
    const again = await run([SEED, copy]);
    expect(again.map((o) => o.status)).toEqual(["unchanged", "unchanged"]);
    expect(await contentCounts(t.store)).toEqual(after);
  });

  it("publishes with --publish --date when the page gives no year, with signature and people", async () => {
    const [outcome] = await run([SEED], { publish: true, fallbackDate: "2022-09-20" });
    if (outcome?.status !== "imported") throw new Error(JSON.stringify(outcome));
    const section = await t.store.db
      .selectFrom("section_translations")
      .select("section_id")
      .where("lang", "=", "en")
      .where("path", "=", "news/news_odkb")
      .executeTakeFirstOrThrow();
    const article = await findPublishedBySlug(t.store.db, "en", section.section_id, outcome.slug);
    expect(article?.publishedAt).toBe("2022-09-20T12:00:00.000Z");
    expect(article?.signatureText).toBe("The CSTO Press Secretary Vladimir Zaynetdinov");
    expect(article?.bodyHtml.match(/<p>/g)).toHaveLength(4);
    const people = await t.store.db
      .selectFrom("article_people")
      .innerJoin("people", "people.id", "article_people.person_id")
      .select("people.slug")
      .where("article_id", "=", outcome.articleId)
      .execute();
    expect(people.map((p) => p.slug).sort()).toEqual([
      "anatoly-sidorov",
      "stanislav-zas",
      "vladimir-zaynetdinov",
    ]);
  });

  it("refuses to publish a page with no date and no --date, and writes nothing", async () => {
    const before = await contentCounts(t.store);
    const [outcome] = await run([SEED], { publish: true });
    expect(outcome).toMatchObject({ status: "failed", code: "validation_failed" });
    expect(outcome?.status === "failed" && outcome.reason).toContain("--date");
    expect(await contentCounts(t.store)).toEqual(before);
  });

  it("reports an unparseable file by name and reason, writes nothing for it, and imports the others", async () => {
    const broken = join(dir, "broken.txt");
    writeFileSync(broken, "Just one line, no article here.\n");
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]));
    const before = await contentCounts(t.store);
    const outcomes: FileOutcome[] = await run([broken, SEED, binary, join(dir, "missing.txt")]);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      [broken, "failed"],
      [SEED, "imported"],
      [binary, "failed"],
      [join(dir, "missing.txt"), "failed"],
    ]);
    expect(outcomes[0]).toMatchObject({
      code: "import_unparseable",
      reason: "no indented body paragraphs found",
    });
    expect(outcomes[2]).toMatchObject({ code: "import_unparseable", reason: "the file is not UTF-8 text" });
    const after = await contentCounts(t.store);
    expect(after["article_translations"]).toBe((before["article_translations"] ?? 0) + 1);
  });

  it("refuses a page whose slug another item already uses, and writes nothing for it", async () => {
    const section = await t.store.db
      .selectFrom("section_translations")
      .select("section_id")
      .where("lang", "=", "en")
      .where("path", "=", "news/news_odkb")
      .executeTakeFirstOrThrow();
    const { readFileSync } = await import("node:fs");
    const title =
      readFileSync(SEED, "utf8")
        .split("\n")
        .find((line) => line.startsWith(MISSION_TITLE)) ?? "";
    await makeArticle(t.store, section.section_id, "2022-09-21T10:00:00.000Z", { en: title });
    const before = await contentCounts(t.store);
    const [outcome] = await run([SEED]);
    expect(outcome).toMatchObject({ status: "failed", code: "slug_taken" });
    expect(await contentCounts(t.store)).toEqual(before);
  });

  it("refuses an unknown section and a malformed --date before writing anything", async () => {
    const before = await contentCounts(t.store);
    const [outcome] = await importPages(ctx(), {
      paths: [SEED],
      dryRun: false,
      publish: false,
      sectionPath: "nowhere",
    });
    expect(outcome).toMatchObject({ status: "failed", code: "validation_failed" });
    await expect(run([SEED], { publish: true, fallbackDate: "20.09.2022" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(await contentCounts(t.store)).toEqual(before);
  });
});
