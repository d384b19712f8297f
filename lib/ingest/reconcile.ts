import { statSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from '../content/errors';
import { strings } from '../strings';
import type { WritableStore } from '../store/writer-port';
import { listFolders, WORKER_FROM } from './folder-listing';
import type { Candidate, IngestOptions, Kind, Pending } from './types';

/** Which files an ingest reads and which it takes for removed: all compared, or a given few. */

/**
 * Content given directly (the publish endpoint, the newsroom desk) has no file on this disk (nor
 * on any other instance's): its row records the moment of its publication, negated, where a
 * file's records its modification time. A full reconcile never takes its absence from content/
 * for a deletion, and never lets an older file under the same path undo it; a file saved there
 * after the publication takes it over. (0: given directly, moment unknown.)
 */
export function publishedRemotely(at: Date): number {
  return -at.getTime();
}

/** Whether a file's row is content given directly (no file of its own). */
function givenDirectly(stamp: { mtime_ms: number }): boolean {
  return stamp.mtime_ms <= 0;
}

/** Whether a file modified at `mtimeMs` is older than the direct publication its row records. */
function olderThanPublication(stamp: { mtime_ms: number }, mtimeMs: number): boolean {
  return givenDirectly(stamp) && mtimeMs <= -stamp.mtime_ms;
}

const FOLDERS = ['', 'authors', 'articles', 'pages'];

function kindOf(rel: string): Kind | undefined {
  if (rel === 'sections.yaml') return 'sections';
  if (/^authors\/[^/]+\.ya?ml$/.test(rel)) return 'author';
  if (/^articles\/[^/]+\.md$/.test(rel)) return 'article';
  if (/^pages\/[^/]+\.md$/.test(rel)) return 'page';
  return undefined;
}

function candidate(root: string, file: string, text?: string): Candidate | undefined {
  const abs = path.resolve(/* turbopackIgnore: true */ root, file);
  const rel = path.relative(root, abs).split(path.sep).join('/');
  const kind = kindOf(rel);
  if (!kind || path.basename(rel).startsWith('.')) return undefined;
  return { rel, abs, kind, text };
}

/** The files an ingest must read, and the known files it takes for removed. */
export interface Reconciled {
  pending: Pending[];
  /** Known files no longer on disk (content published remotely excepted). */
  removed: string[];
}

/**
 * A full reconcile's comparison: every content file's time and size held against the store's
 * (one Map, deleted from as files are seen, so what is left was removed). Only files that differ
 * become objects; the rows' other columns are read for those alone. A large archive is listed
 * and stat'ed on a worker thread while this one reads the rows.
 */
export async function reconcile(
  store: WritableStore,
  root: string,
  rebuild: boolean,
  workerFrom = WORKER_FROM,
): Promise<Reconciled> {
  const onWorker = (await store.fileCount()) >= workerFrom;
  const stamps = store.fileStamps();
  const listing = listFolders(root, FOLDERS, onWorker, stamps);
  listing.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  const known = await stamps;
  const { rels, mtimeMs, size } = await listing;
  const pending: Pending[] = [];
  for (let i = 0; i < rels.length; i++) {
    const rel = rels[i]!;
    const kind = kindOf(rel);
    if (!kind) continue;
    const before = known.get(rel);
    if (before) known.delete(rel);
    const time = mtimeMs[i]!;
    const bytes = size[i]!;
    // Listed but gone by its stat: neither read nor taken for a removal (the next one sees).
    if (Number.isNaN(time)) continue;
    if (!rebuild && before?.mtime_ms === time && before.size === bytes) continue;
    // Published directly after this file was last written: the publication stands.
    if (before && olderThanPublication(before, time)) continue;
    pending.push({
      rel,
      abs: path.join(/* turbopackIgnore: true */ root, rel),
      kind,
      mtimeMs: time,
      size: bytes,
    });
  }
  const removed: string[] = [];
  for (const [rel, stamp] of known) if (!givenDirectly(stamp)) removed.push(rel);
  return { pending, removed };
}

/** Size and time of the files given to a partial ingest (a watcher's batch, one save). */
function statAll(candidates: Candidate[]) {
  return candidates.map((c) => {
    if (c.text !== undefined) return undefined;
    const s = statSync(c.abs, { throwIfNoEntry: false });
    return s && { mtimeMs: s.mtimeMs, size: s.size };
  });
}

/** The files of a partial ingest: paths said to have changed, or content given directly. */
export function given(
  root: string,
  options: IngestOptions,
  problems: ContentIssue[],
  at = new Date(),
): Reconciled {
  const candidates: Candidate[] = [];
  for (const p of options.paths ?? []) {
    const c = candidate(root, p);
    if (c) candidates.push(c);
  }
  for (const f of options.files ?? []) {
    const c = candidate(root, f.path, f.text);
    if (c) candidates.push(c);
    else
      problems.push({
        file: f.path,
        field: strings.content.fileField,
        message: strings.content.notContentFile,
      });
  }
  const infos = statAll(candidates);
  const pending: Pending[] = [];
  const removed: string[] = [];
  candidates.forEach((c, i) => {
    const info = infos[i];
    if (c.text !== undefined)
      pending.push({ ...c, mtimeMs: publishedRemotely(at), size: c.text.length });
    else if (!info) removed.push(c.rel);
    else pending.push({ ...c, ...info });
  });
  return { pending, removed };
}
