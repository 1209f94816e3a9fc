import { z } from "zod";
import { ArchiveError } from "./errors.js";

export const ARCHIVE_FORMAT = "pressroom-archive";
/** Raised when the layout changes in a way an older reader would misread. */
export const ARCHIVE_VERSION = 1;
export const MANIFEST_NAME = "manifest.json";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex SHA-256");

const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  created_at: z.string(),
  source: z.object({ dialect: z.enum(["sqlite", "postgres"]), schema: z.string().min(1) }),
  tables: z.array(
    z.object({ name: z.string().min(1), file: z.string().min(1), rows: z.number().int().min(0) }),
  ),
  files: z.array(z.object({ path: z.string().min(1), size: z.number().int().min(0), sha256 })),
  skipped_tables: z.array(z.object({ name: z.string(), reason: z.string() })),
  missing_media: z.array(z.string()),
});

/** What an archive says about itself. Keys are written in this order, so equal content gives equal bytes. */
export type Manifest = z.infer<typeof manifestSchema>;

/** Parses manifest bytes, refusing anything that is not a manifest this version of Pressroom reads. */
export function parseManifest(bytes: Uint8Array): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArchiveError(`${MANIFEST_NAME} is not valid JSON (${reason})`);
  }
  if (typeof value !== "object" || value === null)
    throw new ArchiveError(`${MANIFEST_NAME} is not a JSON object`);
  const { format, version } = value as Record<string, unknown>;
  if (format !== ARCHIVE_FORMAT) {
    throw new ArchiveError(
      `this is not a Pressroom archive: ${MANIFEST_NAME} names the format ${JSON.stringify(format)}, not "${ARCHIVE_FORMAT}"`,
    );
  }
  if (version !== ARCHIVE_VERSION) {
    throw new ArchiveError(
      `the archive's format version is ${JSON.stringify(version)}; this Pressroom reads version ${ARCHIVE_VERSION}`,
    );
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`,
    );
    throw new ArchiveError(`${MANIFEST_NAME} is malformed: ${problems.join("; ")}`);
  }
  return parsed.data;
}
