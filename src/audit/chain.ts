import { createHash } from "node:crypto";

/** The hash every chain starts from. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields an audit entry's hash covers, in a fixed order. */
export interface AuditFields {
  id: number;
  at: string;
  actorId: number | null;
  actorLabel: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: string;
  ip: string | null;
  prevHash: string;
}

/**
 * The entry's hash: SHA-256 over the previous hash and the entry's own fields, JSON-encoded as an array so that
 * no field can bleed into the next. Changing, inserting or deleting any entry breaks every hash after it.
 */
export function entryHash(fields: AuditFields): string {
  const canonical = JSON.stringify([
    fields.prevHash,
    fields.id,
    fields.at,
    fields.actorId,
    fields.actorLabel,
    fields.action,
    fields.subjectType,
    fields.subjectId,
    fields.details,
    fields.ip,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
