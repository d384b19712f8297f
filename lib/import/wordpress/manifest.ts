import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IMPORT_RECORD_DIR, LEGACY_RECORD_FILE } from '../../content/old-addresses';
import { readLine, recordFile, type RecordFile } from './record-file';

/**
 * What an import wrote, kept next to the content (`content/.wordpress-import/files.jsonl`; the
 * ingest leaves dot folders alone), a line per file: the hash of the text as written, so a later
 * run knows whether a file was edited in Warta since (then it is not overwritten without
 * --force), and what it was made from (so an unchanged post is not converted again):
 *
 *   {"path":"articles/wp-10.md","hash":"…","source":"…","notes":[{"kind":"approximate","message":"…"}]}
 *
 * A run holds no record in memory, only where each line starts: the last run's lines are read
 * from its file when asked for, this run's are written to the next file as it goes (in the order
 * the run takes its posts, then the last run's lines it did not give again), which replaces the
 * last one only when the two differ. The old addresses are a record of their own
 * (./old-address-record.ts). An import made before kept both in one JSON file
 * (`.wordpress-import.json`): its files are read from it, whole, once, and the next records
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

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What a run asks of the manifest: a file's record, and whether this run recorded it since. */
export interface ManifestView {
  get(rel: string): FileRecord | undefined;
  has(rel: string): boolean;
  /** Changes when this run records `rel` (a record looked at earlier is then not the one). */
  version(rel: string): number;
}

/** The last run's records: each looked up by its path, and every line in the file's order. */
interface Earlier {
  get(rel: string): FileRecord | undefined;
  has(rel: string): boolean;
  line(rel: string): string | undefined;
  paths(): Iterable<string>;
  close(): void;
}

export class Manifest implements ManifestView {
  /** This run's records: where each line starts in the next file. */
  private readonly mine = new Map<string, number>();

  private constructor(
    private readonly earlier: Earlier,
    private readonly out: RecordFile,
  ) {}

  /** The manifest of the content folder (none yet: empty); a line it cannot read fails. */
  static open(contentDir: string): Manifest {
    const file = path.join(contentDir, MANIFEST_FILE);
    const earlier = existsSync(file) ? indexedLines(file) : legacyRecords(contentDir);
    return new Manifest(earlier, recordFile(file));
  }

  get(rel: string): FileRecord | undefined {
    const at = this.mine.get(rel);
    return at === undefined ? this.earlier.get(rel) : recordOf(this.out.read(at), rel);
  }

  has(rel: string): boolean {
    return this.mine.has(rel) || this.earlier.has(rel);
  }

  version(rel: string): number {
    return this.mine.get(rel) ?? -1;
  }

  /** This run's record of a file it wrote (or found as it would write it). */
  set(rel: string, record: FileRecord): void {
    this.mine.set(rel, this.out.line(JSON.stringify({ path: rel, ...record })));
  }

  /** The last run's record of a file this run left as it was, kept in this run's order. */
  keep(rel: string): void {
    const line = this.mine.has(rel) ? undefined : this.earlier.line(rel);
    if (line !== undefined) this.mine.set(rel, this.out.line(line));
  }

  /**
   * Finishes the next file (the last run's records this run did not give come after its own)
   * and replaces the last one when they differ; says whether it did.
   */
  close(): boolean {
    try {
      for (const rel of this.earlier.paths())
        if (!this.mine.has(rel)) this.out.line(this.earlier.line(rel)!);
    } catch (error) {
      this.abandon();
      throw error;
    }
    this.earlier.close();
    return this.out.close();
  }

  /** Leaves the last run's manifest as it was. */
  abandon(): void {
    this.earlier.close();
    this.out.abandon();
  }
}

function recordOf(line: string, rel: string): FileRecord {
  const parsed = lineSchema.safeParse(JSON.parse(line));
  if (!parsed.success || parsed.data.path !== rel)
    throw new Error(`${MANIFEST_FILE}: ${rel}: ${parsed.error?.issues[0]?.message ?? line}`);
  const record: FileRecord & { path?: string } = { ...parsed.data };
  delete record.path;
  return record;
}

/** A manifest file indexed by path: where each line starts, read again when asked for. */
function indexedLines(file: string): Earlier {
  const fd = openSync(file, 'r');
  const starts = new Map<string, number>();
  try {
    let line = 0;
    for (const { text, offset } of lines(fd)) {
      line += 1;
      if (!text.trim()) continue;
      let rel: unknown;
      try {
        rel = (JSON.parse(text) as { path?: unknown })?.path;
      } catch (error) {
        throw new Error(`${MANIFEST_FILE}:${line}: ${(error as Error).message}`);
      }
      if (typeof rel !== 'string') throw new Error(`${MANIFEST_FILE}:${line}: path`);
      starts.set(rel, offset);
    }
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const line = (rel: string) => {
    const at = starts.get(rel);
    return at === undefined ? undefined : readLine(fd, at);
  };
  return {
    get: (rel) => {
      const text = line(rel);
      return text === undefined ? undefined : recordOf(text, rel);
    },
    has: (rel) => starts.has(rel),
    line,
    paths: () => starts.keys(),
    close: () => closeSync(fd),
  };
}

/** The lines of an open file with where each starts (bytes), read a megabyte at a time. */
function* lines(fd: number): Generator<{ text: string; offset: number }> {
  const buffer = Buffer.alloc(1 << 20);
  let rest = Buffer.alloc(0);
  let restAt = 0;
  for (let at = 0, n = readSync(fd, buffer, 0, buffer.length, 0); n > 0;) {
    const chunk = rest.length
      ? Buffer.concat([rest, buffer.subarray(0, n)])
      : buffer.subarray(0, n);
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
      yield { text: chunk.toString('utf8', start, end), offset: restAt + start };
      start = end + 1;
    }
    rest = Buffer.from(chunk.subarray(start));
    restAt += start;
    at += n;
    n = readSync(fd, buffer, 0, buffer.length, at);
  }
  if (rest.length) yield { text: rest.toString('utf8'), offset: restAt };
}

/** The files an earlier import recorded in its one JSON file (none when it is not there). */
function legacyRecords(contentDir: string): Earlier {
  const file = path.join(contentDir, LEGACY_RECORD_FILE);
  const raw = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { files?: unknown })
    : undefined;
  const records = new Map(
    Object.entries(z.record(z.string(), fileSchema).default({}).parse(raw?.files)),
  );
  return {
    get: (rel) => records.get(rel),
    has: (rel) => records.has(rel),
    line: (rel) => {
      const record = records.get(rel);
      return record && JSON.stringify({ path: rel, ...record });
    },
    paths: () => records.keys(),
    close: () => undefined,
  };
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
  manifest: Pick<ManifestView, 'get'>,
  rel: string,
  current: string | undefined,
  next: string,
  force: boolean,
): WriteDecision {
  if (current === undefined) return 'new';
  if (current === next) return 'unchanged';
  const recorded = manifest.get(rel);
  if (!recorded) return force ? 'update' : 'foreign';
  if (recorded.hash !== hashText(current) && !force) return 'edited';
  return 'update';
}
