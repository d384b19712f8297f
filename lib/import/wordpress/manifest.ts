import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IMPORT_RECORD_FILE } from '../../content/old-addresses';

/**
 * What an import wrote, kept next to the content (`content/.wordpress-import.json`; the ingest
 * leaves dot files alone): per file, the hash of the text as written, so a later run knows
 * whether a file was edited in Warta since (then it is not overwritten without --force) and
 * what it was made from (so an unchanged post is not converted again), and the old addresses,
 * which the ingest takes into a store filled again from the folder
 * (lib/content/old-addresses.ts).
 */

export const MANIFEST_FILE = IMPORT_RECORD_FILE;

const fileSchema = z.object({
  hash: z.string(),
  wpId: z.number().optional(),
  /** The key of what the file was made from, and its conversion's notes (./reuse.ts). */
  source: z.string().optional(),
  notes: z
    .array(z.object({ kind: z.enum(['approximate', 'dropped']), message: z.string() }))
    .optional(),
});

const manifestSchema = z.object({
  files: z.record(z.string(), fileSchema).default({}),
  redirects: z.record(z.string(), z.string()).default({}),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readManifest(contentDir: string): Manifest {
  const file = path.join(contentDir, MANIFEST_FILE);
  if (!existsSync(file)) return { files: {}, redirects: {} };
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  // Checked entry by entry, each replaced by its checked copy: a copy of an archive's manifest
  // made whole beside the one read would double what it takes. Anything the entries do not pass
  // is reported by the whole schema.
  const record = (value: unknown) =>
    value === undefined
      ? {}
      : typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
  const top = record(raw);
  const files = record(top?.files);
  const redirects = record(top?.redirects);
  if (!top || !files || !redirects) return manifestSchema.parse(raw);
  for (const key of Object.keys(files)) {
    const checked = fileSchema.safeParse(files[key]);
    if (!checked.success || key === '__proto__') return manifestSchema.parse(raw);
    files[key] = checked.data;
  }
  for (const key of Object.keys(redirects))
    if (typeof redirects[key] !== 'string' || key === '__proto__') return manifestSchema.parse(raw);
  return { files: files as Manifest['files'], redirects: redirects as Manifest['redirects'] };
}

/**
 * The manifest as `JSON.stringify(manifest, null, 2)` prints it with its keys sorted, written a
 * piece at a time (an archive's manifest is tens of megabytes, its redirects most of it) to a
 * file beside it, which replaces it only when the two differ.
 */
export function writeManifest(contentDir: string, manifest: Manifest): void {
  const file = path.join(contentDir, MANIFEST_FILE);
  const next = `${file}.${process.pid}.tmp`;
  const out = openSync(next, 'w');
  const written = createHash('sha256');
  let pending = '';
  const put = (text: string) => {
    pending += text;
    if (pending.length < 1 << 20) return;
    written.update(pending);
    writeSync(out, pending);
    pending = '';
  };
  const compare = new Intl.Collator().compare;
  const section = (name: string, record: Record<string, unknown>, last: boolean) => {
    const keys = Object.keys(record).sort(compare);
    put(`  ${JSON.stringify(name)}: {`);
    keys.forEach((key, i) => {
      const value = JSON.stringify(record[key], null, 2).replace(/\n/g, '\n    ');
      put(`${i ? ',' : ''}\n    ${JSON.stringify(key)}: ${value}`);
    });
    put(`${keys.length ? '\n  ' : ''}}${last ? '' : ','}\n`);
  };
  try {
    put('{\n');
    section('files', manifest.files, false);
    section('redirects', manifest.redirects, true);
    put('}\n');
    written.update(pending);
    writeSync(out, pending);
  } finally {
    closeSync(out);
  }
  if (existsSync(file) && fileHash(file) === written.digest('hex')) {
    rmSync(next);
    return;
  }
  renameSync(next, file);
}

function fileHash(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer))
      hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
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
