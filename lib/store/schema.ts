import type { Generated } from 'kysely';
import type { RevisionAction } from './revisions-port';
import type { SourceFile } from './writer-port';

/**
 * The tables behind the store, the same on SQLite and PostgreSQL. Instants are ISO 8601 UTC
 * strings ("2024-12-23T07:30:00.000Z"), which sort as text in both engines. Each row keeps the
 * validated record as JSON (`doc`; an article's deflated); the other columns are what queries
 * filter and order by.
 */
export interface ArticlesTable {
  id: string;
  slug: string;
  /** The source file as shown to editors (relative to the project). */
  file: string;
  section: string;
  status: 'draft' | 'published';
  published_at: string;
  /** updatedAt, else publishedAt (sitemaps read it without the record). */
  modified_at: string;
  /** 1 when withdrawn (410, out of lists). */
  withdrawn: number;
  /** The lead image (sitemaps read it without the record). */
  image_src: string;
  /** SQLite only: the article's row in the FTS5 index (deleted by it, not by a scan). */
  search_rowid?: number | null;
  /** PostgreSQL only: the weighted tsvector of its words, written with the row. */
  search?: string;
  /** The record: deflated JSON (lib/store/serialise.ts), a blob or bytea. */
  doc: Uint8Array;
}

/** The article's visibility, copied onto its tag and author rows (listings read one index). */
interface ListedColumns {
  published_at: string;
  status: 'draft' | 'published';
  withdrawn: number;
}

export interface ArticleTagsTable extends ListedColumns {
  article_id: string;
  tag_slug: string;
  tag_name: string;
  position: number;
}

export interface ArticleAuthorsTable extends ListedColumns {
  article_id: string;
  author_id: string;
  position: number;
}

/**
 * Per listing (everything, a section, tag, author, month of publication): how many published, not withdrawn articles it lists (scheduled
 * ones included; queries subtract those not yet due) and the newest modified_at among them.
 * Kept by the ingest for the lists its changes touch.
 */
export interface ListStatsTable {
  /** 'all' (key ''), 'section', 'tag', 'author', or 'month' (key "2024-12", site time). */
  kind: 'all' | 'section' | 'tag' | 'author' | 'month';
  key: string;
  /** Display name (a tag's name as written; the key for sections and authors). */
  name: string;
  count: number;
  modified_at: string;
}

export interface AuthorsTable {
  id: string;
  file: string;
  doc: string;
}

export interface SectionsTable {
  id: string;
  position: number;
  doc: string;
}

export interface PagesTable {
  slug: string;
  file: string;
  position: number;
  doc: string;
}

/** Every content file last ingested successfully (lib/store/writer-port.ts). */
export type SourceFilesTable = SourceFile;

export interface MetaTable {
  key: string;
  value: string;
}

/**
 * SQLite only: the FTS5 index over stemmed text, contentless (0008: the index alone, read by
 * rowid, which articles.search_rowid names). PostgreSQL keeps a tsvector on articles.
 */
export interface ArticleSearchTable {
  rowid: Generated<number>;
  title: string;
  tags: string;
  summary: string;
  section: string;
  body: string;
}

/** SQLite only: every word the FTS5 index holds, so a prefix is expanded to words (0005). */
export interface SearchWordsTable {
  word: string;
}

/** An article's reference to another: `related`, or a read-also block in its body. */
export interface ArticleRefsTable {
  article_id: string;
  ref_id: string;
  /** Where the reference is, as a content problem names the field: "related" or "isi". */
  field: 'related' | 'isi';
}

/**
 * The newsroom desk's tables (0007). Unlike the content tables they are not a cache of the
 * Markdown files: no migration or re-ingest empties them.
 */
export interface DeskUsersTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: 'penulis' | 'editor' | 'admin';
  /** argon2id, in the PHC string format. */
  password_hash: string;
  created_at: string;
  /** 1 when disabled: no sign-in, no session. */
  disabled: number;
}

/** A sign-in session: only the SHA-256 of its cookie's token is stored. */
export interface DeskSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/**
 * A sign-in attempt, one row per account (`email`) and per client address (`address`): written
 * before the password is checked (so parallel attempts count each other), kept if it failed.
 */
export interface DeskLoginAttemptsTable {
  attempt_id: string;
  scope: 'email' | 'address';
  key: string;
  at: string;
}

/** Who did what to whom, and when. */
export interface DeskAuditTable {
  id: string;
  at: string;
  /** The acting user's id and email ('' for the server or the command line). */
  actor_id: string;
  actor_email: string;
  action: string;
  target: string;
  detail: string;
}

/** The one-time links that create the first admin: only the token's SHA-256 is stored. */
export interface DeskSetupTokensTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
}

/** A desk draft: the article form's fields as typed (JSON), its state and owner. */
export interface DeskDraftsTable {
  /** The article's id (a new one's, or a published article's being reworked). */
  id: string;
  title: string;
  /** The form's fields, a JSON object of strings. */
  fields: string;
  state: 'draft' | 'review';
  /** The desk user who started it. */
  owner_id: string;
  created_at: string;
  updated_at: string;
  /** The desk user who saved it last. */
  updated_by: string;
}

/** A revision of an article in the desk: the form's fields as kept (JSON), numbered per article. */
export interface DeskRevisionsTable {
  article_id: string;
  /** 1, 2, 3… per article; (article_id, number) is the primary key. */
  number: number;
  /** A RevisionAction (lib/store/revisions-port.ts); a text column, so new actions need no migration. */
  action: RevisionAction;
  /** The form's fields, a JSON object of strings. */
  fields: string;
  author_id: string;
  at: string;
  /** For a restore: the revision restored. */
  restored_from: number | null;
}

/** What someone was typing in an article's editor, as last sent (one row per article and person). */
export interface DeskAutosavesTable {
  /** The article's id; '' for the new article's editor. */
  article_id: string;
  user_id: string;
  /** The form's fields, a JSON object of strings. */
  fields: string;
  saved_at: string;
}

/** An image uploaded from the desk, kept by the hash of its bytes (one row per image). */
export interface DeskImagesTable {
  /** SHA-256 of the bytes, hex. */
  hash: string;
  /** The path content names it by ("/images/desk/2026/01/<hash>.jpg"), unique. */
  path: string;
  /** image/jpeg, image/png or image/webp. */
  type: string;
  width: number;
  height: number;
  /** The image as encoded again by the desk (BLOB on SQLite, bytea on PostgreSQL). */
  bytes: Uint8Array;
  created_at: string;
}

/** Who has an article's editor open, as last seen (one row per article and person). */
export interface DeskPresenceTable {
  article_id: string;
  user_id: string;
  seen_at: string;
}

/** A content file the last ingest of its path refused, one row per problem (lib/store/content-problems-port.ts). */
export interface ContentProblemsTable {
  /** Relative to the content root ("articles/x.md"), as the source files' paths are. */
  path: string;
  field: string;
  /** The file's line, 0 for none. */
  line: number;
  message: string;
  /** When this problem of this file was first seen (ISO). */
  seen_at: string;
}

/** An old address (path, with its query for "?p=12" forms) and the path it answers 308 to. */
export interface RedirectsTable {
  old_path: string;
  target: string;
}

export interface Database {
  articles: ArticlesTable;
  article_tags: ArticleTagsTable;
  article_authors: ArticleAuthorsTable;
  authors: AuthorsTable;
  sections: SectionsTable;
  pages: PagesTable;
  source_files: SourceFilesTable;
  meta: MetaTable;
  article_search: ArticleSearchTable;
  search_words: SearchWordsTable;
  list_stats: ListStatsTable;
  article_refs: ArticleRefsTable;
  desk_users: DeskUsersTable;
  desk_sessions: DeskSessionsTable;
  desk_login_attempts: DeskLoginAttemptsTable;
  desk_audit: DeskAuditTable;
  desk_setup_tokens: DeskSetupTokensTable;
  desk_drafts: DeskDraftsTable;
  desk_revisions: DeskRevisionsTable;
  desk_presence: DeskPresenceTable;
  desk_autosaves: DeskAutosavesTable;
  desk_images: DeskImagesTable;
  redirects: RedirectsTable;
  content_problems: ContentProblemsTable;
}
