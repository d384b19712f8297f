import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getArticle } from '../queries';
import { productionOn24Dec } from '../queries/test-support';
import { openStore } from '../store';
import { deskImagesOf } from '../store/kysely/images';
import { secondArticle, validArticle, writeCorpus } from '../content/test-support/temp-corpus';
import { cropFileName } from '../seo/image-crops';
import { siteConfig } from '../site-config';
import { oldAddress, readerRoutes } from './reader-routes';
import { pathSegments } from './request-gate';

let root: string;
let publicDir: string;
let staticDir: string;

beforeAll(async () => {
  root = await writeCorpus({
    articles: {
      'banjir.md': { data: validArticle },
      'sawit.md': { data: secondArticle },
      // Eleven more in the same section: its listing has a second page of ten.
      ...Object.fromEntries(
        Array.from({ length: 11 }, (_, n) => [
          `arsip-${n}.md`,
          {
            data: {
              ...validArticle,
              id: `arsip${n}`,
              slug: `arsip-${n}`,
              publishedAt: `2024-11-${10 + n}T08:00:00+07:00`,
            },
          },
        ]),
      ),
      'later.md': {
        data: {
          ...validArticle,
          id: 'aaaa0003',
          slug: 'nanti',
          publishedAt: '2024-12-30T08:00:00+07:00',
        },
      },
    },
    pages: {
      'redaksi.md':
        '---\nslug: redaksi\ntitle: Redaksi\ndescription: Susunan redaksi.\nupdatedAt: 2024-12-01T09:00:00+07:00\norder: 1\n---\n\nSusunan redaksi.\n',
    },
  });
  publicDir = await mkdtemp(path.join(os.tmpdir(), 'warta-public-'));
  staticDir = await mkdtemp(path.join(os.tmpdir(), 'warta-static-'));
  await mkdir(path.join(staticDir, 'chunks'));
  await writeFile(path.join(staticDir, 'chunks', 'x.js'), 'js');
  await mkdir(path.join(publicDir, 'images', 'articles'), { recursive: true });
  await writeFile(path.join(publicDir, 'images', 'articles', 'a.jpg'), 'jpeg');
  await writeFile(path.join(publicDir, 'favicon.ico'), 'ico');
});

const atChristmasEve = productionOn24Dec(() => root);

/** Thirteen live articles in the section, at the page size the run is configured with. */
const lastRiauPage = () => Math.ceil(13 / siteConfig.articlesPerPage);

async function lookup(url: string) {
  const segments = pathSegments(url);
  if (typeof segments === 'number') throw new Error(`${url} does not pass the gate`);
  return readerRoutes(publicDir, staticDir)(segments);
}

describe('readerRoutes', () => {
  it('finds the pages that exist', async () => {
    atChristmasEve();
    const crop = cropFileName('16x9', (await getArticle(validArticle.id))!.image);
    for (const url of [
      '/',
      '/cari',
      `/berita/${validArticle.id}`,
      `/berita/${validArticle.id}/${validArticle.slug}`,
      '/kanal/riau',
      '/kanal/riau/halaman/2',
      `/kanal/riau/halaman/${lastRiauPage()}`,
      '/kanal/riau/halaman/1',
      '/tag/banjir',
      '/penulis/budi',
      '/penulis/budi/halaman/2',
      '/feed/rss.xml',
      '/feed/riau/rss.xml',
      '/sitemap.xml',
      '/sitemaps/pages.xml',
      '/robots.txt',
      '/redaksi',
      `/img/berita/${validArticle.id}/${crop}`,
      '/images/articles/a.jpg',
      '/favicon.ico',
      '/_warta/galat/404',
      '/_next/static/chunks/x.js',
      '/_next/image',
      '/ruang-redaksi',
      '/ruang-redaksi/masuk',
    ]) {
      expect([url, await lookup(url)]).toEqual([url, 'found']);
    }
  });

  it('sends a wrong or old slug to the id-only URL, one answer per article', async () => {
    atChristmasEve();
    expect(await lookup(`/berita/${validArticle.id}/judul-lama`)).toEqual({
      rewrite: `/berita/${validArticle.id}`,
    });
    expect(await lookup(`/berita/${validArticle.id}/Judul Lama`)).toEqual({
      rewrite: `/berita/${validArticle.id}`,
    });
  });

  it('misses what cannot exist, without rendering anything', async () => {
    atChristmasEve();
    for (const url of [
      '/berita/tidak-ada',
      '/berita/tidak-ada/judul',
      '/berita/aaaa0003/nanti', // scheduled for later: missing until its minute
      '/berita/A1B2',
      '/berita/a/b/c',
      '/kanal/tidak-ada',
      `/kanal/riau/halaman/${lastRiauPage() + 1}`,
      '/kanal/riau/halaman/02',
      '/kanal/riau/halaman/x',
      '/kanal/riau/lain/2',
      '/tag/belum-pernah-ada',
      '/tag/belum-pernah-ada/halaman/1',
      '/penulis/siapa',
      '/feed/tidak-ada/rss.xml',
      '/feed/lain.xml',
      '/sitemaps/articles-1999-01.xml',
      '/sitemaps/x.xml',
      `/img/berita/${validArticle.id}/16x9-0123456789ab.jpg`,
      `/img/berita/tidak-ada/16x9-0123456789ab.jpg`,
      '/og/berita/tidak-ada/x.png',
      '/og/kanal/riau/0123456789ab.png',
      '/images/articles/tidak-ada.jpg',
      '/images/articles',
      '/_warta/galat/500',
      '/_next/static/chunks/tidak-ada.js',
      '/_next/static',
      '/_next/lain',
      '/cari/lain',
      '/halaman-acak',
      '/a/b/c',
    ]) {
      expect([url, await lookup(url)]).toEqual([url, 'missing']);
    }
  });

  it('finds a desk upload the store keeps though this machine lacks its file, writing the file', async () => {
    atChristmasEve();
    const { store } = await openStore(root);
    const src = '/images/desk/2024/12/0123456789abcdef.png';
    const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    await deskImagesOf(store).putImage({
      hash: '0123456789abcdef'.padEnd(64, '0'),
      path: src,
      type: 'image/png',
      width: 1,
      height: 1,
      bytes,
      createdAt: new Date('2024-12-01T00:00:00Z'),
    });
    expect(await lookup(src)).toBe('found');
    expect(new Uint8Array(await readFile(path.join(publicDir, ...src.split('/'))))).toEqual(bytes);
    expect(await lookup('/images/desk/2024/12/fedcba9876543210.png')).toBe('missing');
  });

  it("sends an imported site's old address (as sent, tracking dropped) to where it lives now", async () => {
    atChristmasEve();
    const target = `/berita/${validArticle.id}/${validArticle.slug}`;
    const { store } = await openStore(root);
    await store.write((w) =>
      w.putRedirects([
        { oldPath: '/2024/05/banjir-pekanbaru/', target },
        { oldPath: '/?p=12', target },
        { oldPath: '/category/riau/', target: '/kanal/riau' },
        { oldPath: '/lain/', target: '//evil.test/x' },
      ]),
    );
    const lookupRaw = (url: string) => {
      const segments = pathSegments(url.split('?')[0]!);
      if (typeof segments === 'number') throw new Error(url);
      return readerRoutes(publicDir, staticDir)(segments, url);
    };
    expect(await lookupRaw('/2024/05/banjir-pekanbaru/')).toEqual({ redirect: target });
    expect(await lookupRaw('/2024/05/banjir-pekanbaru')).toEqual({ redirect: target });
    expect(await lookupRaw('/?p=12&utm_source=wa')).toEqual({ redirect: target });
    expect(await lookupRaw('/category/riau/')).toEqual({ redirect: '/kanal/riau' });
    // Another host is never a target; an address nobody imported is still missing.
    expect(await lookupRaw('/lain/')).toBe('missing');
    expect(await lookupRaw('/2024/05/tidak-ada/')).toBe('missing');
    // A page of this site is itself, whatever old address shares its shape.
    expect(await lookupRaw('/?utm_source=wa')).toBe('found');
    expect(await lookupRaw('/kanal/riau')).toBe('found');
    // A page's address with a slash added goes to the page; a made-up one is missing.
    expect(await lookupRaw('/kanal/riau/?x=1')).toEqual({ redirect: '/kanal/riau?x=1' });
    expect(await lookupRaw('/kanal/tidak-ada/')).toBe('missing');
  });

  it("sends a scheduled article's old address only from its minute on; percent-escapes in either case", async () => {
    atChristmasEve();
    const { store } = await openStore(root);
    await store.write((w) =>
      w.putRedirects([{ oldPath: '/2024/12/nanti/', target: '/berita/aaaa0003/nanti' }]),
    );
    const lookupRaw = (url: string) => {
      const segments = pathSegments(url.split('?')[0]!);
      if (typeof segments === 'number') throw new Error(url);
      return readerRoutes(publicDir, staticDir)(segments, url);
    };
    expect(await lookupRaw('/2024/12/nanti/')).toBe('missing');
    vi.stubEnv('WARTA_NOW', '2024-12-30T08:00:00+07:00');
    expect(await lookupRaw('/2024/12/nanti/')).toEqual({ redirect: '/berita/aaaa0003/nanti' });
    const target = `/berita/${validArticle.id}/${validArticle.slug}`;
    await store.write((w) => w.putRedirects([{ oldPath: '/2024/05/%e2%80%aebanjir/', target }]));
    for (const url of [
      '/2024/05/%e2%80%aebanjir/',
      '/2024/05/%E2%80%AEbanjir/',
      '/2024/05/%E2%80%aebanjir',
    ])
      expect([url, await lookupRaw(url)]).toEqual([url, { redirect: target }]);
  });

  it('finds a scheduled article once its minute has come', async () => {
    atChristmasEve();
    vi.stubEnv('WARTA_NOW', '2024-12-30T08:00:00+07:00');
    expect(await lookup('/berita/aaaa0003/nanti')).toBe('found');
  });
});

describe('oldAddress', () => {
  it("keeps WordPress's own query parameters and drops the rest", () => {
    expect(oldAddress('/2024/05/judul/')).toBe('/2024/05/judul/');
    expect(oldAddress('/?p=12&utm_source=wa&fbclid=x')).toBe('/?p=12');
    expect(oldAddress('/?utm_source=wa')).toBe('/');
    expect(oldAddress('/?cat=3&paged=2')).toBe('/?cat=3&paged=2');
  });
});
