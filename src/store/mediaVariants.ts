import { announceMediaChange } from "./mediaChanges.js";
import { inTransaction } from "./database.js";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * The variant job's bookkeeping. An image's `variants_ready_at` is null until a worker claims it; the claim
 * writes the claim's time there, and finishing overwrites it with the time the variants were stored. A claim
 * whose worker died leaves a time and no variant rows; once older than the lease, another worker may take it.
 */
export interface VariantWork {
  mediaId: number;
  sha256: string;
  storageKey: string;
  /** The claim being replaced: null for new work, the old claim's time for abandoned work. */
  previousClaim: string | null;
}

export interface NewVariant {
  format: string;
  width: number;
  height: number;
  size: number;
  storageKey: string;
}

/** Images waiting for variants, oldest first, including claims made before `staleBefore` and never finished. */
export async function findVariantWork(
  db: Kysely<Database>,
  staleBefore: string,
  limit: number,
): Promise<VariantWork[]> {
  const rows = await db
    .selectFrom("media")
    .select(["id", "sha256", "storage_key", "variants_ready_at"])
    .where("kind", "=", "image")
    .where((eb) =>
      eb.or([
        eb("variants_ready_at", "is", null),
        eb.and([
          eb("variants_ready_at", "<", staleBefore),
          eb.not(
            eb.exists(
              eb
                .selectFrom("media_variants")
                .select("media_variants.id")
                .whereRef("media_id", "=", "media.id"),
            ),
          ),
        ]),
      ]),
    )
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    mediaId: r.id,
    sha256: r.sha256,
    storageKey: r.storage_key,
    previousClaim: r.variants_ready_at,
  }));
}

/**
 * Claims one image with a conditional update: it succeeds only while the row still holds what the worker
 * saw, so of two workers racing for it exactly one wins.
 */
export async function claimVariantWork(
  db: Kysely<Database>,
  work: VariantWork,
  claim: string,
): Promise<boolean> {
  const previous = work.previousClaim;
  const result = await db
    .updateTable("media")
    .set({ variants_ready_at: claim })
    .where("id", "=", work.mediaId)
    .where((eb) =>
      previous === null ? eb("variants_ready_at", "is", null) : eb("variants_ready_at", "=", previous),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom("media_variants").select("media_variants.id").whereRef("media_id", "=", "media.id"),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

class LostClaim extends Error {}

/**
 * Records the variants and marks the image ready, in one transaction, if the claim is still this worker's.
 * Answers false (and writes nothing) when another worker took the work over meanwhile.
 */
export async function finishVariantWork(
  db: Kysely<Database>,
  mediaId: number,
  claim: string,
  readyAt: string,
  variants: readonly NewVariant[],
): Promise<boolean> {
  try {
    await inTransaction(db, async (trx) => {
      const result = await trx
        .updateTable("media")
        .set({ variants_ready_at: readyAt })
        .where("id", "=", mediaId)
        .where("variants_ready_at", "=", claim)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new LostClaim();
      await announceMediaChange(trx, mediaId);
      await trx
        .insertInto("media_variants")
        .values(
          variants.map((v) => ({
            media_id: mediaId,
            format: v.format,
            width: v.width,
            height: v.height,
            size: v.size,
            storage_key: v.storageKey,
          })),
        )
        .execute();
    });
    return true;
  } catch (error) {
    if (error instanceof LostClaim) return false;
    throw error;
  }
}
