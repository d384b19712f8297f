import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide, hashText, Manifest, MANIFEST_FILE, type FileRecord } from './manifest';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'warta-manifest-'));
const lines = (dir: string) =>
  readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as FileRecord & { path: string });

const article: FileRecord = {
  hash: hashText('a'),
  source: 'kunci',
  notes: [{ kind: 'approximate', message: 'elemen <script> dibuang' }],
};
const page: FileRecord = { hash: hashText('b') };

describe('the import manifest', () => {
  it('is a line per file in the order the run gave them, read back as written', () => {
    const dir = folder();
    const first = Manifest.open(dir);
    first.set('pages/sejarah.md', page);
    first.set('articles/wp-10.md', article);
    expect(first.get('articles/wp-10.md')).toEqual(article);
    expect(first.close()).toBe(true);
    expect(lines(dir).map((line) => line.path)).toEqual(['pages/sejarah.md', 'articles/wp-10.md']);
    const again = Manifest.open(dir);
    expect(again.get('articles/wp-10.md')).toEqual(article);
    expect(again.get('pages/sejarah.md')).toEqual(page);
    expect(again.has('articles/wp-11.md')).toBe(false);
    again.abandon();
  });

  it('is not written again when a run keeps every record, and keeps the ones it did not give', () => {
    const dir = folder();
    const first = Manifest.open(dir);
    first.set('pages/sejarah.md', page);
    first.set('articles/wp-10.md', article);
    first.close();
    const file = path.join(dir, MANIFEST_FILE);
    writeFileSync(file, readFileSync(file));
    const before = statSync(file).mtimeMs;
    const kept = Manifest.open(dir);
    kept.keep('pages/sejarah.md');
    kept.set('articles/wp-10.md', article);
    expect(kept.close()).toBe(false);
    expect(statSync(file).mtimeMs).toBe(before);
    // Another export: its file first, the earlier ones after it.
    const other = Manifest.open(dir);
    other.set('articles/wp-99.md', page);
    expect(other.close()).toBe(true);
    expect(lines(dir).map((line) => line.path)).toEqual([
      'articles/wp-99.md',
      'pages/sejarah.md',
      'articles/wp-10.md',
    ]);
  });

  it('tells a record this run gave from the one it had (a post seen twice)', () => {
    const dir = folder();
    const first = Manifest.open(dir);
    first.set('articles/wp-10.md', article);
    first.close();
    const again = Manifest.open(dir);
    const before = again.version('articles/wp-10.md');
    again.set('articles/wp-10.md', page);
    expect(again.version('articles/wp-10.md')).not.toBe(before);
    expect(again.get('articles/wp-10.md')).toEqual(page);
    again.abandon();
    expect(lines(dir)).toEqual([{ path: 'articles/wp-10.md', ...article }]);
  });

  it('refuses a manifest with a line it cannot read, naming the line', () => {
    const dir = folder();
    const first = Manifest.open(dir);
    first.set('articles/wp-10.md', article);
    first.close();
    const file = path.join(dir, MANIFEST_FILE);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{ bukan json\n`);
    expect(() => Manifest.open(dir)).toThrow(`${MANIFEST_FILE}:2:`);
    writeFileSync(file, `{"path":"articles/wp-11.md","hash":1}\n`);
    expect(() => Manifest.open(dir).get('articles/wp-11.md')).toThrow('articles/wp-11.md');
  });

  it('is empty when the folder has none', () => {
    const none = Manifest.open(folder());
    expect(none.has('articles/wp-10.md')).toBe(false);
    none.abandon();
  });
});

describe('decide', () => {
  const manifest = {
    get: (rel: string) => (rel === 'articles/wp-1.md' ? { hash: hashText('lama') } : undefined),
  };
  it('writes new files, skips identical ones, updates its own untouched ones', () => {
    expect(decide(manifest, 'articles/wp-2.md', undefined, 'baru', false)).toBe('new');
    expect(decide(manifest, 'articles/wp-1.md', 'lama', 'lama', false)).toBe('unchanged');
    expect(decide(manifest, 'articles/wp-1.md', 'lama', 'baru', false)).toBe('update');
  });
  it('keeps a file edited in Warta, or not written by the import, unless forced', () => {
    expect(decide(manifest, 'articles/wp-1.md', 'disunting', 'baru', false)).toBe('edited');
    expect(decide(manifest, 'articles/wp-1.md', 'disunting', 'baru', true)).toBe('update');
    expect(decide(manifest, 'articles/lain.md', 'milik orang', 'baru', false)).toBe('foreign');
  });
});
