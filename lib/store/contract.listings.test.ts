import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestInto } from '../ingest';
import { AT } from './test-support/contract-corpus';
import { describeContract, ids, later, page, production } from './test-support/contract-suite';

/** The store's contract, part two: listings and their pages, sitemaps and the kept counts. */

describeContract('the content store: listings', 'listings', ingestInto, (store, root) => {
  describe('listings with pagination and totals', () => {
    it('pages a section, the last page partly filled', async () => {
      const first = await store.list({ kind: 'section', sectionId: 'riau' }, production, page(1));
      expect(first).toMatchObject({ page: 1, totalPages: 2, totalItems: 3 });
      expect(ids(first!.items)).toEqual(['aaaa0005', 'aaaa0002']);
      const second = await store.list({ kind: 'section', sectionId: 'riau' }, production, page(2));
      expect(ids(second!.items)).toEqual(['aaaa0001']);
    });

    it('refuses page 0, a fraction and a page past the end', async () => {
      const riau = { kind: 'section', sectionId: 'riau' } as const;
      expect(await store.list(riau, production, page(0))).toBeUndefined();
      expect(await store.list(riau, production, page(1.5))).toBeUndefined();
      expect(await store.list(riau, production, page(3))).toBeUndefined();
    });

    it('gives an empty section one empty page', async () => {
      expect(await store.list({ kind: 'section', sectionId: 'sepi' }, production, page(1))).toEqual(
        {
          items: [],
          page: 1,
          totalPages: 1,
          totalItems: 0,
        },
      );
    });

    it('an exact multiple of the page size has no extra page', async () => {
      const tag = { kind: 'tag', tagSlug: 'banjir' } as const;
      const first = await store.list(tag, production, page(1, 3));
      expect(first).toMatchObject({ totalItems: 3, totalPages: 1 });
      expect(ids(first!.items)).toEqual(['aaaa0004', 'aaaa0002', 'aaaa0001']);
      expect(await store.list(tag, production, page(2, 3))).toBeUndefined();
    });

    it('lists by author, whatever the byline position', async () => {
      const budi = await store.list({ kind: 'author', authorId: 'budi' }, production, page(1, 10));
      expect(ids(budi!.items)).toEqual(['aaaa0005', 'aaaa0003', 'aaaa0004', 'aaaa0001']);
      const sari = await store.list({ kind: 'author', authorId: 'sari' }, production, page(1, 10));
      expect(ids(sari!.items)).toEqual(['aaaa0003', 'aaaa0002']);
    });

    it('keeps withdrawn, draft and scheduled articles out of every listing', async () => {
      const tag = await store.list({ kind: 'tag', tagSlug: 'banjir' }, production, page(1, 10));
      expect(ids(tag!.items)).not.toEqual(expect.arrayContaining(['wwww0001']));
      expect(ids(tag!.items)).not.toContain('ssss0001');
      expect(
        await store.list({ kind: 'tag', tagSlug: 'rahasia' }, production, page(1)),
      ).toMatchObject({
        totalItems: 0,
      });
    });
  });

  it('sitemap chunks walk every live article once, in order, by cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let chunks = 0;
    do {
      const chunk = await store.sitemapChunk(production, 2, cursor);
      seen.push(...chunk.entries.map((e) => e.id));
      expect(chunk.entries.length).toBeLessThanOrEqual(2);
      cursor = chunk.next;
      chunks += 1;
    } while (cursor);
    expect(chunks).toBe(3);
    expect(seen).toEqual(ids(await store.latest(production, 10)));
  });

  describe('sitemaps and listing dates, from the kept counts', () => {
    const wib = (s: string) => new Date(`${s}+07:00`);

    it('lists months with live articles, their counts and newest change', async () => {
      expect(await store.sitemapMonths(production)).toEqual([
        { month: '2024-12', count: 5, lastmod: wib('2024-12-23T09:00:00') },
      ]);
      expect(await store.sitemapMonths(later)).toEqual([
        { month: '2024-12', count: 6, lastmod: wib('2024-12-30T09:00:00') },
      ]);
      const before = { now: wib('2024-11-30T00:00:00'), includeDrafts: false };
      expect(await store.sitemapMonths(before)).toEqual([]);
    });

    it("reads one month's live articles oldest first, by limit and offset", async () => {
      const month = await store.sitemapMonth(production, '2024-12', 10, 0);
      expect(ids(month)).toEqual(['aaaa0001', 'aaaa0002', 'aaaa0004', 'aaaa0003', 'aaaa0005']);
      expect(month[0]).toEqual({
        id: 'aaaa0001',
        slug: 'artikel-aaaa0001',
        publishedAt: wib('2024-12-20T09:00:00'),
        modifiedAt: wib('2024-12-20T09:00:00'),
        image: '/images/articles/9c6a2a35.jpg',
      });
      expect(ids(await store.sitemapMonth(production, '2024-12', 2, 2))).toEqual([
        'aaaa0004',
        'aaaa0003',
      ]);
      expect(await store.sitemapMonth(production, '2024-11', 10, 0)).toEqual([]);
    });

    it('gives each listing its newest change, never after now', async () => {
      const sections = await store.listLastmods('section', production);
      expect(sections.get('nasional')).toEqual(wib('2024-12-22T09:00:00'));
      expect(sections.get('riau')!.getTime()).toBeLessThanOrEqual(AT.getTime());
      expect((await store.listLastmods('tag', production)).get('politik')).toEqual(
        wib('2024-12-22T09:00:00'),
      );
      expect((await store.listLastmods('author', later)).get('sari')).toEqual(
        wib('2024-12-22T09:00:00'),
      );
    });

    it('lists the articles published since an instant, newest first, bounded', async () => {
      const since = wib('2024-12-21T12:00:00');
      expect(ids(await store.latestSince(production, since, 10))).toEqual([
        'aaaa0005',
        'aaaa0003',
        'aaaa0004',
      ]);
      expect(ids(await store.latestSince(production, since, 2))).toEqual(['aaaa0005', 'aaaa0003']);
      expect(ids(await store.latestSince(later, wib('2024-12-29T00:00:00'), 10))).toEqual([
        'ssss0001',
      ]);
    });
  });

  it('keeps counts, totals and months in step when an article moves section and tag', async () => {
    const file = path.join(root, 'articles', 'a4.md');
    const original = await readFile(file, 'utf8');
    const moved = original
      .replace('section: nasional', 'section: riau')
      .replace('  - Banjir', '  - Politik')
      .replace('2024-12-22T09:00:00+07:00', '2024-11-22T09:00:00+07:00');
    expect(moved).not.toBe(original);
    try {
      await writeFile(file, moved);
      expect((await ingestInto(store, root, { paths: [file] })).problems).toEqual([]);
      expect(await store.tag('banjir', production)).toMatchObject({ count: 2 });
      expect(await store.tag('politik', production)).toMatchObject({ count: 2 });
      const riau = await store.list({ kind: 'section', sectionId: 'riau' }, production, page(1));
      expect(riau).toMatchObject({ totalItems: 4, totalPages: 2 });
      const nasional = { kind: 'section', sectionId: 'nasional' } as const;
      expect(await store.list(nasional, production, page(1))).toMatchObject({ totalItems: 1 });
      expect((await store.sitemapMonths(production)).map((m) => [m.month, m.count])).toEqual([
        ['2024-11', 1],
        ['2024-12', 4],
      ]);
      expect(await store.countLive(production)).toBe(5);
    } finally {
      await writeFile(file, original);
      await ingestInto(store, root, { paths: [file] });
    }
    expect(await store.tag('banjir', production)).toMatchObject({ count: 3 });
    expect((await store.sitemapMonths(production)).map((m) => m.count)).toEqual([5]);
  });
});
