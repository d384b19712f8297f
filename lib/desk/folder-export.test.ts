import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadCorpus } from '../content/load';
import type { Article } from '../content/types';
import { ingestInto } from '../ingest';
import { END_OF_TIME } from '../now';
import type { KyselyContentStore } from '../store/kysely/store';
import { openSqliteStore } from '../store/sqlite/open';
import { strings } from '../strings';
import { exportFolder } from './folder-export';
import { TEST_IMAGE } from './test-support';

/**
 * The store's content written as the Markdown folder: the bundled content ingested, with
 * articles given directly as the desk publishes them (scheduled, withdrawn, a draft, awkward
 * values), exported; content:check's code finds nothing wrong in the folder, and the folder
 * ingested into a fresh store gives the same records.
 */

const NOW = new Date('2026-01-05T03:00:00.000Z');

function deskFile(data: Record<string, unknown>, body = 'Isi artikel.'): string {
  return `---\n${stringify(data)}---\n\n${body}\n`;
}

const base = {
  summary: 'Ringkasan: dengan titik dua, "kutip" dan #tanda.',
  section: 'riau',
  authors: ['andi-saputra'],
  dateline: 'PEKANBARU, RIAU24.COM',
  image: { src: TEST_IMAGE, alt: 'Gambar <b>tebal</b>', credit: 'Warta' },
};

/** As the desk publishes them: content given directly, under articles/<id>.md. */
const GIVEN = [
  {
    path: 'articles/d1d1d1d1.md',
    text: deskFile(
      {
        ...base,
        id: 'd1d1d1d1',
        slug: 'terjadwal',
        title: 'Terjadwal: "awas" & <i>miring</i>',
        tags: ['Banjir', 'Pekanbaru Kota'],
        publishedAt: '2030-01-01T08:00:00+07:00',
        sources: [{ name: 'BMKG Pusat', url: 'https://bmkg.go.id/?a=1&b=2' }, { name: 'Warga' }],
        status: 'published',
        verified: false,
      },
      'Paragraf satu.\n\n## Subjudul\n\n- butir | satu\n- butir dua\n\n    kode menjorok',
    ),
  },
  {
    path: 'articles/d2d2d2d2.md',
    text: deskFile({
      ...base,
      id: 'd2d2d2d2',
      slug: 'ditarik',
      title: 'Ditarik',
      publishedAt: '2025-12-01T08:00:00+07:00',
      updatedAt: '2025-12-02T09:30:00+07:00',
      corrections: [{ date: '2025-12-02T09:30:00+07:00', text: 'Angka | diperbaiki.' }],
      withdrawn: { date: '2025-12-03T10:00:00+07:00', reason: 'Sumber tidak dapat dipastikan.' },
      related: ['d1d1d1d1'],
      status: 'published',
    }),
  },
  {
    path: 'articles/d3d3d3d3.md',
    text: deskFile({
      ...base,
      id: 'd3d3d3d3',
      slug: 'draf-berkas',
      title: 'Draf berkas',
      publishedAt: '2025-12-01T08:00:00+07:00',
      status: 'draft',
    }),
  },
];

/** An article's record as a folder gives it, whatever the folder's place. */
const record = (article: Article | undefined) =>
  article && { ...article, file: path.basename(article.file) };

async function everyArticle(store: KyselyContentStore): Promise<Article[]> {
  return (await store.deskList({ now: END_OF_TIME, offset: 0, limit: 1_000 })).articles;
}

describe('npm run desk -- export', () => {
  let dir: string;
  let source: KyselyContentStore;
  let copy: KyselyContentStore | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'warta-export-'));
    source = (await openSqliteStore(path.join(dir, 'source.sqlite'))).store;
    const root = path.resolve('content');
    expect((await ingestInto(source, root, {})).problems).toEqual([]);
    expect((await ingestInto(source, root, { files: GIVEN })).problems).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await source?.close();
    await copy?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every article, page, author and the sections as files content:check accepts, which ingest into the same records', async () => {
    const folder = path.join(dir, 'folder');
    const report = await exportFolder(source, folder, NOW);
    const articles = await everyArticle(source);
    expect(articles.length).toBeGreaterThan(GIVEN.length);
    expect(report.refused).toEqual([]);
    expect(report.articles).toBe(articles.length);
    expect(report.pages).toBe((await source.pages()).length);
    expect(report.authors).toBe((await source.authors()).length);
    expect(report).toMatchObject({ changed: 0, unchanged: 0 });
    expect(report.created).toBe(1 + report.authors + report.pages + report.articles);

    // Under its file's name; one given directly under the name it was published with.
    const bundled = articles.find((a) => a.file.startsWith('content/'))!;
    await readFile(path.join(folder, 'articles', path.basename(bundled.file)));
    expect(await readFile(path.join(folder, 'articles/d1d1d1d1.md'), 'utf8')).toContain(
      'id: d1d1d1d1',
    );

    // content:check's code finds no problem in the folder.
    const corpus = await loadCorpus(folder);
    expect(corpus.articles).toHaveLength(articles.length);

    // A fresh store filled from the folder holds the same records.
    copy = (await openSqliteStore(path.join(dir, 'copy.sqlite'))).store;
    expect((await ingestInto(copy, folder, {})).problems).toEqual([]);
    const copied = await everyArticle(copy);
    expect(copied.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    for (const article of articles) {
      const again = await copy.articleById(article.id, { now: END_OF_TIME, includeDrafts: true });
      expect(record(again)).toEqual(record(article));
    }
    expect(await copy.sections()).toEqual(await source.sections());
    expect(await copy.authors()).toEqual(await source.authors());
    const pages = async (s: KyselyContentStore) =>
      (await s.pages()).map((p) => ({ ...p, file: path.basename(p.file) }));
    expect(await pages(copy)).toEqual(await pages(source));
  });

  it('leaves identical files untouched and rewrites one that differs', async () => {
    const folder = path.join(dir, 'again');
    const first = await exportFolder(source, folder, NOW);
    const total = first.created;
    expect(await exportFolder(source, folder, NOW)).toMatchObject({
      created: 0,
      changed: 0,
      unchanged: total,
    });
    const file = path.join(folder, 'articles/d2d2d2d2.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Ditarik', 'Diubah di folder'));
    expect(await exportFolder(source, folder, NOW)).toMatchObject({
      created: 0,
      changed: 1,
      unchanged: total - 1,
    });
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('writes no file that would not give the stored record back, and says which field', async () => {
    const store = (await openSqliteStore(path.join(dir, 'lossy.sqlite'))).store;
    try {
      await ingestInto(store, path.resolve('content'), {});
      // What the desk's form cannot carry: a tag with a comma (two tags to the form), a source
      // named with a "|" (the form's separator of a source's name and address).
      const lossy = GIVEN[2]!.text.replace(
        'title: Draf berkas',
        'title: Draf berkas\ntags:\n  - Satu, dua\nsources:\n  - name: A | B\n    url: https://a.id/',
      );
      const given = await ingestInto(store, path.resolve('content'), {
        files: [{ path: 'articles/d3d3d3d3.md', text: lossy }],
      });
      expect(given.problems).toEqual([]);
      const folder = path.join(dir, 'lossy');
      const report = await exportFolder(store, folder, NOW);
      expect(report.refused).toEqual([
        expect.objectContaining({ file: 'articles/d3d3d3d3.md', field: 'sources[0].url' }),
      ]);
      const folderBefore = path.join(dir, 'lossy-tags');
      await ingestInto(store, path.resolve('content'), {
        files: [{ path: 'articles/d3d3d3d3.md', text: lossy.replace('A | B', 'A B') }],
      });
      expect((await exportFolder(store, folderBefore, NOW)).refused).toEqual([
        { file: 'articles/d3d3d3d3.md', field: 'tags', message: strings.desk.cli.exportLoses },
      ]);
      await expect(readFile(path.join(folder, 'articles/d3d3d3d3.md'))).rejects.toThrow();
      expect(report.created).toBe(1 + report.authors + report.pages + report.articles - 1);
    } finally {
      await store.close();
    }
  });
});
