import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect.js";

/** The content model: sections, people and their posts, articles and their translations, import sources. */
export function contentModel(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const id = <T extends Parameters<Kysely<unknown>["schema"]["createTable"]>[0]>(table: T) =>
        db.schema
          .createTable(table)
          .addColumn("id", "integer", (col) =>
            dialect === "postgres"
              ? col.primaryKey().generatedByDefaultAsIdentity()
              : col.primaryKey().autoIncrement(),
          );

      await id("sections")
        .addColumn("parent_id", "integer", (c) => c.references("sections.id").onDelete("restrict"))
        .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("section_translations")
        .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id").onDelete("cascade"))
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("path", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("section_translations_pk", ["section_id", "lang"])
        .addUniqueConstraint("section_translations_path_unique", ["lang", "path"])
        .execute();

      await id("people")
        .addColumn("slug", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("person_translations")
        .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("person_translations_pk", ["person_id", "lang"])
        .execute();

      await db.schema
        .createTable("person_aliases")
        .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
        .addColumn("alias", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("person_aliases_pk", ["person_id", "alias"])
        .execute();

      await id("person_posts")
        .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
        .addColumn("started_on", "text")
        .addColumn("ended_on", "text")
        .execute();

      await db.schema
        .createTable("person_post_translations")
        .addColumn("post_id", "integer", (c) => c.notNull().references("person_posts.id").onDelete("cascade"))
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("person_post_translations_pk", ["post_id", "lang"])
        .execute();

      await id("articles")
        .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id").onDelete("restrict"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("published_at", "text", (c) => c.notNull())
        .addColumn("event_start", "text")
        .addColumn("event_end", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("article_people")
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("restrict"))
        .addPrimaryKeyConstraint("article_people_pk", ["article_id", "person_id"])
        .execute();
      await db.schema.createIndex("article_people_person").on("article_people").column("person_id").execute();

      await id("article_translations")
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id").onDelete("restrict"))
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("lead", "text", (c) => c.notNull())
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("place", "text")
        .addColumn("signature_person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
        .addColumn("signature_post_id", "integer", (c) =>
          c.references("person_posts.id").onDelete("set null"),
        )
        .addColumn("signature_text", "text")
        // Workflow states are checked in domain/, so that new states need no table rebuild in SQLite.
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("published_at", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addUniqueConstraint("article_translations_article_lang", ["article_id", "lang"])
        .addUniqueConstraint("article_translations_slug", ["section_id", "lang", "slug"])
        .execute();
      // Lists: newest published items of one language, optionally narrowed to a set of sections.
      await db.schema
        .createIndex("article_translations_listing")
        .on("article_translations")
        .columns(["lang", "state", "published_at", "id"])
        .execute();
      await db.schema
        .createIndex("article_translations_section_listing")
        .on("article_translations")
        .columns(["section_id", "lang", "state", "published_at"])
        .execute();

      await id("import_sources")
        .addColumn("source_hash", "text", (c) => c.notNull().unique())
        .addColumn("source_name", "text", (c) => c.notNull())
        .addColumn("translation_id", "integer", (c) =>
          c.notNull().references("article_translations.id").onDelete("cascade"),
        )
        .addColumn("imported_at", "text", (c) => c.notNull())
        .execute();
    },
  };
}
