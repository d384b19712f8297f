/** The ingest contract as the publishing layer sees it: lib/ingest implements it. */
export type { ArticleKeys, ContentChange, IngestOptions, IngestResult } from '@/lib/ingest';
import type { IngestOptions, IngestResult } from '@/lib/ingest';

export type IngestFn = (options?: IngestOptions) => Promise<IngestResult>;
