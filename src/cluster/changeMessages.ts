import { z } from "zod";
import type { ContentChange } from "../store/contentChanges.js";

/** The PostgreSQL notification channel every node sends its committed content changes on. */
export const CHANGES_CHANNEL = "pressroom_changes";

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. A change too large to name article by article
 * (a bulk import, say) is sent as "drop everything", which is always correct, only less precise.
 */
const MAX_PAYLOAD_BYTES = 7900;

/** A change as it travels between nodes: the change itself, and the node that made it. */
export interface ChangeMessage {
  /** The sending node's id, so that a node can skip its own messages (it applied them locally already). */
  node: string;
  change: ContentChange;
}

const messageSchema = z.object({
  node: z.string(),
  articleIds: z.array(z.number().int()).default([]),
  listLangs: z.array(z.string()).default([]),
  everything: z.boolean().default(false),
});

/** The notification payload for a change: compact JSON, under PostgreSQL's limit. */
export function encodeChange(node: string, change: ContentChange): string {
  const full = JSON.stringify({ node, ...change });
  if (Buffer.byteLength(full, "utf8") <= MAX_PAYLOAD_BYTES) return full;
  return JSON.stringify({ node, articleIds: [], listLangs: [], everything: true });
}

/**
 * Reads a notification payload. Anything unreadable (a newer or older node's format, a hand-sent NOTIFY) is
 * taken as "drop everything": an unnecessary re-render costs little, a stale page is the failure to avoid.
 */
export function decodeChange(payload: string | undefined): ChangeMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload ?? "");
  } catch {
    parsed = undefined;
  }
  const result = messageSchema.safeParse(parsed);
  if (!result.success) return { node: "", change: { articleIds: [], listLangs: [], everything: true } };
  const { node, ...change } = result.data;
  return { node, change };
}
