import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decide,
  hashText,
  MANIFEST_FILE,
  readManifest,
  writeManifest,
  type Manifest,
} from './manifest';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'warta-manifest-'));

describe('the import manifest', () => {
  const manifest: Manifest = {
    files: new Map([
      ['pages/sejarah.md', { hash: hashText('b') }],
      [
        'articles/wp-10.md',
        {
          hash: hashText('a'),
          source: 'kunci',
          notes: [{ kind: 'approximate', message: 'elemen <script> dibuang' }],
        },
      ],
    ]),
  };

  it('is a line per file in the order of their paths, read back as written', async () => {
    const dir = folder();
    writeManifest(dir, manifest);
    const lines = readFileSync(path.join(dir, MANIFEST_FILE), 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { path: string }).path)).toEqual([
      'articles/wp-10.md',
      'pages/sejarah.md',
    ]);
    expect((await readManifest(dir)).files).toEqual(manifest.files);
  });

  it('is not written again when nothing changed, and is when something did', () => {
    const dir = folder();
    writeManifest(dir, manifest);
    const file = path.join(dir, MANIFEST_FILE);
    writeFileSync(file, readFileSync(file));
    const before = statSync(file).mtimeMs;
    writeManifest(dir, manifest);
    expect(statSync(file).mtimeMs).toBe(before);
    writeManifest(dir, { files: new Map([['pages/sejarah.md', { hash: hashText('c') }]]) });
    expect(readFileSync(file, 'utf8')).toContain(hashText('c'));
  });

  it('refuses a manifest with a line it cannot take, naming the line', async () => {
    const dir = folder();
    writeManifest(dir, manifest);
    const file = path.join(dir, MANIFEST_FILE);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"path":"articles/wp-11.md"}\n`);
    await expect(readManifest(dir)).rejects.toThrow(`${MANIFEST_FILE}:3:`);
  });

  it('is empty when the folder has none', async () => {
    expect((await readManifest(folder())).files.size).toBe(0);
  });
});

describe('decide', () => {
  const manifest: Manifest = {
    files: new Map([['articles/wp-1.md', { hash: hashText('lama') }]]),
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
