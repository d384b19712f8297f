import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatIssue } from '../content/errors';
import { displayPath } from '../content/paths';
import {
  articleFile,
  secondArticle,
  validArticle,
  writeCorpus,
} from '../content/test-support/temp-corpus';
import { closeStores, openStore } from '../store';
import { openPostgresStore, redactUrl } from '../store/postgres/open';
import type { Visibility } from '../store/port';
import { ingestContent } from '.';

const AT: Visibility = { now: new Date('2024-12-24T12:00:00+07:00'), includeDrafts: false };

/** A corpus in a temp folder with its own SQLite file; returns helpers to poke at both. */
async function setup(files?: Parameters<typeof writeCorpus>[0]) {
  const root = await writeCorpus(files);
  const dbDir = await mkdtemp(path.join(os.tmpdir(), 'warta-ingest-'));
  const file = path.join(dbDir, 'warta.sqlite');
  vi.stubEnv('WARTA_SQLITE_FILE', file);
  const store = async () => (await openStore(root)).store;
  const ingest = (options = {}) => ingestContent({ contentDir: root, ...options });
  const lines = (problems: Parameters<typeof formatIssue>[0][]) =>
    problems.map((p) => formatIssue(p).replaceAll(displayPath(root), '<root>'));
  const write = (name: string, text: string) => writeFile(path.join(root, name), text);
  return { root, file, store, ingest, lines, write };
}

afterEach(async () => {
  await closeStores();
  vi.unstubAllEnvs();
});

describe('incremental ingest', () => {
  it('loads everything once, then nothing when nothing changed', async () => {
    const { ingest } = await setup();
    const first = await ingest();
    expect(first.problems).toEqual([]);
    expect(first.changes).toEqual(
      expect.arrayContaining([
        { kind: 'section', id: 'riau' },
        { kind: 'author', id: 'budi' },
        {
          kind: 'article',
          id: 'a1b2c3d4',
          before: undefined,
          after: {
            id: 'a1b2c3d4',
            slug: 'banjir-di-pekanbaru',
            section: 'riau',
            tags: ['banjir', 'pekanbaru'],
            authors: ['budi'],
            publishedAt: '2024-12-20T02:00:00.000Z',
            listed: true,
          },
        },
      ]),
    );
    expect((await ingest()).changes).toEqual([]);
  });

  it('a touched but unchanged file changes nothing; an edited one is the only change', async () => {
    const { ingest, root, write, store } = await setup({
      articles: { 'a.md': { data: validArticle }, 'b.md': { data: secondArticle } },
    });
    await ingest();
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(root, 'articles/a.md'), later, later);
    expect((await ingest()).changes).toEqual([]);
    await write('articles/b.md', articleFile({ ...secondArticle, title: 'Harga Sawit Turun' }));
    const { changes } = await ingest();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'article',
      id: 'e5f6a7b8',
      before: { slug: 'harga-sawit-naik' },
    });
    expect((await (await store()).articleById('e5f6a7b8', AT))?.title).toBe('Harga Sawit Turun');
  });

  it('kept counts and lastmods follow an edit that moves them, and stay for one that does not', async () => {
    const { ingest, write, store } = await setup({
      articles: { 'a.md': { data: validArticle }, 'b.md': { data: secondArticle } },
    });
    await ingest();
    const counts = async () =>
      Object.fromEntries((await (await store()).tags(AT)).map((t) => [t.slug, t.count]));
    expect(await counts()).toEqual({ banjir: 2, pekanbaru: 2 });

    // A title fixed: nothing any listing counts moved.
    await write('articles/b.md', articleFile({ ...secondArticle, title: 'Harga Sawit Turun' }));
    await ingest();
    expect(await counts()).toEqual({ banjir: 2, pekanbaru: 2 });
    const lastmod = async () => (await (await store()).listLastmods('tag', AT)).get('banjir');
    expect(await lastmod()).toEqual(new Date(secondArticle.publishedAt));

    // An update: the tags' newest change moves.
    const updatedAt = '2024-12-22T10:00:00+07:00';
    await write(
      'articles/b.md',
      articleFile({ ...secondArticle, title: 'Harga Sawit Turun', updatedAt }),
    );
    await ingest();
    expect(await lastmod()).toEqual(new Date(updatedAt));

    // Another tag: both tags' counts move.
    await write(
      'articles/b.md',
      articleFile({ ...secondArticle, updatedAt, tags: ['Banjir', 'Sawit'] }),
    );
    await ingest();
    expect(await counts()).toEqual({ banjir: 2, pekanbaru: 1, sawit: 1 });
  });

  it('a deleted file disappears from the store', async () => {
    const { ingest, root, store } = await setup({
      articles: { 'a.md': { data: validArticle }, 'b.md': { data: secondArticle } },
    });
    await ingest();
    await unlink(path.join(root, 'articles/b.md'));
    const { changes } = await ingest();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'article', id: 'e5f6a7b8', before: { listed: true } });
    expect(changes[0]).not.toHaveProperty('after');
    expect(await (await store()).articleById('e5f6a7b8', AT)).toBeUndefined();
    expect(await (await store()).articleById('a1b2c3d4', AT)).toBeDefined();
  });

  it('a full reconcile reads no file whose size and time are unchanged; a given path it reads', async () => {
    const { ingest, root, store } = await setup();
    const file = path.join(root, 'articles/banjir.md');
    const time = new Date('2024-12-20T00:00:00Z');
    await utimes(file, time, time);
    await ingest();
    // Other content of the same size with the same time: only reading it would tell.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Banjir di Pekanbaru', 'BANJIR DI PEKANBARU'));
    await utimes(file, time, time);
    expect((await ingest()).changes).toEqual([]);
    expect((await (await store()).articleById('a1b2c3d4', AT))?.title).toBe('Banjir di Pekanbaru');
    expect((await ingest({ paths: [file] })).changes.map((c) => c.id)).toEqual(['a1b2c3d4']);
    expect((await (await store()).articleById('a1b2c3d4', AT))?.title).toBe('BANJIR DI PEKANBARU');
    expect((await ingest()).changes).toEqual([]);
  });

  it.each([
    ['on this thread', Infinity],
    ['on a worker thread', 0],
  ])(
    'a full reconcile listing %s sees removed authors and pages, and an article moved to another file',
    async (_, listOnWorkerFrom) => {
      const page = (slug: string) =>
        `---\nslug: ${slug}\ntitle: Redaksi\ndescription: Susunan redaksi.\nupdatedAt: 2024-12-01T00:00:00+07:00\norder: 1\n---\n\nIsi.\n`;
      const { ingest, root, store } = await setup({
        authors: {
          budi: {
            id: 'budi',
            name: 'Budi Santoso',
            role: 'Reporter',
            bio: 'Reporter di Pekanbaru.',
          },
          sari: { id: 'sari', name: 'Sari Dewi', role: 'Editor', bio: 'Editor di Pekanbaru.' },
        },
        articles: { 'a.md': { data: validArticle }, 'b.md': { data: secondArticle } },
        pages: { 'redaksi.md': page('redaksi') },
      });
      expect((await ingest({ parsing: { listOnWorkerFrom } })).problems).toEqual([]);
      await unlink(path.join(root, 'authors/sari.yaml'));
      await unlink(path.join(root, 'pages/redaksi.md'));
      await rename(path.join(root, 'articles/b.md'), path.join(root, 'articles/c.md'));
      const { problems, changes } = await ingest({ parsing: { listOnWorkerFrom } });
      expect(problems).toEqual([]);
      expect(changes).toEqual(
        expect.arrayContaining([
          { kind: 'author', id: 'sari' },
          { kind: 'page', id: 'redaksi' },
          expect.objectContaining({ kind: 'article', id: 'e5f6a7b8', after: expect.anything() }),
        ]),
      );
      const s = await store();
      expect(await s.author('sari')).toBeUndefined();
      expect(await s.page('redaksi')).toBeUndefined();
      expect((await s.articleById('e5f6a7b8', AT))?.slug).toBe('harga-sawit-naik');
      expect([...(await s.fileStamps()).keys()].sort()).toEqual([
        'articles/a.md',
        'articles/c.md',
        'authors/budi.yaml',
        'sections.yaml',
      ]);
      expect((await ingest({ parsing: { listOnWorkerFrom } })).changes).toEqual([]);
    },
  );

  it('deleting an article names every file that still refers to it; those stay live', async () => {
    const { ingest, root, store, lines } = await setup({
      articles: {
        'a.md': { data: { ...validArticle, related: ['e5f6a7b8'] } },
        'b.md': { data: secondArticle },
        'c.md': {
          data: { ...secondArticle, id: 'c0c0c0c0', slug: 'harga-karet', title: 'Harga Karet' },
          body: 'Isi.\n\n::baca-juga{id=e5f6a7b8}\n',
        },
      },
    });
    expect((await ingest()).problems).toEqual([]);
    await unlink(path.join(root, 'articles/b.md'));
    const { problems } = await ingest();
    expect(lines(problems)).toEqual([
      expect.stringMatching(/^<root>\/articles\/a\.md.*related.*"e5f6a7b8".*sudah dihapus/),
      expect.stringMatching(/^<root>\/articles\/c\.md.*isi.*"e5f6a7b8".*sudah dihapus/),
    ]);
    expect(await (await store()).articleById('a1b2c3d4', AT)).toBeDefined();
    expect(await (await store()).articleById('c0c0c0c0', AT)).toBeDefined();
    // Once the references are gone from the files, nothing is left to report.
    expect((await ingest()).problems).toEqual([]);
  });

  it('content published through the endpoint survives full reconciles (it has no file here)', async () => {
    const { ingest, store, write } = await setup();
    await ingest();
    const text = articleFile({ ...secondArticle, id: 'c0c0c0c0', slug: 'terbit-jarak-jauh' });
    const published = await ingest({ files: [{ path: 'articles/jauh.md', text }] });
    expect(published.changes.map((c) => c.id)).toEqual(['c0c0c0c0']);
    // A restart, or the reconciliation every 30 s: nothing under that path on disk.
    expect((await ingest()).changes).toEqual([]);
    expect((await (await store()).articleById('c0c0c0c0', AT))?.slug).toBe('terbit-jarak-jauh');
    // Saved later as a file with other content: the file takes over.
    await write(
      'articles/jauh.md',
      articleFile({ ...secondArticle, id: 'c0c0c0c0', slug: 'dari-berkas' }),
    );
    expect((await ingest()).changes.map((c) => c.id)).toEqual(['c0c0c0c0']);
    expect((await (await store()).articleById('c0c0c0c0', AT))?.slug).toBe('dari-berkas');
  });

  it('a file older than a publication under its path does not undo it; a later save does', async () => {
    const { ingest, store, write, root } = await setup();
    await write('articles/banjir.md', articleFile({ ...validArticle, title: 'Dari berkas' }));
    await ingest();
    const old = new Date(Date.now() - 60_000);
    await utimes(path.join(root, 'articles/banjir.md'), old, old);
    await ingest();
    const text = articleFile({ ...validArticle, title: 'Dari Ruang Redaksi' });
    await ingest({ files: [{ path: 'articles/banjir.md', text }] });
    // A restart or a reconciliation, with the older file still in the folder: the publication stands.
    expect((await ingest()).changes).toEqual([]);
    expect((await ingest({ parsing: { listOnWorkerFrom: 0 } })).changes).toEqual([]);
    expect((await (await store()).articleById('a1b2c3d4', AT))?.title).toBe('Dari Ruang Redaksi');
    // The file saved after the publication takes over.
    await write('articles/banjir.md', articleFile({ ...validArticle, title: 'Disunting lagi' }));
    expect((await ingest()).changes.map((c) => c.id)).toEqual(['a1b2c3d4']);
    expect((await (await store()).articleById('a1b2c3d4', AT))?.title).toBe('Disunting lagi');
  });

  it('only the paths given are looked at; content given directly is validated like a file', async () => {
    const { ingest, write, store } = await setup();
    await ingest();
    await write('articles/b.md', articleFile(secondArticle));
    const { changes } = await ingest({ paths: ['articles/b.md'] });
    expect(changes.map((c) => c.id)).toEqual(['e5f6a7b8']);
    const dry = await ingest({
      files: [
        {
          path: 'articles/c.md',
          text: articleFile({ ...secondArticle, id: 'c0c0c0c0', slug: 'baru', section: 'x' }),
        },
      ],
      dryRun: true,
    });
    expect(dry.changes).toEqual([]);
    expect(dry.problems.map((p) => p.field)).toEqual(['section']);
    expect(await (await store()).articleById('c0c0c0c0', AT)).toBeUndefined();
  });
});

describe('bad input never replaces the last good version', () => {
  it('a corrupt or half-written file: reported with its line, last good kept, others stored', async () => {
    const { ingest, write, lines, store } = await setup({
      articles: { 'a.md': { data: validArticle }, 'b.md': { data: secondArticle } },
    });
    await ingest();
    await write('articles/a.md', '---\nid: a1b2c3d4\ntitle: "Banjir di\nslug: [\n---\n\nIsi.\n');
    await write('articles/b.md', articleFile({ ...secondArticle, title: 'Harga Sawit Turun' }));
    const { problems, changes } = await ingest();
    expect(lines(problems)).toEqual([
      expect.stringMatching(/^<root>\/articles\/a\.md(:\d+)?: \(frontmatter\): YAML rusak: /),
    ]);
    expect(changes.map((c) => c.id)).toEqual(['e5f6a7b8']);
    const s = await store();
    expect((await s.articleById('a1b2c3d4', AT))?.title).toBe('Banjir di Pekanbaru');
    expect((await s.articleById('e5f6a7b8', AT))?.title).toBe('Harga Sawit Turun');
    // Reported again on the next run, until it is fixed.
    expect((await ingest()).problems).toHaveLength(1);
  });

  it('a file cut off half-way: reported, last good kept', async () => {
    const { ingest, write, lines, store } = await setup();
    await ingest();
    const whole = articleFile({ ...validArticle, title: 'Baru' });
    await write('articles/banjir.md', whole.slice(0, whole.indexOf('summary:')));
    const reported = lines((await ingest()).problems);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((line) => line.startsWith('<root>/articles/banjir.md'))).toBe(true);
    expect((await (await store()).articleById('a1b2c3d4', AT))?.title).toBe('Banjir di Pekanbaru');
  });

  it('an invalid field: reported exactly as content:check does, last good kept', async () => {
    const { ingest, write, lines, store } = await setup();
    await ingest();
    await write(
      'articles/banjir.md',
      articleFile({ ...validArticle, title: 'Baru', publishedAt: '23/12/2024' }),
    );
    expect(lines((await ingest()).problems)).toEqual([
      '<root>/articles/banjir.md: publishedAt: format tanggal harus "YYYY-MM-DDTHH:MM:SS+07:00" (dengan zona waktu)',
    ]);
    expect((await (await store()).articleById('a1b2c3d4', AT))?.title).toBe('Banjir di Pekanbaru');
  });

  it('two files claiming one id or one slug: both named, neither replaces the other', async () => {
    const { ingest, write, lines, store } = await setup();
    await ingest();
    await write(
      'articles/kembar.md',
      articleFile({ ...secondArticle, id: validArticle.id, title: 'Kembar' }),
    );
    await write(
      'articles/slug.md',
      articleFile({ ...secondArticle, id: 'f0f0f0f0', slug: validArticle.slug }),
    );
    const { problems, changes } = await ingest();
    expect(lines(problems).sort()).toEqual([
      '<root>/articles/kembar.md: id: id "a1b2c3d4" sudah dipakai oleh <root>/articles/banjir.md',
      '<root>/articles/slug.md: slug: slug "banjir-di-pekanbaru" sudah dipakai oleh <root>/articles/banjir.md',
    ]);
    expect(changes).toEqual([]);
    const s = await store();
    expect((await s.articleById('a1b2c3d4', AT))?.title).toBe('Banjir di Pekanbaru');
    expect(await s.articleById('f0f0f0f0', AT)).toBeUndefined();
  });

  it('two pages claiming one slug: the later one named, the first one kept', async () => {
    const page = (title: string) =>
      `---\nslug: redaksi\ntitle: ${title}\ndescription: Susunan redaksi.\nupdatedAt: 2024-12-01T00:00:00+07:00\norder: 1\n---\n\nIsi.\n`;
    const { ingest, write, lines, store } = await setup({ pages: { 'a.md': page('Redaksi') } });
    expect((await ingest()).problems).toEqual([]);
    await write('pages/b.md', page('Kembar'));
    const { problems, changes } = await ingest();
    expect(lines(problems)).toEqual([
      '<root>/pages/b.md: slug: slug "redaksi" sudah dipakai oleh <root>/pages/a.md',
    ]);
    expect(changes).toEqual([]);
    expect((await (await store()).page('redaksi'))?.title).toBe('Redaksi');
  });

  it('an article referring to a missing author or section is not stored', async () => {
    const { ingest, lines, write, store } = await setup();
    await ingest();
    await write('articles/b.md', articleFile({ ...secondArticle, authors: ['siapa'] }));
    expect(lines((await ingest()).problems)).toEqual([
      '<root>/articles/b.md: authors[0]: penulis "siapa" tidak ada di content/authors',
    ]);
    expect(await (await store()).articleById('e5f6a7b8', AT)).toBeUndefined();
  });
});

describe('the database file', () => {
  it('deleted: rebuilt from the Markdown files with a message', async () => {
    const { ingest, file, store } = await setup();
    await ingest();
    await closeStores();
    await rm(file);
    const { changes } = await ingest();
    expect(changes.length).toBeGreaterThan(0);
    expect(await (await store()).articleById('a1b2c3d4', AT)).toBeDefined();
  });

  it('from an older or unknown schema version: rebuilt from the Markdown files with a message', async () => {
    const { ingest, file, store } = await setup();
    const old = new Sqlite(file);
    old.exec('create table articles (id text primary key, html text)');
    old.exec("insert into articles values ('a1b2c3d4', '<p>lama</p>')");
    old.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { problems } = await ingest();
    expect(problems).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/tidak bisa dipakai .*dibuat ulang dari berkas Markdown/),
    );
    expect((await (await store()).articleById('a1b2c3d4', AT))?.title).toBe('Banjir di Pekanbaru');
  });

  it('not a database at all: rebuilt, not a crash loop', async () => {
    const { ingest, file } = await setup();
    await writeFile(file, 'bukan basis data');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await ingest()).problems).toEqual([]);
  });
});

describe('PostgreSQL unreachable', () => {
  const url = 'postgres://warta:rahasia@127.0.0.1:1/warta';

  it('names the URL without its password', async () => {
    expect(redactUrl(url)).toBe('postgres://warta:***@127.0.0.1:1/warta');
    await expect(openPostgresStore(url)).rejects.toThrow(
      /^PostgreSQL di postgres:\/\/warta:\*\*\*@127\.0\.0\.1:1\/warta tidak bisa dihubungi/,
    );
  });

  it('the ingest command prints one line and exits non-zero', async () => {
    const run = promisify(execFile);
    const result = await run('npx', ['tsx', 'scripts/dev/ingest-content.ts'], {
      env: { ...process.env, WARTA_DATABASE_URL: url },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in result && result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^PostgreSQL di postgres:\/\/warta:\*\*\*@127\.0\.0\.1:1\/warta tidak bisa dihubungi/,
    );
    expect(result.stderr).not.toContain('rahasia');
  }, 60_000);
});
