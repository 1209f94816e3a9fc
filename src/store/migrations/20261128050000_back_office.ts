import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect.js";

/**
 * The back office: accounts and sessions, sign-in throttling, settings, workflow columns on translations,
 * revisions and public corrections, embargo preview links, the audit chain, and media.
 */
export function backOffice(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const withId = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn("id", "integer", (col) =>
            dialect === "postgres"
              ? col.primaryKey().generatedByDefaultAsIdentity()
              : col.primaryKey().autoIncrement(),
          );

      await withId("users")
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("ui_language", "text", (c) => c.notNull().defaultTo("en"))
        .addColumn("totp_secret", "text")
        .addColumn("totp_enabled_at", "text")
        .addColumn("disabled_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      // The id is the SHA-256 of the cookie's token: a stolen database does not hand out live sessions.
      await db.schema
        .createTable("sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("second_factor_pending", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_seen_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("ip", "text")
        .addColumn("user_agent", "text")
        .execute();
      await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

      await withId("sign_in_attempts")
        .addColumn("bucket", "text", (c) => c.notNull())
        .addColumn("attempted_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("sign_in_attempts_bucket")
        .on("sign_in_attempts")
        .columns(["bucket", "attempted_at"])
        .execute();

      await db.schema
        .createTable("settings")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .alterTable("articles")
        .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        .execute();
      await db.schema.alterTable("articles").addColumn("embargo_until", "text").execute();

      for (const [column, type] of [
        ["author_id", "integer"],
        ["updated_by", "integer"],
        ["version", "integer"],
        ["content_changed_at", "text"],
        ["scheduled_at", "text"],
        ["first_published_at", "text"],
        ["approved_by", "integer"],
        ["review_note", "text"],
      ] as const) {
        await db.schema
          .alterTable("article_translations")
          .addColumn(column, type, (c) => (column === "version" ? c.notNull().defaultTo(1) : c))
          .execute();
      }
      await db.schema
        .createIndex("article_translations_due")
        .on("article_translations")
        .columns(["state", "scheduled_at"])
        .execute();

      await withId("revisions")
        .addColumn("translation_id", "integer", (c) =>
          c.notNull().references("article_translations.id").onDelete("cascade"),
        )
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("lead", "text", (c) => c.notNull())
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("place", "text")
        .addColumn("signature_text", "text")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("is_correction", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addUniqueConstraint("revisions_translation_version", ["translation_id", "version"])
        .execute();

      await withId("corrections")
        .addColumn("translation_id", "integer", (c) =>
          c.notNull().references("article_translations.id").onDelete("cascade"),
        )
        .addColumn("revision_id", "integer", (c) =>
          c.notNull().references("revisions.id").onDelete("cascade"),
        )
        .addColumn("note", "text", (c) => c.notNull())
        .addColumn("corrected_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("corrections_translation")
        .on("corrections")
        .column("translation_id")
        .execute();

      await withId("preview_links")
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("label", "text", (c) => c.notNull())
        .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await withId("preview_views")
        .addColumn("link_id", "integer", (c) =>
          c.notNull().references("preview_links.id").onDelete("cascade"),
        )
        .addColumn("viewed_at", "text", (c) => c.notNull())
        .addColumn("ip", "text")
        .addColumn("user_agent", "text")
        .execute();

      // Append-only; each entry's hash covers the previous entry's hash, so editing or deleting one shows.
      await withId("audit_log")
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor_id", "integer")
        .addColumn("actor_label", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("subject_type", "text")
        .addColumn("subject_id", "text")
        .addColumn("details", "text", (c) => c.notNull())
        .addColumn("ip", "text")
        .addColumn("prev_hash", "text", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull().unique())
        .execute();
      await db.schema.createIndex("audit_log_action").on("audit_log").columns(["action", "at"]).execute();

      await withId("media")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("original_name", "text", (c) => c.notNull())
        .addColumn("content_type", "text", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .addColumn("sha256", "text", (c) => c.notNull())
        .addColumn("storage_key", "text", (c) => c.notNull().unique())
        .addColumn("width", "integer")
        .addColumn("height", "integer")
        .addColumn("variants_ready_at", "text")
        .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("media_alt")
        .addColumn("media_id", "integer", (c) => c.notNull().references("media.id").onDelete("cascade"))
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("alt", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("media_alt_pk", ["media_id", "lang"])
        .execute();
      await withId("media_variants")
        .addColumn("media_id", "integer", (c) => c.notNull().references("media.id").onDelete("cascade"))
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("width", "integer", (c) => c.notNull())
        .addColumn("height", "integer", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .addColumn("storage_key", "text", (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable("article_media")
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("media_id", "integer", (c) => c.notNull().references("media.id").onDelete("restrict"))
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint("article_media_pk", ["article_id", "media_id"])
        .execute();
    },
  };
}
