import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentChange, IngestOptions, IngestResult } from '../ingest-port';
import type { PublishLog } from '../log';
import { Publisher } from './publisher';
import { ContentWatcher } from './watcher';

interface Harness {
  dir: string;
  ingestCalls: IngestOptions[];
  invalidations: ContentChange[][];
  lines: string[];
  watcher: ContentWatcher;
  result: (options: IngestOptions) => IngestResult;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await sleep(20);
  }
}

let h: Harness;

beforeEach(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-watch-'));
  await mkdir(path.join(dir, 'articles'));
  const lines: string[] = [];
  const log: PublishLog = {
    info: (l) => lines.push(`info ${l}`),
    warn: (l) => lines.push(`warn ${l}`),
    error: (l) => lines.push(`error ${l}`),
  };
  const harness: Harness = {
    dir,
    ingestCalls: [],
    invalidations: [],
    lines,
    result: (options) => ({
      problems: [],
      changes: (options.paths ?? []).map((p) => ({ kind: 'page', id: path.basename(p) })),
    }),
    watcher: undefined as unknown as ContentWatcher,
  };
  const publisher = new Publisher({
    ingest: async (options = {}) => {
      harness.ingestCalls.push(options);
      return harness.result(options);
    },
    invalidate: async (changes) => void harness.invalidations.push(changes),
    log,
  });
  harness.watcher = new ContentWatcher({
    contentDir: dir,
    publisher,
    log,
    quietMs: 300,
    maxWaitMs: 3_000,
    writeSettleMs: 100,
    reconcileMs: 60_000,
  });
  await harness.watcher.start();
  h = harness;
});

afterEach(async () => {
  await h.watcher.close();
  await rm(h.dir, { recursive: true, force: true });
});

describe('ContentWatcher', () => {
  it('100 files copied in at once are one ingest and one invalidation', async () => {
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        writeFile(path.join(h.dir, 'articles', `a${i}.md`), `---\nid: a${i}\n---\n`),
      ),
    );
    await until(() => h.invalidations.length > 0);
    await sleep(600);
    expect(h.ingestCalls).toHaveLength(1);
    expect(h.ingestCalls[0]!.paths).toHaveLength(100);
    expect(h.ingestCalls[0]!.paths).toContain(path.join(h.dir, 'articles', 'a42.md'));
    expect(h.invalidations).toHaveLength(1);
    expect(h.invalidations[0]!).toHaveLength(100);
  });

  it('one file saved ten times in a second is one ingest of that file', async () => {
    const file = path.join(h.dir, 'articles', 'breaking.md');
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      await writeFile(file, `---\nversion: ${i}\n---\n`);
      await sleep(80);
    }
    // The requirement is about saves within one second; a machine too loaded to do that says so.
    expect(Date.now() - started).toBeLessThan(1_500);
    await until(() => h.ingestCalls.length > 0);
    await sleep(600);
    expect(h.ingestCalls).toEqual([{ paths: [file] }]);
    expect(h.invalidations).toHaveLength(1);
  });

  it('swap files, dotfiles and non-content files are ignored; deletions count', async () => {
    const file = path.join(h.dir, 'articles', 'a.md');
    await writeFile(file, 'x');
    await until(() => h.ingestCalls.length === 1);
    await writeFile(path.join(h.dir, 'articles', '.a.md.swp'), 'x');
    await writeFile(path.join(h.dir, 'articles', 'notes.txt'), 'x');
    await writeFile(path.join(h.dir, 'articles', 'a.md~'), 'x');
    await sleep(700);
    expect(h.ingestCalls).toHaveLength(1);
    await rm(file);
    await until(() => h.ingestCalls.length === 2);
    expect(h.ingestCalls[1]).toEqual({ paths: [file] });
  });

  it('invalid files: each problem is one log line, reported once, nothing invalidated', async () => {
    h.result = () => ({
      problems: [
        { file: 'content/articles/x.md', field: 'title', message: 'wajib diisi' },
        { file: 'content/articles/x.md', line: 4, field: 'publishedAt', message: 'format salah' },
      ],
      changes: [],
    });
    await writeFile(path.join(h.dir, 'articles', 'x.md'), '---\ntitle:');
    await until(() => h.ingestCalls.length === 1);
    await sleep(100);
    expect(h.lines.filter((l) => l.startsWith('warn'))).toEqual([
      'warn [terbit] Konten tidak valid: 2 masalah ditemukan.',
      'warn   - content/articles/x.md: title: wajib diisi',
      'warn   - content/articles/x.md:4: publishedAt: format salah',
    ]);
    expect(h.invalidations).toHaveLength(0);
    // The same problems found again (next save, reconciliation) are not printed again.
    await writeFile(path.join(h.dir, 'articles', 'x.md'), '---\ntitle: still');
    await until(() => h.ingestCalls.length === 2);
    await sleep(100);
    expect(h.lines.filter((l) => l.startsWith('warn'))).toHaveLength(3);
  });

  it('a failing ingest is logged and the watcher keeps going', async () => {
    let fail = true;
    const good = h.result;
    h.result = (options) => {
      if (fail) throw new Error('database is locked');
      return good(options);
    };
    await writeFile(path.join(h.dir, 'articles', 'a.md'), 'x');
    await until(() => h.lines.some((l) => l.includes('database is locked')));
    fail = false;
    await writeFile(path.join(h.dir, 'articles', 'b.md'), 'x');
    await until(() => h.invalidations.length === 1);
    expect(h.invalidations[0]!).toEqual([{ kind: 'page', id: 'b.md' }]);
  });
});

describe('reconciliation', () => {
  it('runs a full ingest by hash periodically, and restarts a dead watcher', async () => {
    await h.watcher.close();
    const calls: IngestOptions[] = [];
    const publisher = new Publisher({
      ingest: async (options = {}) => {
        calls.push(options);
        return { problems: [], changes: [] };
      },
      invalidate: async () => undefined,
      log: { info() {}, warn() {}, error() {} },
    });
    const log = { info() {}, warn() {}, error() {} };
    h.watcher = new ContentWatcher({
      contentDir: h.dir,
      publisher,
      log,
      quietMs: 100,
      reconcileMs: 400,
    });
    await h.watcher.start();
    await h.watcher.simulateDeath();
    expect(h.watcher.watching).toBe(false);
    await writeFile(path.join(h.dir, 'articles', 'missed.md'), 'x');
    await until(() => calls.some((c) => c.paths === undefined));
    expect(calls.filter((c) => c.paths)).toHaveLength(0);
    await until(() => h.watcher.watching);
    await writeFile(path.join(h.dir, 'articles', 'seen.md'), 'x');
    await until(() =>
      calls.some((c) => c.paths?.includes(path.join(h.dir, 'articles', 'seen.md'))),
    );
  });
});
