import path from 'node:path';
import { contentRoot } from '../content/paths';
import { openStore } from '../store';
import type { ContentIssue } from '../content/errors';
import { ingestInto } from './batch';
import { takeOldAddresses } from './old-addresses';
import type { IngestOptions, IngestResult } from './types';

/**
 * The ingest: Markdown files into the content store, through the store's ports only
 * (lib/store/writer-port.ts). Layers (docs/layers.md): content → search → store → ingest →
 * publishing → render → app; this folder imports from the first three, never from above.
 */

export { ingestInto } from './batch';
export { articleKeys } from './changes';
export type { ArticleKeys, ContentChange, IngestOptions, IngestResult } from './types';

/**
 * Brings the store in line with the Markdown files: each changed file is validated with
 * lib/content's schemas and cross-reference rules and upserted; removed files disappear; an
 * invalid file is reported (file, line, field, message) and its last good version stays. A file
 * is read only when its size or time changed, and written only when its hash did. Articles are
 * read, checked and written in batches (one transaction each), so a fresh archive of 100,000
 * files never sits in memory at once; small ingests (the watcher, a publish) are one batch.
 */
export async function ingestContent(options: IngestOptions = {}): Promise<IngestResult> {
  const root = path.resolve(/* turbopackIgnore: true */ options.contentDir ?? contentRoot());
  const opened = await openStore(root);
  const full = !options.paths && !options.files;
  const result = await ingestInto(opened.store, root, options, Boolean(opened.rebuild));
  if (full && !options.dryRun) opened.rebuild = undefined;
  return result;
}

/**
 * Only the old addresses the folder records (lib/content/old-addresses.ts), into the store when
 * their record changed since it last took them (or the store is new): what a full ingest does
 * last, for a caller that wrote no content file (`npm run import:wordpress` run again).
 */
export async function ingestOldAddresses(
  options: Pick<IngestOptions, 'contentDir'> = {},
): Promise<ContentIssue[]> {
  const root = path.resolve(/* turbopackIgnore: true */ options.contentDir ?? contentRoot());
  const { store, rebuild } = await openStore(root);
  const problems: ContentIssue[] = [];
  const { meta } = await store.ingestState([]);
  await takeOldAddresses(store, root, { meta }, Boolean(rebuild), problems, false);
  return problems;
}
