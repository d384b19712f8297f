import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentIssue } from './errors';
import { displayPath } from './paths';

/**
 * The old addresses a content folder keeps: a site brought in by `npm run import:wordpress`
 * leaves its record beside the content (`.wordpress-import.json`, lib/import/wordpress/
 * manifest.ts), holding each old address of the site and the path of this site it now lives
 * at. The record is part of the content: a store filled again from the folder takes them back
 * from it (lib/ingest/old-addresses.ts).
 */

export const IMPORT_RECORD_FILE = '.wordpress-import.json';

export interface OldAddress {
  oldPath: string;
  target: string;
}

/** What an ingest compares to know whether the record changed: its time and size. */
export function importRecordStamp(root: string): string | undefined {
  try {
    const stat = statSync(path.join(/* turbopackIgnore: true */ root, IMPORT_RECORD_FILE));
    return stat.isFile() ? `${Math.round(stat.mtimeMs)}:${stat.size}` : undefined;
  } catch {
    return undefined;
  }
}

const recordSchema = z.object({
  redirects: z.record(z.string(), z.string()).default({}),
});

/** An old address is a path (a query allowed); its target a path of this site, never a host. */
const OLD_PATH = /^\/(?!\/)/;
const TARGET = /^\/(?!\/)[^\s]*$/;

/**
 * The record's old addresses (none when the folder has no record); an unreadable record, or an
 * entry that is no path, is a problem of its own and leaves the rest as they are.
 */
export function readOldAddresses(root: string, problems: ContentIssue[]): OldAddress[] {
  const file = path.join(/* turbopackIgnore: true */ root, IMPORT_RECORD_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const where = displayPath(file);
  let parsed: z.infer<typeof recordSchema>;
  try {
    parsed = recordSchema.parse(JSON.parse(text));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    problems.push({ file: where, field: 'redirects', message: `tidak terbaca: ${message}` });
    return [];
  }
  const out: OldAddress[] = [];
  for (const [oldPath, target] of Object.entries(parsed.redirects)) {
    if (OLD_PATH.test(oldPath) && TARGET.test(target)) out.push({ oldPath, target });
    else
      problems.push({
        file: where,
        field: `redirects["${oldPath}"]`,
        message: 'alamat lama dan tujuannya harus berupa jalur situs ini (diawali "/")',
      });
  }
  return out;
}
