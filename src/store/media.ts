import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A media row as commands see it. */
export interface MediaRecord {
  id: number;
  /** "image" or "attachment" */
  kind: string;
  originalName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  width: number | null;
  height: number | null;
  variantsReadyAt: string | null;
  createdBy: number | null;
  createdAt: string;
}

export interface NewMedia {
  kind: string;
  originalName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  width: number | null;
  height: number | null;
  variantsReadyAt: string | null;
  createdBy: number | null;
  createdAt: string;
}

function toRecord(row: {
  id: number;
  kind: string;
  original_name: string;
  content_type: string;
  size: number | string;
  sha256: string;
  storage_key: string;
  width: number | null;
  height: number | null;
  variants_ready_at: string | null;
  created_by: number | null;
  created_at: string;
}): MediaRecord {
  return {
    id: row.id,
    kind: row.kind,
    originalName: row.original_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    storageKey: row.storage_key,
    width: row.width,
    height: row.height,
    variantsReadyAt: row.variants_ready_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export async function insertMedia(db: Kysely<Database>, media: NewMedia): Promise<number> {
  const row = await db
    .insertInto("media")
    .values({
      kind: media.kind,
      original_name: media.originalName,
      content_type: media.contentType,
      size: media.size,
      sha256: media.sha256,
      storage_key: media.storageKey,
      width: media.width,
      height: media.height,
      variants_ready_at: media.variantsReadyAt,
      created_by: media.createdBy,
      created_at: media.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findMedia(db: Kysely<Database>, id: number): Promise<MediaRecord | undefined> {
  const row = await db.selectFrom("media").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRecord(row);
}

/** The media whose original is this file; keys are derived from content, so one per content. */
export async function findMediaByKey(db: Kysely<Database>, key: string): Promise<MediaRecord | undefined> {
  const row = await db.selectFrom("media").selectAll().where("storage_key", "=", key).executeTakeFirst();
  return row && toRecord(row);
}

/** Whether any row still names this file, as an original or a variant: then it must not be deleted. */
export async function isKeyInUse(db: Kysely<Database>, key: string): Promise<boolean> {
  const original = await db
    .selectFrom("media")
    .select("id")
    .where("storage_key", "=", key)
    .executeTakeFirst();
  if (original) return true;
  const variant = await db
    .selectFrom("media_variants")
    .select("id")
    .where("storage_key", "=", key)
    .executeTakeFirst();
  return variant !== undefined;
}

export async function deleteMediaRow(db: Kysely<Database>, id: number): Promise<void> {
  // Alt texts and variants go with it (ON DELETE CASCADE); attachments to articles block it (RESTRICT).
  await db.deleteFrom("media").where("id", "=", id).execute();
}

/** Alt texts by language. */
export async function altTexts(db: Kysely<Database>, mediaId: number): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom("media_alt")
    .select(["lang", "alt"])
    .where("media_id", "=", mediaId)
    .orderBy("lang")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.lang, r.alt]));
}

export async function upsertAlt(
  db: Kysely<Database>,
  mediaId: number,
  lang: string,
  alt: string,
): Promise<void> {
  await db
    .insertInto("media_alt")
    .values({ media_id: mediaId, lang, alt })
    .onConflict((oc) => oc.columns(["media_id", "lang"]).doUpdateSet({ alt }))
    .execute();
}

export async function deleteAlt(db: Kysely<Database>, mediaId: number, lang: string): Promise<void> {
  await db.deleteFrom("media_alt").where("media_id", "=", mediaId).where("lang", "=", lang).execute();
}

/** Articles that use this media, by id. */
export async function articlesUsing(db: Kysely<Database>, mediaId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("article_media")
    .select("article_id")
    .where("media_id", "=", mediaId)
    .orderBy("article_id")
    .execute();
  return rows.map((r) => r.article_id);
}

export async function articleExists(db: Kysely<Database>, articleId: number): Promise<boolean> {
  const row = await db.selectFrom("articles").select("id").where("id", "=", articleId).executeTakeFirst();
  return row !== undefined;
}

/** Attaches at the end of the article's list, or changes the role of an existing attachment. */
export async function attach(
  db: Kysely<Database>,
  link: { articleId: number; mediaId: number; role: string },
): Promise<void> {
  const last = await db
    .selectFrom("article_media")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("article_id", "=", link.articleId)
    .executeTakeFirst();
  const position = last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
  await db
    .insertInto("article_media")
    .values({ article_id: link.articleId, media_id: link.mediaId, role: link.role, position })
    .onConflict((oc) => oc.columns(["article_id", "media_id"]).doUpdateSet({ role: link.role }))
    .execute();
}

/** Whether there was such an attachment to remove. */
export async function detach(db: Kysely<Database>, articleId: number, mediaId: number): Promise<boolean> {
  const result = await db
    .deleteFrom("article_media")
    .where("article_id", "=", articleId)
    .where("media_id", "=", mediaId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function variantKeysOf(db: Kysely<Database>, mediaId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("media_variants")
    .select("storage_key")
    .where("media_id", "=", mediaId)
    .execute();
  return rows.map((r) => r.storage_key);
}

/**
 * The languages, of those given, in which some image of the article has no alt text. Publishing in such a
 * language is refused: an image without a description shuts out readers who cannot see it.
 */
export async function missingAltLanguages(
  db: Kysely<Database>,
  articleId: number,
  langs: readonly string[],
): Promise<string[]> {
  if (langs.length === 0) return [];
  const images = await db
    .selectFrom("article_media")
    .select("media_id")
    .where("article_id", "=", articleId)
    .where("role", "=", "image")
    .execute();
  if (images.length === 0) return [];
  const described = await db
    .selectFrom("media_alt")
    .select(["media_id", "lang"])
    .where(
      "media_id",
      "in",
      images.map((i) => i.media_id),
    )
    .where("lang", "in", [...langs])
    .where("alt", "<>", "")
    .execute();
  return langs.filter(
    (lang) => !images.every((i) => described.some((d) => d.media_id === i.media_id && d.lang === lang)),
  );
}

/** What the public media route needs to answer for one stored file, or undefined when it is not public. */
export interface ServableMedia {
  contentType: string;
  size: number;
  /** Set for attachments: the name the download is saved under. */
  downloadName: string | undefined;
}

/**
 * Public files are image variants and attachments. An image's original is never served: it still carries
 * the camera's metadata, GPS position included, which the variants are stripped of.
 */
export async function findServable(db: Kysely<Database>, key: string): Promise<ServableMedia | undefined> {
  const attachment = await db
    .selectFrom("media")
    .select(["content_type", "size", "original_name"])
    .where("storage_key", "=", key)
    .where("kind", "=", "attachment")
    .executeTakeFirst();
  if (attachment) {
    return {
      contentType: attachment.content_type,
      size: Number(attachment.size),
      downloadName: attachment.original_name,
    };
  }
  const variant = await db
    .selectFrom("media_variants")
    .select(["format", "size"])
    .where("storage_key", "=", key)
    .executeTakeFirst();
  if (!variant) return undefined;
  return {
    contentType: variant.format === "webp" ? "image/webp" : "image/jpeg",
    size: Number(variant.size),
    downloadName: undefined,
  };
}

/** A file attached to an article, as the editor's media panel lists it. */
export interface AttachedMedia {
  media: MediaRecord;
  /** "image" or "attachment" */
  role: string;
  alt: Record<string, string>;
  /** The image's variants, once made; smallest first. Empty for documents and for images still processing. */
  variants: { format: string; width: number; height: number; storageKey: string }[];
}

/** The files attached to an article, in their order, with alt texts and variants. */
export async function listAttachedMedia(db: Kysely<Database>, articleId: number): Promise<AttachedMedia[]> {
  const rows = await db
    .selectFrom("article_media as am")
    .innerJoin("media as m", "m.id", "am.media_id")
    .selectAll("m")
    .select("am.role")
    .where("am.article_id", "=", articleId)
    .orderBy("am.position")
    .orderBy("m.id")
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [alts, variants] = await Promise.all([
    db.selectFrom("media_alt").select(["media_id", "lang", "alt"]).where("media_id", "in", ids).execute(),
    db
      .selectFrom("media_variants")
      .select(["media_id", "format", "width", "height", "storage_key"])
      .where("media_id", "in", ids)
      .orderBy("width")
      .execute(),
  ]);
  return rows.map((row) => ({
    media: toRecord(row),
    role: row.role,
    alt: Object.fromEntries(alts.filter((a) => a.media_id === row.id).map((a) => [a.lang, a.alt])),
    variants: variants
      .filter((v) => v.media_id === row.id)
      .map((v) => ({ format: v.format, width: v.width, height: v.height, storageKey: v.storage_key })),
  }));
}
