import type { Article, Author, Page, Section } from '../content/types';
import type { ContentProblemFound, ContentProblemScope } from './content-problems-port';
import type { ContentStore } from './port';

/**
 * The content store as the ingest sees it: the read port (./port.ts) plus what the ingest
 * compares files with and the writer it changes the store through, one transaction at a time.
 * lib/ingest depends on these interfaces only; lib/store/kysely implements them for both engines.
 */

/** Every content file last ingested successfully: what the incremental ingest compares with. */
export interface SourceFile {
  /** Relative to the content root, with forward slashes ("articles/x.md"). */
  path: string;
  kind: 'article' | 'author' | 'sections' | 'page';
  hash: string;
  mtime_ms: number;
  size: number;
  /** The id (article, author) or slug (page) this file gave; "sections" for the sections file. */
  key: string;
}

export type FileStamp = Pick<SourceFile, 'mtime_ms' | 'size'>;

/** What the ingest compares files with: known files, sections, authors, pages, meta values. */
export interface IngestState {
  files: SourceFile[];
  sections: Section[];
  authors: { id: string; file: string }[];
  pages: { slug: string; file: string }[];
  meta: Map<string, string>;
}

/** The article holding an id or a slug in the store. */
export interface ArticleHolder {
  id: string;
  slug: string;
  file: string;
  status: 'draft' | 'published';
}

/** A stored article that refers to another (`related`, or a read-also block of its body). */
export interface ArticleReferrer {
  id: string;
  file: string;
  ref: string;
  field: 'related' | 'isi';
}

/** The listings an ingest touched, by kind. */
export interface StatsKeys {
  sections: Set<string>;
  tags: Set<string>;
  authors: Set<string>;
  months: Set<string>;
}

/** One article to write: `replace` when the store may hold its id already. */
export interface ArticlePut {
  article: Article;
  sectionName: string;
  replace: boolean;
  /** The ids its body's read-also blocks name (`related` comes with the article). */
  readAlso?: readonly string[];
}

/** Upserts and deletes inside one ingest transaction. */
export interface StoreWriter {
  /** `replace`: the store may hold this id already (delete it first); false for a new one. */
  putArticle(article: Article, sectionName: string, replace?: boolean): Promise<void>;
  /** A batch of articles in a few multi-row statements. */
  putArticles(items: ArticlePut[]): Promise<void>;
  deleteArticle(id: string): Promise<void>;
  /** Recounts the listings an ingest touched (or all of them). */
  refreshStats(keys: StatsKeys | 'all'): Promise<void>;
  putAuthor(author: Author, file: string): Promise<void>;
  deleteAuthor(id: string): Promise<void>;
  putSections(sections: Section[]): Promise<void>;
  putPage(page: Page): Promise<void>;
  deletePage(slug: string): Promise<void>;
  recordSource(file: SourceFile): Promise<void>;
  recordSources(files: SourceFile[]): Promise<void>;
  forgetSource(path: string): Promise<void>;
  setMeta(key: string, value: string): Promise<void>;
  /** Old addresses and their new paths; a path already known takes its new target. */
  putRedirects(redirects: readonly { oldPath: string; target: string }[]): Promise<void>;
  /**
   * The refused files' problems of `scope` (every path, or these) replaced by `found` (those of
   * other paths are ignored); a problem kept unchanged keeps the moment it was first seen, a new
   * one is seen `at`.
   */
  replaceContentProblems(
    scope: ContentProblemScope,
    found: readonly ContentProblemFound[],
    at: Date,
  ): Promise<void>;
}

/** The store an ingest reads and writes. */
export interface WritableStore extends ContentStore {
  /**
   * What the ingest compares files with: the known files at `paths` (every file when omitted),
   * sections, authors, pages.
   */
  ingestState(paths?: string[]): Promise<IngestState>;
  /** Path, time and size of every known file: all a full reconcile compares. */
  fileStamps(): Promise<Map<string, FileStamp>>;
  /** How many files the last ingests recorded. */
  fileCount(): Promise<number>;
  /** Who holds these ids and slugs in the store (the ingest checks clashes and references). */
  articleHolders(ids: string[], slugs: string[]): Promise<ArticleHolder[]>;
  /** Stored articles that refer to any of these ids, with the file each came from. */
  referrersOf(ids: readonly string[]): Promise<ArticleReferrer[]>;
  /**
   * After a bulk ingest of `written` articles: the engine's indexes and statistics brought up to
   * date now (and rebuilt compact when the ingest wrote most of the store).
   */
  settleAfterBulkLoad(written: number): Promise<void>;
  /** Runs `work` in one transaction: readers see the store before or after, never half-way. */
  write<T>(work: (w: StoreWriter) => Promise<T>): Promise<T>;
}

/** A store as opened: migrated, and why every file must be ingested again (undefined: current). */
export interface OpenedStore<S extends WritableStore = WritableStore> {
  store: S;
  rebuild?: string;
}
