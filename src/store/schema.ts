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
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  settings: SettingsTable;
  revisions: RevisionsTable;
  corrections: CorrectionsTable;
  preview_links: PreviewLinksTable;
  preview_views: PreviewViewsTable;
  audit_log: AuditLogTable;
  media: MediaTable;
  media_alt: MediaAltTable;
  media_variants: MediaVariantsTable;
  article_media: ArticleMediaTable;
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
  created_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** While set and in the future, the article is under embargo: nothing of it is public. */
  embargo_until: ColumnType<string | null, string | null | undefined, string | null>;
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
  author_id: Optional<number | null>;
  updated_by: Optional<number | null>;
  /** Bumped on every save; a save based on an older version is a conflict (HTTP 409). */
  version: Generated<number>;
  /** When the text last changed, to mark the other language "may be out of date". */
  content_changed_at: Optional<string | null>;
  scheduled_at: Optional<string | null>;
  first_published_at: Optional<string | null>;
  approved_by: Optional<number | null>;
  review_note: Optional<string | null>;
}

/** A nullable column that inserts may leave out. */
type Optional<T> = ColumnType<T, T | undefined, T>;

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  ui_language: Generated<string>;
  totp_secret: Optional<string | null>;
  totp_enabled_at: Optional<string | null>;
  /** The last TOTP time step signed in with: a code is never accepted twice. */
  totp_last_step: Optional<number | null>;
  disabled_at: Optional<string | null>;
  created_at: CreatedAt;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token. */
  id: string;
  user_id: number;
  csrf_token: string;
  /** 1 while the password was right but the TOTP code is still owed. */
  second_factor_pending: Generated<number>;
  created_at: CreatedAt;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  /** "ip:203.0.113.5" or "account:name@example.org" */
  bucket: string;
  attempted_at: string;
}

export interface SettingsTable {
  key: string;
  /** JSON */
  value: string;
  updated_at: string;
}

export interface RevisionsTable {
  id: Generated<number>;
  translation_id: number;
  version: number;
  title: string;
  lead: string;
  body_html: string;
  slug: string;
  place: string | null;
  signature_text: string | null;
  state: string;
  author_id: number | null;
  is_correction: Generated<number>;
  created_at: CreatedAt;
}

export interface CorrectionsTable {
  id: Generated<number>;
  translation_id: number;
  revision_id: number;
  note: string;
  corrected_at: string;
}

export interface PreviewLinksTable {
  id: Generated<number>;
  token_hash: string;
  article_id: number;
  /** Who the link was made for, e.g. a journalist's name and outlet. */
  label: string;
  created_by: number | null;
  created_at: CreatedAt;
  expires_at: string;
  revoked_at: Optional<string | null>;
}

export interface PreviewViewsTable {
  id: Generated<number>;
  link_id: number;
  viewed_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  /** The actor as they were at the time (e-mail, or "system" for the scheduler). */
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  /** JSON */
  details: string;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface MediaTable {
  id: Generated<number>;
  /** "image" or "attachment" */
  kind: string;
  original_name: string;
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  width: number | null;
  height: number | null;
  variants_ready_at: Optional<string | null>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface MediaAltTable {
  media_id: number;
  lang: string;
  alt: string;
}

export interface MediaVariantsTable {
  id: Generated<number>;
  media_id: number;
  /** "webp" or "jpeg" */
  format: string;
  width: number;
  height: number;
  size: number;
  storage_key: string;
}

export interface ArticleMediaTable {
  article_id: number;
  media_id: number;
  /** "image" or "attachment" */
  role: string;
  position: Generated<number>;
}

export interface ImportSourcesTable {
  id: Generated<number>;
  /** SHA-256 of the normalised source text: the same page imported twice is recognised. */
  source_hash: string;
  source_name: string;
  translation_id: number;
  imported_at: string;
}
