import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { addUser, CLI_ACTOR } from "../../src/commands/users.js";
import { attachMedia } from "../../src/commands/media/attachments.js";
import { uploadMedia } from "../../src/commands/media/uploadMedia.js";
import { changeSettings } from "../../src/commands/settings.js";
import { loadDemo } from "../../src/commands/loadDemo.js";
import { demoContent } from "../../src/demo/content.js";
import { LocalDirectoryStorage } from "../../src/media/storage.js";
import type { Store } from "../../src/store/database.js";
import { TarReader } from "../../src/archive/tar.js";
import { ARCHIVED_TABLES } from "../../src/archive/tables.js";
import { countRows } from "../../src/archive/insertRows.js";
import { contextFor, FakeClock, makeTeam, newDraft, walk } from "../editorial/helpers.js";
import { makeJpeg } from "../media/files.js";
import { LANGUAGES } from "../helpers/content.js";

/** What the round trip must carry: the demo plus accounts, a workflow with revisions, media and settings. */
export interface RichSite {
  articleId: number;
  slugs: { en: string; ru: string };
  mediaKey: string;
}

/**
 * Fills an empty store with a site that uses every archived table a real one would: the bilingual demo (people
 * with translations, aliases and posts), a user with a real argon2 hash, a team that drafts, reviews and
 * publishes an item in both languages (revisions, audit entries), an uploaded JPEG attached to it with alt text,
 * and a changed setting.
 */
export async function buildRichSite(store: Store, mediaDir: string): Promise<RichSite> {
  const clock = new FakeClock("2030-08-01T09:00:00.000Z");
  await loadDemo({ store, languages: LANGUAGES }, demoContent, { reset: false });
  await addUser({ store, clock }, CLI_ACTOR, {
    email: "chief@example.org",
    displayName: "Главный редактор",
    role: "administrator",
    password: "correct horse battery staple",
  });
  const team = await makeTeam(store);
  const section = await store.db
    .selectFrom("section_translations")
    .select("section_id")
    .where("lang", "=", "en")
    .where("path", "=", "news")
    .executeTakeFirstOrThrow();
  const ctx = (actor: Parameters<typeof contextFor>[1]) => contextFor(store, actor, clock);
  const draft = await newDraft(ctx(team.correspondent), section.section_id, "Archive round trip");
  for (const translationId of [draft.en, draft.ru]) {
    await walk(ctx, translationId, [
      [team.correspondent, "submit"],
      [team.editor, "approve"],
      [team.publisher, "publish"],
    ]);
  }
  const storage = new LocalDirectoryStorage(mediaDir);
  const uploaded = await uploadMedia(
    { store, storage, limits: { maxImageBytes: 1e7, maxAttachmentBytes: 1e7 }, languages: LANGUAGES, clock },
    {
      bytes: await makeJpeg(64, 48),
      fileName: "фото.jpg",
      actor: { id: team.editor.id, label: team.editor.label },
    },
  );
  await store.db
    .insertInto("media_alt")
    .values([
      { media_id: uploaded.media.id, lang: "en", alt: "A red square" },
      { media_id: uploaded.media.id, lang: "ru", alt: "Красный квадрат" },
    ])
    .execute();
  await attachMedia(
    { store },
    {
      articleId: draft.articleId,
      mediaId: uploaded.media.id,
      role: "image",
      actor: { id: team.editor.id, label: "e" },
    },
  );
  await changeSettings({ store, clock }, CLI_ACTOR, { authorMayNotApprove: true });
  const slugs = await store.db
    .selectFrom("article_translations")
    .select(["lang", "slug"])
    .where("article_id", "=", draft.articleId)
    .execute();
  const slugOf = (lang: string) => slugs.find((s) => s.lang === lang)?.slug ?? "";
  return {
    articleId: draft.articleId,
    slugs: { en: slugOf("en"), ru: slugOf("ru") },
    mediaKey: uploaded.media.storageKey,
  };
}

/** Path → SHA-256 of every file in an archive except the manifest (which carries its own creation time). */
export function contentChecksums(archive: string): Record<string, string> {
  const reader = TarReader.open(archive);
  try {
    const sums: Record<string, string> = {};
    for (const entry of reader.entries.values()) {
      if (entry.name !== "manifest.json") sums[entry.name] = reader.sha256(entry);
    }
    return sums;
  } finally {
    reader.close();
  }
}

/** Row counts of every archived table plus the files in the media directory: "nothing was written". */
export async function targetState(
  store: Store,
  mediaDir: string,
): Promise<Record<string, number | string[]>> {
  const state: Record<string, number | string[]> = {};
  for (const table of ARCHIVED_TABLES) state[table.name] = await countRows(store.db, table.name);
  let files: string[] = [];
  try {
    files = readdirSync(mediaDir).sort();
  } catch {
    files = [];
  }
  state["media files"] = files;
  return state;
}

export function sha256OfFile(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function mediaPath(mediaDir: string, key: string): string {
  return join(mediaDir, ...key.split("/"));
}
