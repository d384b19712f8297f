import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IMPORT_RECORD_FILE } from '../../content/old-addresses';

/**
 * What an import wrote, kept next to the content (`content/.wordpress-import.json`): per file,
 * the hash of the text as written, so a later run knows whether a file was edited in Warta since
 * (then it is not overwritten without --force), and the old addresses, which the ingest takes
 * into a store filled again from the folder (lib/content/old-addresses.ts).
 */

export const MANIFEST_FILE = IMPORT_RECORD_FILE;

const manifestSchema = z.object({
  files: z
    .record(z.string(), z.object({ hash: z.string(), wpId: z.number().optional() }))
    .default({}),
  redirects: z.record(z.string(), z.string()).default({}),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readManifest(contentDir: string): Manifest {
  const file = path.join(contentDir, MANIFEST_FILE);
  if (!existsSync(file)) return { files: {}, redirects: {} };
  return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function writeManifest(contentDir: string, manifest: Manifest): void {
  const sorted: Manifest = {
    files: Object.fromEntries(
      Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)),
    ),
    redirects: Object.fromEntries(
      Object.entries(manifest.redirects).sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
  const text = `${JSON.stringify(sorted, null, 2)}\n`;
  const file = path.join(contentDir, MANIFEST_FILE);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
}

export type WriteDecision = 'new' | 'unchanged' | 'update' | 'edited' | 'foreign';

/**
 * What to do with a file the import would write: `current` is the file's text on disk (if any).
 * `edited`: changed in Warta since the import; `foreign`: a file the import did not write.
 */
export function decide(
  manifest: Manifest,
  rel: string,
  current: string | undefined,
  next: string,
  force: boolean,
): WriteDecision {
  if (current === undefined) return 'new';
  if (current === next) return 'unchanged';
  const recorded = manifest.files[rel];
  if (!recorded) return force ? 'update' : 'foreign';
  if (recorded.hash !== hashText(current) && !force) return 'edited';
  return 'update';
}
