import { describe, expect, it } from 'vitest';
import { ingestInto } from '../ingest';
import type { DeskListRequest } from './port';
import { AT } from './test-support/contract-corpus';
import { describeContract, ids } from './test-support/contract-suite';

/**
 * The store's contract, the desk's part: every article whatever its status, filtered by status,
 * section, author and the search's words, newest first, page by page.
 */

describeContract('the content store: the desk list', 'desk_list', ingestInto, (store) => {
  const list = async (filters: Partial<DeskListRequest> = {}, page = 1, perPage = 10) =>
    store.deskList({ now: AT, offset: (page - 1) * perPage, limit: perPage, ...filters });
  const terms = (...words: string[]) => words.map((word) => ({ word, roots: [word] }));

  describe('the desk list', () => {
    it('lists every article newest first, drafts, scheduled and withdrawn ones included', async () => {
      const all = await list();
      expect(ids(all.articles)).toEqual([
        'ssss0001',
        'aaaa0005',
        'aaaa0003',
        'aaaa0004',
        'aaaa0002',
        'aaaa0001',
        'dddd0001',
        'wwww0001',
      ]);
      expect(all.more).toBe(false);
    });

    it('pages it, telling whether another page follows', async () => {
      const first = await list({}, 1, 3);
      expect(ids(first.articles)).toEqual(['ssss0001', 'aaaa0005', 'aaaa0003']);
      expect(first.more).toBe(true);
      const last = await list({}, 3, 3);
      expect(ids(last.articles)).toEqual(['dddd0001', 'wwww0001']);
      expect(last.more).toBe(false);
      expect(await list({}, 4, 3)).toEqual({ articles: [], more: false });
      expect(await list({}, 0, 3)).toEqual({ articles: [], more: false });
      // From any offset: the desk's own drafts come before the store's articles.
      const shifted = await store.deskList({ now: AT, offset: 2, limit: 2 });
      expect(ids(shifted.articles)).toEqual(['aaaa0003', 'aaaa0004']);
    });

    it('filters by status: a draft, scheduled after now, live, withdrawn', async () => {
      expect(ids((await list({ status: 'draft' })).articles)).toEqual(['dddd0001']);
      expect(ids((await list({ status: 'scheduled' })).articles)).toEqual(['ssss0001']);
      expect(ids((await list({ status: 'live' })).articles)).toEqual([
        'aaaa0005',
        'aaaa0003',
        'aaaa0004',
        'aaaa0002',
        'aaaa0001',
      ]);
      expect(ids((await list({ status: 'withdrawn' })).articles)).toEqual(['wwww0001']);
      // Once its time has come, a scheduled article is live.
      const later = new Date('2024-12-31T00:00:00+07:00');
      expect(ids((await list({ status: 'scheduled', now: later })).articles)).toEqual([]);
      expect(ids((await list({ status: 'live', now: later })).articles)[0]).toBe('ssss0001');
    });

    it('filters by section and author, alone or together, with a status', async () => {
      expect(ids((await list({ section: 'nasional' })).articles)).toEqual(['aaaa0003', 'aaaa0004']);
      expect(ids((await list({ section: 'riau', status: 'live' })).articles)).toEqual([
        'aaaa0005',
        'aaaa0002',
        'aaaa0001',
      ]);
      expect(ids((await list({ author: 'sari' })).articles)).toEqual(['aaaa0003', 'aaaa0002']);
      expect(ids((await list({ author: 'budi', section: 'riau' })).articles)).toEqual([
        'ssss0001',
        'aaaa0005',
        'aaaa0001',
        'dddd0001',
        'wwww0001',
      ]);
      expect(ids((await list({ author: 'budi', status: 'withdrawn' })).articles)).toEqual([
        'wwww0001',
      ]);
      expect(ids((await list({ section: 'sepi' })).articles)).toEqual([]);
      // Only the ids asked for (the desk's drafts that the store holds), in list order.
      expect(
        ids((await list({ ids: ['wwww0001', 'aaaa0002', 'ffff9999', 'ssss0001'] })).articles),
      ).toEqual(['ssss0001', 'aaaa0002', 'wwww0001']);
      expect(await list({ ids: [] })).toEqual({ articles: [], more: false });
      expect(ids((await list({ author: 'nobody' })).articles)).toEqual([]);
    });

    it('searches with the reader search, drafts and scheduled ones included, narrowed by the filters', async () => {
      const found = await list({ terms: terms('banjir') });
      expect(ids(found.articles).sort()).toEqual([
        'aaaa0001',
        'aaaa0002',
        'aaaa0004',
        'dddd0001',
        'ssss0001',
      ]);
      expect(ids((await list({ terms: terms('banjir'), status: 'draft' })).articles)).toEqual([
        'dddd0001',
      ]);
      expect(ids((await list({ terms: terms('banjir'), section: 'nasional' })).articles)).toEqual([
        'aaaa0004',
      ]);
      expect(ids((await list({ terms: terms('banjir'), author: 'sari' })).articles)).toEqual([
        'aaaa0002',
      ]);
      const paged = await list({ terms: terms('banjir') }, 2, 2);
      expect(ids(paged.articles)).toEqual(ids(found.articles).slice(2, 4));
      expect(paged.more).toBe(true);
      expect(await list({ terms: terms('zzzqqq') })).toEqual({ articles: [], more: false });
      // Every word, else (the reader search's fallback) any of them.
      expect(ids((await list({ terms: terms('kabinet', 'zzzqqq') })).articles)).toEqual([
        'aaaa0003',
      ]);
    });
  });
});
