import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { MAX_ALT_LENGTH, setAltText } from "../../commands/media/altText.js";
import type { MediaActor, MediaContext } from "../../commands/media/context.js";
import { uploadMedia } from "../../commands/media/uploadMedia.js";
import { AppError } from "../../lib/errors.js";
import { formatFileSize } from "../../media/sizes.js";
import { createMediaRuntime, type MediaRuntime } from "../../media/runtime.js";
import { altTexts, findMedia, variantKeysOf, type MediaRecord } from "../../store/media.js";
import { requirePermission } from "../admin/auth/middleware.js";
import type { AdminDeps, AdminEnv } from "../admin/context.js";

/** The back office's dependencies, plus this node's media runtime (made from the config when absent). */
export interface MediaAdminDeps extends AdminDeps {
  media?: MediaRuntime | undefined;
}

/** Room for the multipart envelope and a few text fields around the largest file allowed. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * The back office's media endpoints, answering JSON, for users with the `media.upload` permission. Mount
 * under `/admin/media`, behind the session and CSRF middleware (a big upload sends its token in the
 * X-CSRF-Token header):
 * - `POST /` (multipart: `file`, optional `alt_<lang>`) uploads; 201 with the new media, 200 for a file
 *   that was already there;
 * - `POST /:id/alt` (form or JSON: `lang`, `alt`) sets or clears one language's alt text.
 */
export function mediaAdminRoutes(deps: MediaAdminDeps): Hono<AdminEnv> {
  const media = deps.media ?? createMediaRuntime(deps);
  const ctx: MediaContext = {
    store: deps.store,
    storage: media.storage,
    limits: media.limits,
    languages: deps.config.languages,
    clock: deps.clock,
  };
  const largest = Math.max(media.limits.maxImageBytes, media.limits.maxAttachmentBytes);
  const app = new Hono<AdminEnv>();
  app.use("*", requirePermission("media.upload"));

  app.post(
    "/",
    bodyLimit({
      maxSize: largest + MULTIPART_SLACK,
      onError: () => {
        throw new AppError(
          "validation_failed",
          `The upload is too large: files may be at most ${formatFileSize(largest, "en")}.`,
          { reason: "too_large", limit: largest },
        );
      },
    }),
    async (c) => {
      const actor = actorFrom(c);
      const form = await c.req.parseBody();
      const file = form["file"];
      if (!(file instanceof File)) {
        throw new AppError("validation_failed", 'Choose a file to upload (form field "file").', {
          field: "file",
        });
      }
      const alts = altFields(form, deps.config.languages);
      const { media: uploaded, deduplicated } = await uploadMedia(ctx, {
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
        actor,
      });
      if (uploaded.kind === "image") {
        for (const [lang, alt] of alts) await setAltText(ctx, { mediaId: uploaded.id, lang, alt, actor });
      }
      if (uploaded.kind === "image" && uploaded.variantsReadyAt === null) media.variants.schedule();
      const body = { media: await present(ctx, uploaded), deduplicated };
      return c.json(body, deduplicated ? 200 : 201);
    },
  );

  app.post("/:id{[0-9]+}/alt", async (c) => {
    const actor = actorFrom(c);
    const fields = await readFields(c);
    const lang = fields["lang"];
    const alt = fields["alt"];
    if (typeof lang !== "string" || typeof alt !== "string") {
      throw new AppError("validation_failed", 'Give the language ("lang") and the text ("alt").', {
        fields: ["lang", "alt"],
      });
    }
    const mediaId = Number(c.req.param("id"));
    await setAltText(ctx, { mediaId, lang, alt, actor });
    const record = await findMedia(deps.store.db, mediaId);
    if (!record) throw new AppError("not_found", `There is no media ${mediaId}`);
    return c.json({ media: await present(ctx, record) });
  });

  return app;
}

/** Alt texts sent with an upload, checked before anything is stored. */
function altFields(form: Record<string, unknown>, languages: readonly string[]): [string, string][] {
  const alts: [string, string][] = [];
  for (const lang of languages) {
    const alt = form[`alt_${lang}`];
    if (typeof alt !== "string" || alt.trim() === "") continue;
    if (Array.from(alt.trim()).length > MAX_ALT_LENGTH) {
      throw new AppError(
        "validation_failed",
        `The ${lang} alt text is longer than ${MAX_ALT_LENGTH} characters.`,
        {
          field: `alt_${lang}`,
          max: MAX_ALT_LENGTH,
        },
      );
    }
    alts.push([lang, alt]);
  }
  return alts;
}

function actorFrom(c: Context<AdminEnv>): MediaActor {
  const user = c.get("user");
  if (!user) throw new AppError("unauthorized", "Sign in to work with media");
  return { id: user.id, label: user.email, role: user.role, ip: c.get("clientIp") };
}

async function readFields(c: Context<AdminEnv>): Promise<Record<string, unknown>> {
  if ((c.req.header("content-type") ?? "").startsWith("application/json")) {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new AppError("bad_request", "The request body is not a JSON object");
    }
    return Object.fromEntries(Object.entries(body));
  }
  return c.req.parseBody();
}

/** The media as the back office's scripts see it. */
export interface MediaJson {
  id: number;
  kind: string;
  name: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  variantsReady: boolean;
  /** Attachments only: images are served as variants, once made. */
  url: string | null;
  alt: Record<string, string>;
}

async function present(ctx: MediaContext, media: MediaRecord): Promise<MediaJson> {
  return {
    id: media.id,
    kind: media.kind,
    name: media.originalName,
    contentType: media.contentType,
    size: media.size,
    width: media.width,
    height: media.height,
    variantsReady: media.kind !== "image" || (await variantKeysOf(ctx.store.db, media.id)).length > 0,
    url: media.kind === "attachment" ? `/media/${media.storageKey}` : null,
    alt: media.kind === "image" ? await altTexts(ctx.store.db, media.id) : {},
  };
}
