import type { ContentIssue } from '../content/errors';
import type { SourceFile } from '../store/writer-port';
import type { ParseResult, ParseTuning } from './parse-pool';

/** What an ingest is asked (IngestOptions) and answers (IngestResult), and what it passes along. */

export interface IngestOptions {
  /** Default: WARTA_CONTENT_DIR or content/. */
  contentDir?: string;
  /** Only these files changed (absolute or content-relative); omit for a full reconcile by hash. */
  paths?: string[];
  /** Content given directly (publish endpoint), validated like files on disk. */
  files?: { path: string; text: string }[];
  /** Validate only. */
  dryRun?: boolean;
  /**
   * Every change in the result (default). False for a caller that publishes nothing (the
   * WordPress import): past a few thousand articles their changes are neither kept nor returned.
   */
  keepChanges?: boolean;
  /** Parse workers and listing (tests); the defaults suit every caller. */
  parsing?: ParseTuning & { batch?: number; listOnWorkerFrom?: number };
}

export type ArticleKeys = {
  id: string;
  slug: string;
  section: string;
  tags: string[];
  authors: string[];
  publishedAt: string;
  listed: boolean;
};

export type ContentChange =
  | { kind: 'article'; id: string; before?: ArticleKeys; after?: ArticleKeys }
  | { kind: 'author' | 'section' | 'page'; id: string };

export interface IngestResult {
  problems: ContentIssue[];
  changes: ContentChange[];
}

export type Kind = SourceFile['kind'];

/** A content file an ingest considers. */
export interface Candidate {
  /** Content-relative, forward slashes. */
  rel: string;
  abs: string;
  kind: Kind;
  /** Given directly (publish endpoint) instead of read from disk. */
  text?: string;
}

/** A file to read: new, or its size or time unlike the last ingest's. */
export interface Pending extends Candidate {
  mtimeMs: number;
  size: number;
}

/** A file read whose hash differs from the last ingest's. */
export interface Changed extends Pending {
  text: string;
  hash: string;
}

/** A pending file read: changed (with its text), unchanged (its new time), or unreadable. */
export type Loaded = { changed?: Changed; same?: SourceFile; problem?: ContentIssue };

/** A batch read and parsed: `parsed` follows the changed files of `loaded` in order. */
export interface Prepared {
  loaded: Loaded[];
  parsed: ParseResult[];
}
