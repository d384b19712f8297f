import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGACY_RECORD_FILE, oldAddressLine } from '../content/old-addresses';
import { ingestInto } from '../ingest';
import { OLD_ADDRESSES_META } from '../ingest/old-addresses';
import {
  RECORDED_REDIRECTS,
  writeImportRecord,
  writeLegacyImportRecord,
} from './test-support/contract-corpus';
import {
  describeContract,
  development,
  ids,
  later,
  production,
} from './test-support/contract-suite';

/**
 * The store's contract, part one: redirects, articles by id, the latest, related, tags,
 * sections, authors and pages, referrers and the files' stamps.
 */

describeContract('the content store: articles', 'articles', ingestInto, (store, root) => {
  describe('redirects of old addresses', () => {
    it('answers the new path of an old one, with or without its closing slash', async () => {
      await store.write((w) =>
        w.putRedirects([
          { oldPath: '/2024/05/banjir-kampar/', target: '/berita/wp-12/banjir-kampar' },
          { oldPath: '/?p=12', target: '/berita/wp-12/banjir-kampar' },
          { oldPath: '/tentang', target: '/tentang-kami' },
        ]),
      );
      expect(await store.redirectFor('/2024/05/banjir-kampar/')).toBe(
        '/berita/wp-12/banjir-kampar',
      );
      expect(await store.redirectFor('/2024/05/banjir-kampar')).toBe('/berita/wp-12/banjir-kampar');
      expect(await store.redirectFor('/tentang/')).toBe('/tentang-kami');
      expect(await store.redirectFor('/?p=12')).toBe('/berita/wp-12/banjir-kampar');
      expect(await store.redirectFor('/?p=13')).toBeUndefined();
      expect(await store.redirectFor('/tidak-ada/')).toBeUndefined();
    });

    it('takes a new target for a known old path, written twice without error', async () => {
      const again = [{ oldPath: '/tentang', target: '/redaksi' }];
      await store.write((w) => w.putRedirects(again));
      await store.write((w) => w.putRedirects(again));
      expect(await store.redirectFor('/tentang')).toBe('/redaksi');
    });

    it('answers an old address whose percent-escapes are in either case', async () => {
      await store.write((w) =>
        w.putRedirects([{ oldPath: '/2024/06/%e2%80%8bmusyawarah/', target: '/tentang-kami' }]),
      );
      for (const asked of [
        '/2024/06/%e2%80%8bmusyawarah/',
        '/2024/06/%E2%80%8Bmusyawarah/',
        '/2024/06/%E2%80%8bmusyawarah',
      ])
        expect([asked, await store.redirectFor(asked)]).toEqual([asked, '/tentang-kami']);
      expect(await store.redirectFor('/2024/06/%e2%80%8cmusyawarah/')).toBeUndefined();
    });

    it('takes the old addresses the content folder records when filled from it, and their changes', async () => {
      // The contract corpus records three; this store was new when the suite ingested it.
      for (const [oldPath, target] of Object.entries(RECORDED_REDIRECTS))
        expect([oldPath, await store.redirectFor(oldPath)]).toEqual([oldPath, target]);
      expect(await store.redirectFor('/2024/12/%E2%80%AEbanjir-merendam-pekanbaru')).toBe(
        '/berita/aaaa0001/artikel-aaaa0001',
      );
      // The record grows (another import): the next full ingest takes it.
      const grown = { ...RECORDED_REDIRECTS, '/2024/12/rapat-kabinet/': '/berita/aaaa0003/x' };
      await writeImportRecord(root, grown);
      expect((await ingestInto(store, root, {})).problems).toEqual([]);
      expect(await store.redirectFor('/2024/12/rapat-kabinet/')).toBe('/berita/aaaa0003/x');
      // A store that has not taken this record (new, or filled anew) takes every address back.
      await store.write(async (w) => {
        await w.putRedirects([{ oldPath: '/?p=3', target: '/lain' }]);
        await w.setMeta(OLD_ADDRESSES_META, '');
      });
      await ingestInto(store, root, {});
      expect(await store.redirectFor('/?p=3')).toBe('/berita/aaaa0003/artikel-aaaa0003');
      // An unchanged record is not read again: what the store holds stays.
      await store.write((w) => w.putRedirects([{ oldPath: '/?p=3', target: '/lain' }]));
      await ingestInto(store, root, {});
      expect(await store.redirectFor('/?p=3')).toBe('/lain');
      await writeImportRecord(root, RECORDED_REDIRECTS);
      await ingestInto(store, root, {});
      expect(await store.redirectFor('/?p=3')).toBe('/berita/aaaa0003/artikel-aaaa0003');
    });

    it('reports a line that is no old address and an entry that is no path, keeping the rest', async () => {
      await writeImportRecord(root, { ...RECORDED_REDIRECTS, 'http://x.test/a': '/tentang' }, [
        '{ bukan json',
        JSON.stringify({ from: '/tanpa-tujuan/' }),
        oldAddressLine({ oldPath: '/?p=4', target: '/berita/aaaa0004/artikel-aaaa0004' }),
      ]);
      const { problems } = await ingestInto(store, root, {});
      expect(problems).toEqual([
        expect.objectContaining({ field: 'redirects (baris 4)', message: expect.any(String) }),
        expect.objectContaining({
          field: 'redirects (baris 5)',
          message: expect.stringMatching(/^tidak terbaca/),
        }),
        expect.objectContaining({
          field: 'redirects (baris 6)',
          message: expect.stringMatching(/^tidak terbaca/),
        }),
      ]);
      expect(await store.redirectFor('/?p=4')).toBe('/berita/aaaa0004/artikel-aaaa0004');
      expect(await store.redirectFor('/?p=3')).toBe('/berita/aaaa0003/artikel-aaaa0003');
      await writeImportRecord(root, RECORDED_REDIRECTS);
    });

    it('takes the one JSON file an earlier import left, and reports it when it is no JSON', async () => {
      await writeLegacyImportRecord(root, { '/?p=5': '/berita/aaaa0005/artikel-aaaa0005' });
      expect((await ingestInto(store, root, {})).problems).toEqual([]);
      expect(await store.redirectFor('/?p=5')).toBe('/berita/aaaa0005/artikel-aaaa0005');
      await writeLegacyImportRecord(root, '{ bukan json');
      expect((await ingestInto(store, root, { dryRun: true })).problems).toEqual([
        expect.objectContaining({
          field: 'redirects',
          message: expect.stringMatching(/^tidak terbaca/),
        }),
      ]);
      await rm(path.join(root, LEGACY_RECORD_FILE));
      await writeImportRecord(root, RECORDED_REDIRECTS);
    });
  });

  describe('an article by id', () => {
    it('finds a live article with every field as validated', async () => {
      const a = await store.articleById('aaaa0003', production);
      expect(a).toMatchObject({ id: 'aaaa0003', section: 'nasional', authors: ['sari', 'budi'] });
      expect(a?.publishedAt).toEqual(new Date('2024-12-22T09:00:00+07:00'));
      expect(a?.tags).toEqual([{ name: 'Politik', slug: 'politik' }]);
      expect(a?.image).toMatchObject({ width: 1800, height: 1200 });
    });

    it('finds a withdrawn article with its reason', async () => {
      const a = await store.articleById('wwww0001', production);
      expect(a?.withdrawn?.reason).toBe('Atas permintaan narasumber.');
      expect(a?.withdrawn?.date).toBeInstanceOf(Date);
    });

    it('hides drafts in production and shows them in development', async () => {
      expect(await store.articleById('dddd0001', production)).toBeUndefined();
      expect((await store.articleById('dddd0001', development))?.status).toBe('draft');
    });

    it('hides a scheduled article until its time has come', async () => {
      expect(await store.articleById('ssss0001', production)).toBeUndefined();
      expect((await store.articleById('ssss0001', later))?.id).toBe('ssss0001');
    });

    it('answers undefined for an unknown id', async () => {
      expect(await store.articleById('ffffffff', production)).toBeUndefined();
    });
  });

  describe('latest', () => {
    it('lists live articles newest first, ties by id, without drafts, scheduled or withdrawn', async () => {
      expect(ids(await store.latest(production, 10))).toEqual([
        'aaaa0005',
        'aaaa0003',
        'aaaa0004',
        'aaaa0002',
        'aaaa0001',
      ]);
    });

    it('takes a limit and an offset', async () => {
      expect(ids(await store.latest(production, 2, 1))).toEqual(['aaaa0003', 'aaaa0004']);
      expect(await store.latest(production, 2, 10)).toEqual([]);
    });

    it('includes drafts in development and scheduled articles once due', async () => {
      expect(ids(await store.latest(development, 10))).toContain('dddd0001');
      expect(ids(await store.latest(later, 1))).toEqual(['ssss0001']);
    });

    it('counts live articles', async () => {
      expect(await store.countLive(production)).toBe(5);
      expect(await store.countLive(later)).toBe(6);
    });
  });

  it('issued ids: live and withdrawn, newest first, never drafts or scheduled', async () => {
    expect(await store.issuedIds(production, 10)).toEqual([
      'aaaa0005',
      'aaaa0003',
      'aaaa0004',
      'aaaa0002',
      'aaaa0001',
      'wwww0001',
    ]);
    expect(await store.issuedIds(production, 2)).toEqual(['aaaa0005', 'aaaa0003']);
  });

  it('related: named first, then shared tags, then the same section; never itself', async () => {
    const a3 = (await store.articleById('aaaa0003', production))!;
    expect(ids(await store.related(a3, production, 4))).toEqual(['aaaa0001', 'aaaa0004']);
    const a2 = (await store.articleById('aaaa0002', production))!;
    // aaaa0001 shares the tag and the section, aaaa0004 only the tag, aaaa0005 only the section.
    expect(ids(await store.related(a2, production, 4))).toEqual([
      'aaaa0001',
      'aaaa0004',
      'aaaa0005',
    ]);
    expect(ids(await store.related(a2, production, 1))).toEqual(['aaaa0001']);
  });

  it('tags of live articles with counts, most used first', async () => {
    expect(await store.tags(production)).toEqual([
      { name: 'Banjir', slug: 'banjir', count: 3 },
      { name: 'Pekanbaru', slug: 'pekanbaru', count: 1 },
      { name: 'Politik', slug: 'politik', count: 1 },
    ]);
    expect(await store.tag('banjir', later)).toEqual({ name: 'Banjir', slug: 'banjir', count: 4 });
    expect(await store.tag('rahasia', production)).toBeUndefined();
    expect(await store.tag('rahasia', development)).toMatchObject({ count: 1 });
  });

  it('sections in file order, authors, byline order, pages by their order', async () => {
    expect((await store.sections()).map((s) => s.id)).toEqual(['riau', 'nasional', 'sepi']);
    expect((await store.section('nasional'))?.name).toBe('Nasional');
    expect(await store.section('gosip')).toBeUndefined();
    expect((await store.authors()).map((a) => a.id)).toEqual(['budi', 'sari']);
    expect((await store.author('sari'))?.role).toBe('Editor');
    expect((await store.authorsOf(['sari', 'nobody', 'budi'])).map((a) => a.id)).toEqual([
      'sari',
      'budi',
    ]);
    expect((await store.pages()).map((p) => p.slug)).toEqual(['redaksi', 'kontak']);
    expect((await store.page('kontak'))?.updatedAt).toBeInstanceOf(Date);
    expect(await store.page('tidak-ada')).toBeUndefined();
  });

  it('knows who refers to an article, by related list and by read-also block', async () => {
    const found = await store.referrersOf(['aaaa0001', 'zzzz9999']);
    expect(found.map(({ id, ref, field }) => ({ id, ref, field }))).toEqual([
      { id: 'aaaa0003', ref: 'aaaa0001', field: 'related' },
      { id: 'aaaa0005', ref: 'aaaa0001', field: 'isi' },
    ]);
    expect(found[0]?.file).toMatch(/a3\.md$/);
    expect(await store.referrersOf([])).toEqual([]);
  });

  it("keeps each file's time and size as the file system gives them (a full reconcile compares them)", async () => {
    const stamps = await store.fileStamps();
    const info = await stat(path.join(root, 'articles', 'a1.md'));
    expect(stamps.get('articles/a1.md')).toMatchObject({ mtime_ms: info.mtimeMs, size: info.size });
    expect(stamps.has('sections.yaml')).toBe(true);
    // Nothing differs, so a full reconcile reads no file and changes nothing.
    expect(await ingestInto(store, root, {})).toEqual({ problems: [], changes: [] });
  });
});
