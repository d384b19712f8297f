import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFolders, listInProcess, listOnWorker, type FolderListing } from './folder-listing';

const FOLDERS = ['', 'articles', 'missing'];
let root: string | undefined;

async function folder() {
  root = await mkdtemp(path.join(os.tmpdir(), 'warta-listing-'));
  await mkdir(path.join(root, 'articles'));
  await writeFile(path.join(root, 'sections.yaml'), 'sections: []\n');
  await writeFile(path.join(root, 'articles', 'b.md'), 'bbbb');
  await writeFile(path.join(root, 'articles', 'a.md'), 'aa');
  await writeFile(path.join(root, 'articles', '.a.md.swp'), 'x');
  const time = new Date('2024-12-20T01:02:03.456Z');
  await utimes(path.join(root, 'articles', 'a.md'), time, time);
  return root;
}

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

function entries(listing: FolderListing) {
  return listing.rels.map((rel, i) => [rel, listing.mtimeMs[i], listing.size[i]]);
}

describe('listing the content folders', () => {
  it('gives every entry but dot files, each folder sorted, with its time and size', async () => {
    const dir = await folder();
    const listing = await listInProcess(dir, FOLDERS);
    const a = await stat(path.join(dir, 'articles', 'a.md'));
    expect(listing.rels).toEqual(['articles', 'sections.yaml', 'articles/a.md', 'articles/b.md']);
    expect(entries(listing)[2]).toEqual(['articles/a.md', a.mtimeMs, 2]);
    expect(listing.size[3]).toBe(4);
  });

  it('on a worker thread gives the same as on this one', async () => {
    const dir = await folder();
    const onWorker = await listOnWorker(dir, FOLDERS);
    expect(onWorker).toBeDefined();
    expect(entries(onWorker!)).toEqual(entries(await listInProcess(dir, FOLDERS)));
    expect(entries(await listFolders(dir, FOLDERS, true))).toEqual(entries(onWorker!));
  });

  it('an empty or missing folder lists nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-listing-'));
    root = dir;
    for (const onWorker of [true, false]) {
      const listing = await listFolders(dir, ['articles'], onWorker);
      expect(listing.rels).toEqual([]);
      expect(listing.mtimeMs).toHaveLength(0);
    }
  });
});
