import { can, type Role } from "../../domain/roles.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import type { MediaStorage } from "../../media/storage.js";
import type { Store } from "../../store/database.js";

/** Upload size limits by kind, from the config. */
export interface MediaLimits {
  maxImageBytes: number;
  maxAttachmentBytes: number;
}

/** Who acts on media, as the audit log records them. With a role, the command checks it may. */
export interface MediaActor {
  id: number | null;
  label: string;
  role?: Role | undefined;
  ip?: string | undefined;
}

/** What media commands need. */
export interface MediaContext {
  store: Store;
  storage: MediaStorage;
  limits: MediaLimits;
  /** The site's languages: alt text is kept in these. */
  languages: readonly string[];
  clock?: Clock | undefined;
}

/** Media is handled by anyone who may upload it; the route checks too, and so does this, for every caller. */
export function requireMediaPermission(actor: MediaActor): void {
  if (actor.role !== undefined && !can(actor.role, "media.upload")) {
    throw new AppError("forbidden", "Your role does not allow working with media", {
      reason: "forbidden",
      permission: "media.upload",
    });
  }
}
