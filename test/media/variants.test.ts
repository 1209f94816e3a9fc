import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { uploadMedia } from "../../src/commands/media/uploadMedia.js";
import { processPendingVariants } from "../../src/jobs/mediaVariants.js";
import { DIALECTS } from "../helpers/stores.js";
import { makeJpeg, makePng } from "./files.js";
import { createMediaSite, storedFiles, type MediaSite } from "./support.js";

describe.each(DIALECTS)("image variants on %s", (dialect) => {
  let site: MediaSite;
  beforeEach(async () => {
    site = await createMediaSite(dialect);
  });
  afterEach(async () => {
    await site.destroy();
  });

  const jobContext = () => ({ store: site.testStore.store, storage: site.storage });
  const variantsOf = (mediaId: number) =>
    site.testStore.store.db
      .selectFrom("media_variants")
      .selectAll()
      .where("media_id", "=", mediaId)
      .orderBy("width")
      .orderBy("format")
      .execute();

  it("makes WebP and JPEG at every width up to the original, upright and without metadata", async () => {
    const { media } = await uploadMedia(site.ctx, {
      bytes: await makeJpeg(1200, 800, 6), // shown as 800×1200
      fileName: "photo.jpg",
      actor: site.actor,
    });
    const result = await processPendingVariants(jobContext());
    expect(result).toEqual({ done: [media.id], failed: [] });

    const rows = await variantsOf(media.id);
    expect(rows.map((r) => `${r.format} ${r.width}×${r.height}`)).toEqual([
      "jpeg 480×720",
      "webp 480×720",
      "jpeg 800×1200",
      "webp 800×1200",
    ]);
    for (const row of rows) {
      const object = await site.storage.get(row.storage_key);
      expect(object?.size, row.storage_key).toBe(row.size);
      const meta = await sharp(await object?.bytes()).metadata();
      expect(meta.format).toBe(row.format);
      expect([meta.width, meta.height]).toEqual([row.width, row.height]);
      expect(meta.exif, "EXIF (camera, GPS) is stripped").toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(row.storage_key).toMatch(new RegExp(`^${media.sha256}-v1-w${row.width}\\.(jpg|webp)$`));
    }
    const ready = await site.testStore.store.db
      .selectFrom("media")
      .select("variants_ready_at")
      .where("id", "=", media.id)
      .executeTakeFirstOrThrow();
    expect(ready.variants_ready_at).not.toBeNull();
    expect(await processPendingVariants(jobContext())).toEqual({ done: [], failed: [] });
  });

  it("never enlarges a small image, and turns transparency white in the JPEG", async () => {
    const { media } = await uploadMedia(site.ctx, {
      bytes: await makePng(300, 150),
      fileName: "logo.png",
      actor: site.actor,
    });
    await processPendingVariants(jobContext());
    const rows = await variantsOf(media.id);
    expect(rows.map((r) => [r.format, r.width, r.height])).toEqual([
      ["jpeg", 300, 150],
      ["webp", 300, 150],
    ]);
    const jpeg = rows.find((r) => r.format === "jpeg");
    const pixel = await sharp(await (await site.storage.get(jpeg?.storage_key ?? ""))?.bytes())
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer();
    // Half-transparent blue over white.
    expect(pixel[0]).toBeGreaterThan(120);
    expect(pixel[2]).toBeGreaterThan(200);
  });

  it("does the work once when run twice at the same time", async () => {
    const ids: number[] = [];
    for (const [w, h] of [
      [1000, 600],
      [700, 700],
      [2000, 1000],
    ] as const) {
      ids.push(
        (await uploadMedia(site.ctx, { bytes: await makeJpeg(w, h), fileName: "x.jpg", actor: site.actor }))
          .media.id,
      );
    }
    const [a, b] = await Promise.all([
      processPendingVariants(jobContext()),
      processPendingVariants(jobContext()),
    ]);
    expect([...a.done, ...b.done].sort((x, y) => x - y)).toEqual(ids);
    expect([...a.failed, ...b.failed]).toEqual([]);
    const counts = await Promise.all(ids.map(async (id) => (await variantsOf(id)).length));
    expect(counts).toEqual([6, 4, 6]);
    const variantFiles = storedFiles(site).filter((f) => f.includes("-w"));
    expect(variantFiles).toHaveLength(16);
  });

  it("takes over an image whose worker died, once its claim is stale", async () => {
    const { media } = await uploadMedia(site.ctx, {
      bytes: await makeJpeg(600, 400),
      fileName: "x.jpg",
      actor: site.actor,
    });
    // A worker claimed it an hour ago and never finished.
    await site.testStore.store.db
      .updateTable("media")
      .set({ variants_ready_at: new Date(Date.now() - 3_600_000).toISOString() })
      .where("id", "=", media.id)
      .execute();
    expect(await processPendingVariants({ ...jobContext(), leaseMs: 2 * 3_600_000 })).toEqual({
      done: [],
      failed: [],
    });
    expect(await processPendingVariants(jobContext())).toEqual({ done: [media.id], failed: [] });
    expect(await variantsOf(media.id)).toHaveLength(4);
  });

  it("runs right after an upload through the in-process queue", async () => {
    const { media } = await uploadMedia(site.ctx, {
      bytes: await makeJpeg(500, 500),
      fileName: "x.jpg",
      actor: site.actor,
    });
    site.media.variants.schedule();
    site.media.variants.schedule();
    await site.media.variants.idle();
    expect(await variantsOf(media.id)).toHaveLength(4);
  });

  it("reports an image whose original is missing, and retries it only after the lease", async () => {
    const { media } = await uploadMedia(site.ctx, {
      bytes: await makeJpeg(500, 300),
      fileName: "x.jpg",
      actor: site.actor,
    });
    await site.storage.delete(media.storageKey);
    expect(await processPendingVariants(jobContext())).toEqual({ done: [], failed: [media.id] });
    expect(await processPendingVariants(jobContext())).toEqual({ done: [], failed: [] });
    expect(await processPendingVariants({ ...jobContext(), leaseMs: -1 })).toEqual({
      done: [],
      failed: [media.id],
    });
  });
});
