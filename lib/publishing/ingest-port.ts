import type { ContentIssue } from '../content/errors';

/*
 * The ingest contract (docs: /work/brief/contract.md), as the publishing layer sees it. The store
 * helper's lib/ingest/index.ts implements it; until the branches merge these types are declared
 * here, and at the merge this file re-exports them from '@/lib/ingest' instead.
 */

export interface IngestOptions {
  contentDir?: string;
  /** Only these files changed (absolute or content-relative); omit for a full reconcile by hash. */
  paths?: string[];
  /** Content given directly (publish endpoint), validated like files on disk. */
  files?: { path: string; text: string }[];
  dryRun?: boolean;
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

export type IngestFn = (options?: IngestOptions) => Promise<IngestResult>;
