import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Every entry of some content folders with its time and size: what a full reconcile compares. */
export interface FolderListing {
  /** Content-relative with forward slashes, each folder's names sorted; dot files left out. */
  rels: string[];
  /** Per entry, its modification time in ms; NaN when it was gone by the time of its stat. */
  mtimeMs: Float64Array;
  size: Float64Array;
}

/** Entries stat'ed between two turns of the event loop, and per claim from the shared cursor. */
const SLICE = 1_000;

/**
 * The worker's script: plain CommonJS, no imports of ours, so it needs no compiling and runs the
 * same under tsx, vitest and the Next server. It lists the folders (the same steps as
 * `listInProcess`) and sends the paths at once, as one string (a file name holds no NUL), with
 * shared arrays for the times and sizes; then it and the main thread stat slices of them, each
 * claiming the next slice from a shared cursor, until none is left.
 */
const WORKER_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { readdirSync, statSync } = require('node:fs');
const path = require('node:path');
const { root, folders, cursor, slice } = workerData;
const rels = [];
for (const dir of folders) {
  let names;
  try {
    names = readdirSync(path.join(root, dir));
  } catch {
    continue;
  }
  for (const name of names.sort()) if (!name.startsWith('.')) rels.push(dir ? dir + '/' + name : name);
}
const mtimeMs = new Float64Array(new SharedArrayBuffer(8 * rels.length));
const size = new Float64Array(new SharedArrayBuffer(8 * rels.length));
parentPort.postMessage({ rels: rels.join('\0'), mtimeMs, size });
for (;;) {
  const start = Atomics.add(cursor, 0, slice);
  if (start >= rels.length) break;
  for (let i = start; i < Math.min(start + slice, rels.length); i++) {
    const s = statSync(path.join(root, rels[i]), { throwIfNoEntry: false });
    mtimeMs[i] = s ? s.mtimeMs : NaN;
    size[i] = s ? s.size : NaN;
  }
}
parentPort.postMessage('done');
`;

/**
 * Stats the entries of `listing` in slices claimed from `cursor` (shared with the worker, if
 * any), giving the event loop back between slices.
 */
async function statSlices(root: string, listing: FolderListing, cursor: Int32Array) {
  const { rels, mtimeMs, size } = listing;
  for (;;) {
    const start = Atomics.add(cursor, 0, SLICE);
    if (start >= rels.length) return;
    if (start) await new Promise((resolve) => setImmediate(resolve));
    for (let i = start; i < Math.min(start + SLICE, rels.length); i++) {
      const s = statSync(path.join(/* turbopackIgnore: true */ root, rels[i]!), {
        throwIfNoEntry: false,
      });
      mtimeMs[i] = s ? s.mtimeMs : NaN;
      size[i] = s ? s.size : NaN;
    }
  }
}

/** The listing on this thread alone. */
export async function listInProcess(root: string, folders: string[]): Promise<FolderListing> {
  const rels: string[] = [];
  for (const dir of folders) {
    const names = await readdir(path.join(/* turbopackIgnore: true */ root, dir)).catch(
      () => [] as string[],
    );
    for (const name of names.sort())
      if (!name.startsWith('.')) rels.push(dir ? `${dir}/${name}` : name);
  }
  const listing = {
    rels,
    mtimeMs: new Float64Array(rels.length),
    size: new Float64Array(rels.length),
  };
  await statSlices(root, listing, new Int32Array(1));
  return listing;
}

/**
 * The listing made with a worker thread: it lists the folders while this thread reads the store's
 * rows (`meanwhile`), then both stat the entries. Undefined when no worker could run it (the
 * caller lists in-process).
 */
export async function listOnWorker(
  root: string,
  folders: string[],
  meanwhile: Promise<unknown> = Promise.resolve(),
): Promise<FolderListing | undefined> {
  const cursor = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SCRIPT, {
      eval: true,
      workerData: { root, folders, cursor, slice: SLICE },
      execArgv: [],
    });
  } catch {
    return undefined;
  }
  let listed: (listing: FolderListing | undefined) => void;
  let statted: (ok: boolean) => void;
  const listing = new Promise<FolderListing | undefined>((resolve) => (listed = resolve));
  const done = new Promise<boolean>((resolve) => (statted = resolve));
  worker.on(
    'message',
    (m: 'done' | { rels: string; mtimeMs: Float64Array; size: Float64Array }) => {
      if (m === 'done') return statted(true);
      listed({ rels: m.rels ? m.rels.split('\0') : [], mtimeMs: m.mtimeMs, size: m.size });
    },
  );
  worker.once('error', () => {
    listed(undefined);
    statted(false);
  });
  worker.once('exit', () => {
    listed(undefined);
    statted(false);
  });
  const found = await listing;
  if (!found) return undefined;
  await meanwhile.catch(() => {});
  await statSlices(root, found, cursor);
  return (await done) ? found : undefined;
}

/** Above this many known files a full reconcile lists the folders on a worker thread. */
export const WORKER_FROM = 5_000;

/** The listing: with a worker thread when `onWorker`, stat'ing beside it once `meanwhile` is done. */
export async function listFolders(
  root: string,
  folders: string[],
  onWorker: boolean,
  meanwhile?: Promise<unknown>,
): Promise<FolderListing> {
  return (
    (onWorker && (await listOnWorker(root, folders, meanwhile))) || listInProcess(root, folders)
  );
}
