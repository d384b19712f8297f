import path from 'node:path';
import { contentRoot } from '../content/paths';
import { openStore } from '../store';
import { ingestInto } from './batch';
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
