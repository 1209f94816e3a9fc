import type { Kysely } from "kysely";
import { AppError } from "../../lib/errors.js";
import type { Database } from "../../store/schema.js";
import { findTranslation, userNames } from "../../store/translations.js";

/** The text fields of a translation, as the editor shows them. */
export interface TranslationText {
  title: string;
  lead: string;
  bodyHtml: string;
  slug: string;
  place: string | null;
  signatureText: string | null;
}

/**
 * What a 409 "conflict" carries in `details`: the version that is stored now (someone else's save) and the
 * text that was sent, so that the editor can show both and nothing is lost.
 */
export interface ConflictDetails {
  translationId: number;
  /** The version the refused save was based on. */
  baseVersion: number;
  current: TranslationText & {
    version: number;
    state: string;
    updatedAt: string;
    updatedBy: { id: number; name: string | null } | null;
  };
  /** The fields that were sent, with the body as it would have been stored (sanitized). */
  submitted: Partial<TranslationText>;
}

/** Builds the conflict error from the translation as committed now. */
export async function conflictError(
  db: Kysely<Database>,
  translationId: number,
  baseVersion: number,
  submitted: Partial<TranslationText>,
): Promise<AppError> {
  const row = await findTranslation(db, translationId);
  if (!row) return new AppError("not_found", `Translation ${translationId} does not exist`);
  const names = await userNames(db, row.updated_by === null ? [] : [row.updated_by]);
  const details: ConflictDetails = {
    translationId,
    baseVersion,
    current: {
      version: row.version,
      state: row.state,
      title: row.title,
      lead: row.lead,
      bodyHtml: row.body_html,
      slug: row.slug,
      place: row.place,
      signatureText: row.signature_text,
      updatedAt: row.updated_at,
      updatedBy:
        row.updated_by === null ? null : { id: row.updated_by, name: names.get(row.updated_by) ?? null },
    },
    submitted,
  };
  return new AppError(
    "conflict",
    `Someone else saved this translation (now version ${row.version}) after you opened version ${baseVersion}`,
    { ...details },
  );
}

/** Reads the typed details back from a conflict error (for the editor and tests). */
export function conflictDetailsOf(error: AppError): ConflictDetails | undefined {
  if (error.code !== "conflict" || !error.details) return undefined;
  const { translationId, baseVersion, current, submitted } = error.details;
  if (typeof translationId !== "number" || typeof baseVersion !== "number") return undefined;
  if (!isRecord(current) || !isRecord(submitted)) return undefined;
  const text = (record: Record<string, unknown>, key: string): string =>
    typeof record[key] === "string" ? record[key] : "";
  const maybe = (record: Record<string, unknown>, key: string): string | null =>
    typeof record[key] === "string" ? record[key] : null;
  const updatedBy = isRecord(current["updatedBy"]) ? current["updatedBy"] : null;
  const sent: Partial<TranslationText> = {};
  for (const key of ["title", "lead", "bodyHtml", "slug"] as const) {
    const value = submitted[key];
    if (typeof value === "string") sent[key] = value;
  }
  for (const key of ["place", "signatureText"] as const) {
    const value = submitted[key];
    if (typeof value === "string" || value === null) sent[key] = value;
  }
  return {
    translationId,
    baseVersion,
    current: {
      version: typeof current["version"] === "number" ? current["version"] : 0,
      state: text(current, "state"),
      title: text(current, "title"),
      lead: text(current, "lead"),
      bodyHtml: text(current, "bodyHtml"),
      slug: text(current, "slug"),
      place: maybe(current, "place"),
      signatureText: maybe(current, "signatureText"),
      updatedAt: text(current, "updatedAt"),
      updatedBy:
        updatedBy && typeof updatedBy["id"] === "number"
          ? { id: updatedBy["id"], name: maybe(updatedBy, "name") }
          : null,
    },
    submitted: sent,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
