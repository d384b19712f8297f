import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { jsonLines } from '../../content/json-lines';
import { IMPORT_RECORD_DIR, LEGACY_RECORD_FILE } from '../../content/old-addresses';
import { recordFile } from './record-file';

/**
 * What an import wrote, kept next to the content (`content/.wordpress-import/files.jsonl`; the
 * ingest leaves dot folders alone), a line per file: the hash of the text as written, so a later
 * run knows whether a file was edited in Warta since (then it is not overwritten without
 * --force), and what it was made from (so an unchanged post is not converted again):
 *
 *   {"path":"articles/wp-10.md","hash":"…","source":"…","notes":[{"kind":"approximate","message":"…"}]}
 *
 * Read and written as a stream, the lines in the order of their paths. The old addresses are a
 * record of their own (./old-address-record.ts). An import made before kept both in one JSON
 * file (`.wordpress-import.json`): its files are read from it, once, and the next records
 * replace it.
 */

export const MANIFEST_FILE = `${IMPORT_RECORD_DIR}/files.jsonl`;

const fileSchema = z.object({
  hash: z.string(),
  wpId: z.number().optional(),
  /** The key of what the file was made from, and its conversion's notes (./reuse.ts). */
  source: z.string().optional(),
  notes: z
    .array(z.object({ kind: z.enum(['approximate', 'dropped']), message: z.string() }))
    .optional(),
});
export type FileRecord = z.infer<typeof fileSchema>;

const lineSchema = fileSchema.extend({ path: z.string() });

/** Per file written (content-relative path), its record. */
export interface Manifest {
  files: Map<string, FileRecord>;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The manifest in the content folder (empty when there is none); a line it cannot take fails. */
export async function readManifest(contentDir: string): Promise<Manifest> {
  const file = path.join(contentDir, MANIFEST_FILE);
  if (!existsSync(file)) return { files: legacyFiles(contentDir) };
  const files = new Map<string, FileRecord>();
  // The same note is one string, however many files have it (an archive's files share a few).
  const messages = new Map<string, string>();
  for await (const read of jsonLines(file)) {
    const parsed = 'value' in read ? lineSchema.safeParse(read.value) : undefined;
    if (!parsed?.success)
      throw new Error(
        `${MANIFEST_FILE}:${read.line}: ${'error' in read ? read.error : parsed?.error.issues[0]?.message}`,
      );
    const { path: rel, ...record } = parsed.data;
    for (const note of record.notes ?? []) {
      if (!messages.has(note.message)) messages.set(note.message, note.message);
      note.message = messages.get(note.message)!;
    }
    files.set(rel, record);
  }
  return { files };
}

/** The files an earlier import recorded in its one JSON file (none when it is not there). */
function legacyFiles(contentDir: string): Map<string, FileRecord> {
  const file = path.join(contentDir, LEGACY_RECORD_FILE);
  const files = new Map<string, FileRecord>();
  if (!existsSync(file)) return files;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { files?: unknown };
  const parsed = z.record(z.string(), fileSchema).default({}).parse(raw?.files);
  for (const [rel, record] of Object.entries(parsed)) files.set(rel, record);
  return files;
}

/**
 * The manifest written, a line per file in the order of their paths; the file is replaced only
 * when it differs. An earlier import's one JSON file goes: the records replace it.
 */
export function writeManifest(contentDir: string, manifest: Manifest): void {
  const out = recordFile(path.join(contentDir, MANIFEST_FILE));
  try {
    for (const rel of [...manifest.files.keys()].sort())
      out.line(JSON.stringify({ path: rel, ...manifest.files.get(rel) }));
  } catch (error) {
    out.abandon();
    throw error;
  }
  out.close();
}

/** The one JSON file of an earlier import, once its records are written anew. */
export function removeLegacyRecord(contentDir: string): void {
  rmSync(path.join(contentDir, LEGACY_RECORD_FILE), { force: true });
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
  const recorded = manifest.files.get(rel);
  if (!recorded) return force ? 'update' : 'foreign';
  if (recorded.hash !== hashText(current) && !force) return 'edited';
  return 'update';
}
