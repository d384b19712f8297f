import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IngestFn } from '../ingest-port';
import { ingestKeepingFiles } from './remote-files';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function contentDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-remote-'));
  dirs.push(dir);
  return dir;
}

/** An ingest that rejects files whose text says "rusak", as the real one reports problems. */
const ingest: IngestFn = async (options = {}) => ({
  changes: [],
  problems: (options.files ?? [])
    .filter((f) => f.text.includes('rusak'))
    .map((f) => ({ file: `content/${f.path}`, field: 'title', message: 'wajib diisi' })),
});

const exclusive = <T>(task: () => Promise<T>) => task();

describe('ingestKeepingFiles', () => {
  it('writes the accepted files into the watched folder, never a rejected one', async () => {
    const dir = await contentDir();
    const run = ingestKeepingFiles(ingest, { contentDir: dir, exclusive });
    await run({
      files: [
        { path: 'articles/baik.md', text: 'isi baik' },
        { path: 'articles/buruk.md', text: 'isi rusak' },
      ],
    });
    expect(await readFile(path.join(dir, 'articles/baik.md'), 'utf8')).toBe('isi baik');
    expect(await readdir(path.join(dir, 'articles'))).toEqual(['baik.md']);
  });

  it('writes nothing for a dry run or where no watcher runs', async () => {
    const dir = await contentDir();
    const files = [{ path: 'articles/baik.md', text: 'isi baik' }];
    await ingestKeepingFiles(ingest, { contentDir: dir, exclusive })({ files, dryRun: true });
    await ingestKeepingFiles(ingest, { contentDir: dir })({ files });
    expect(await readdir(dir)).toEqual([]);
  });

  it('stores and writes inside the publisher queue', async () => {
    const dir = await contentDir();
    const order: string[] = [];
    const queued = async <T>(task: () => Promise<T>) => {
      order.push('start');
      const value = await task();
      order.push(existsSync(path.join(dir, 'articles/baik.md')) ? 'end, written' : 'end');
      return value;
    };
    const tracing: IngestFn = async (options) => {
      order.push('ingest');
      return ingest(options);
    };
    await ingestKeepingFiles(tracing, { contentDir: dir, exclusive: queued })({
      files: [{ path: 'articles/baik.md', text: 'isi baik' }],
    });
    expect(order).toEqual(['start', 'ingest', 'end, written']);
    expect(await readdir(path.join(dir, 'articles'))).toEqual(['baik.md']);
  });
});
