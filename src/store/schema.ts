import type { ColumnType, Generated } from "kysely";

/** Rows as stored. Instants are ISO 8601 UTC text in both dialects so that they sort and compare alike. */
export interface Database {
  sections: SectionsTable;
  section_translations: SectionTranslationsTable;
  people: PeopleTable;
  person_translations: PersonTranslationsTable;
  person_aliases: PersonAliasesTable;
  person_posts: PersonPostsTable;
  person_post_translations: PersonPostTranslationsTable;
  articles: ArticlesTable;
  article_people: ArticlePeopleTable;
  article_translations: ArticleTranslationsTable;
  import_sources: ImportSourcesTable;
}

type CreatedAt = ColumnType<string, string, never>;

export interface SectionsTable {
  id: Generated<number>;
  parent_id: number | null;
  position: number;
  created_at: CreatedAt;
}

export interface SectionTranslationsTable {
  section_id: number;
  lang: string;
  slug: string;
  /** Full path from the root, e.g. "news/news_odkb". Unique per language; URLs resolve through it. */
  path: string;
  title: string;
}

export interface PeopleTable {
  id: Generated<number>;
  slug: string;
  created_at: CreatedAt;
}

export interface PersonTranslationsTable {
  person_id: number;
  lang: string;
  name: string;
}

export interface PersonAliasesTable {
  person_id: number;
  alias: string;
}

export interface PersonPostsTable {
  id: Generated<number>;
  person_id: number;
  started_on: string | null;
  ended_on: string | null;
}

export interface PersonPostTranslationsTable {
  post_id: number;
  lang: string;
  title: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  section_id: number;
  kind: string;
  /** The item's official publication date and time. */
  published_at: string;
  event_start: string | null;
  event_end: string | null;
  created_at: CreatedAt;
  updated_at: string;
}

export interface ArticlePeopleTable {
  article_id: number;
  person_id: number;
}

export interface ArticleTranslationsTable {
  id: Generated<number>;
  article_id: number;
  lang: string;
  /** Copied from the article so that the database itself enforces one slug per language and section. */
  section_id: number;
  slug: string;
  title: string;
  lead: string;
  body_html: string;
  place: string | null;
  signature_person_id: number | null;
  signature_post_id: number | null;
  /** The byline as printed when it was signed; later renames of a post never rewrite old items. */
  signature_text: string | null;
  state: string;
  /** The instant this translation is listed under: the article's date, copied so one index serves lists. */
  published_at: string;
  created_at: CreatedAt;
  updated_at: string;
}

export interface ImportSourcesTable {
  id: Generated<number>;
  /** SHA-256 of the normalised source text: the same page imported twice is recognised. */
  source_hash: string;
  source_name: string;
  translation_id: number;
  imported_at: string;
}
