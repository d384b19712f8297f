import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What an import wrote, kept next to the content (`content/.wordpress-import.json`; the ingest
 * leaves dot files alone): per file, the hash of the text as written, so a later run knows
 * whether a file was edited in Warta since (then it is not overwritten without --force) and
 * what it was made from (so an unchanged post is not converted again), and the old addresses, so
 * they can be written to a store again.
 */

export const MANIFEST_FILE = '.wordpress-import.json';

const manifestSchema = z.object({
  files: z
    .record(
      z.string(),
      z.object({
        hash: z.string(),
        wpId: z.number().optional(),
        /** The key of what the file was made from, and its conversion's notes (./reuse.ts). */
        source: z.string().optional(),
        notes: z
          .array(z.object({ kind: z.enum(['approximate', 'dropped']), message: z.string() }))
          .optional(),
      }),
    )
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
