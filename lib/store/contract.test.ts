import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInto } from '../ingest';
import { normaliseQuery, parseQuery } from '../search/query';
import { awkwardText, propertyRuns } from '../test-support/awkward-text';
import type { KyselyContentStore } from './kysely/store';
import { HEADLINE_START, HEADLINE_STOP, type Visibility } from './port';
import { AT, writeContractCorpus } from './test-support/contract-corpus';
import { engines } from './test-support/engines';

/** One suite, every adapter: what the store answers must not depend on the engine. */
describe.each(engines)('the content store on $name', ({ open }) => {
  let store: KyselyContentStore;
  let root: string;
  const production: Visibility = { now: AT, includeDrafts: false };
  const development: Visibility = { now: AT, includeDrafts: true };
  const later: Visibility = { now: new Date('2024-12-31T00:00:00+07:00'), includeDrafts: false };
  const ids = (articles: { id: string }[]) => articles.map((a) => a.id);
  const page = (n: number, perPage = 2) => ({ page: n, perPage });

  beforeAll(async () => {
    store = await open();
    root = await writeContractCorpus();
    const { problems } = await ingestInto(store, root, {});
    expect(problems).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

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

  it('knows who refers to an article, by related list and by read-also block', async () => {
    const found = await store.referrersOf(['aaaa0001', 'zzzz9999']);
    expect(found.map(({ id, ref, field }) => ({ id, ref, field }))).toEqual([
      { id: 'aaaa0003', ref: 'aaaa0001', field: 'related' },
      { id: 'aaaa0005', ref: 'aaaa0001', field: 'isi' },
    ]);
    expect(found[0]?.file).toMatch(/a3\.md$/);
    expect(await store.referrersOf([])).toEqual([]);
  });

  describe('search', () => {
    const terms = (...words: string[]) => words.map((word) => ({ word, roots: [word] }));
    const search = (words: ReturnType<typeof terms>, v = production, n = 1, perPage = 10) =>
      store.search({ terms: words, page: { page: n, perPage } }, v);

    it('finds live articles by a word, never drafts, scheduled or withdrawn ones', async () => {
      const found = await search(terms('banjir'));
      expect(found.totalHits).toBe(3);
      expect(found.articles[0]?.id).toBe('aaaa0001');
      expect(ids(found.articles).sort()).toEqual(['aaaa0001', 'aaaa0002', 'aaaa0004']);
      expect(found.partial).toBe(false);
      expect(ids((await search(terms('banjir'), development)).articles)).toContain('dddd0001');
    });

    it('finds an inflected word through its root', async () => {
      const found = await search([{ word: 'pemerintah', roots: ['perintah'] }]);
      expect(ids(found.articles)).toEqual(['aaaa0005']);
    });

    it('PostgreSQL excerpts each hit with ts_headline; SQLite leaves it to lib/search', async () => {
      const found = await search([{ word: 'pemerintah', roots: ['perintah'] }]);
      const headline = found.headlines?.get('aaaa0005');
      if (store.engine === 'sqlite') return expect(found.headlines).toBeUndefined();
      expect(headline).toBe(
        `${HEADLINE_START}Pemerintahan${HEADLINE_STOP} provinsi membantu korban dengan beras`,
      );
    });

    it('finds a word by its first letters', async () => {
      expect(ids((await search(terms('pemerin'))).articles)).toEqual(['aaaa0005']);
      expect(ids((await search(terms('kabin'))).articles)).toEqual(['aaaa0003']);
    });

    it('finds words an ingest adds by their first letters, however many words share them', async () => {
      const file = path.join(root, 'articles', 'a4.md');
      const original = await readFile(file, 'utf8');
      // Twenty words starting "zebra": more than SQLite expands a prefix to (it then asks FTS5
      // for the prefix itself); "zebrak" starts one of them.
      const words = [...'abcdefghijklmnopqrst'].map((letter) => `zebra${letter}${letter}`);
      try {
        await writeFile(file, `${original.trimEnd()}\n\n${words.join(' ')}.\n`);
        expect((await ingestInto(store, root, { paths: [file] })).problems).toEqual([]);
        expect(ids((await search(terms('zebra'))).articles)).toEqual(['aaaa0004']);
        expect(ids((await search(terms('zebrak'))).articles)).toEqual(['aaaa0004']);
        expect(ids((await search(terms('zebrakk'))).articles)).toEqual(['aaaa0004']);
        expect((await search(terms('zebrax'))).articles).toEqual([]);
      } finally {
        await writeFile(file, original);
        await ingestInto(store, root, { paths: [file] });
      }
      expect((await search(terms('zebrak'))).articles).toEqual([]);
    });

    it('answers the same after the settling that follows a bulk ingest', async () => {
      const before = await search(terms('banjir'));
      await store.settleAfterBulkLoad(2); // a part of the store: statistics only
      expect(await search(terms('banjir'))).toEqual(before);
      await store.settleAfterBulkLoad(1_000); // as after a first fill: indexes rebuilt too
      expect(await search(terms('banjir'))).toEqual(before);
      expect(ids((await search(terms('pemerin'))).articles)).toEqual(['aaaa0005']);
    });

    it('needs every word; when no article has them all, those with some, marked partial', async () => {
      expect((await search(terms('banjir', 'pekanbaru'))).partial).toBe(false);
      const some = await search(terms('banjir', 'kabinet'));
      expect(some.partial).toBe(true);
      expect(ids(some.articles).sort()).toEqual(['aaaa0001', 'aaaa0002', 'aaaa0003', 'aaaa0004']);
    });

    it('pages results with a total and answers nothing for an unknown word', async () => {
      const all = await search(terms('judul'));
      expect(all.totalHits).toBe(2);
      const first = await search(terms('judul'), production, 1, 1);
      const second = await search(terms('judul'), production, 2, 1);
      expect(first.totalHits).toBe(2);
      expect([...ids(first.articles), ...ids(second.articles)].sort()).toEqual([
        'aaaa0002',
        'aaaa0004',
      ]);
      expect((await search(terms('judul'), production, 3, 1)).articles).toEqual([]);
      expect(await search(terms('xyzzyqwerty'))).toEqual({
        articles: [],
        totalHits: 0,
        capped: false,
        partial: false,
      });
    });
  });

  describe('search for any Unicode', () => {
    const terms = (...words: string[]) => words.map((word) => ({ word, roots: [word] }));
    const search = (words: ReturnType<typeof terms>, v = production) =>
      store.search({ terms: words, page: { page: 1, perPage: 10 } }, v);
    /** A reader's query as the search page makes it into terms (lib/search). */
    const readerTerms = (query: string) =>
      parseQuery(normaliseQuery(query)).map((t) => ({ word: t.word, roots: [...t.roots] }));
    const FLOODED = ['aaaa0001', 'aaaa0002', 'aaaa0004'];

    it("treats either engine's query syntax as text, never as an error", async () => {
      const awkward = [
        '⑴',
        '(1)',
        '(1):*',
        'a(1)b',
        '"',
        '""',
        "'",
        "''",
        '\\',
        '*',
        ':',
        '-',
        '^',
        'NEAR',
        'NEAR(',
        'AND',
        'OR',
        'NOT',
        '<->',
        '!',
        '&',
        '|',
        '',
        ' ',
        '\u0000',
        '\u202e',
        '\u200b',
        '\ud800',
        '\u{1f600}',
        'x'.repeat(5_000),
      ];
      for (const word of awkward) {
        const alone = await search(terms(word));
        expect(alone.articles.length).toBeLessThanOrEqual(10);
        expect(alone.partial).toBe(false);
        const withWord = await search(terms('banjir', word));
        expect(withWord.articles.length).toBeGreaterThan(0);
      }
    });

    it('a word in quotes or with query operators finds the word itself', async () => {
      for (const word of ['"banjir"', 'banjir:*', "'banjir'", 'banjir*', '-banjir']) {
        expect(ids((await search(terms(word))).articles).sort()).toEqual(FLOODED);
      }
    });

    it('a reader\'s query that folds into punctuation ("⑴", "a⑴b") searches its letters and digits', async () => {
      expect(readerTerms('a⑴b')).toEqual([{ word: 'a1b', roots: ['a1b'] }]);
      for (const query of ['⑴', 'a⑴b', '⑴⑵⑶', '"(1):*"', "banjir' OR 1=1 --"]) {
        const found = await search(readerTerms(query));
        expect(found.articles.length).toBeLessThanOrEqual(10);
      }
      // "1" and "banjir": no article has both, those with "banjir" answer.
      const folded = await search(readerTerms('⒈ BANJIR ⑴'));
      expect(folded.partial).toBe(true);
      expect(ids(folded.articles).sort()).toEqual(FLOODED);
      expect(ids((await search(readerTerms('“BANJIR”'))).articles).sort()).toEqual(FLOODED);
    });

    it('never throws, whatever the query (property, seeded)', async () => {
      await fc.assert(
        fc.asyncProperty(
          awkwardText(60),
          fc.array(awkwardText(12), { maxLength: 3 }),
          async (query, raw) => {
            const page = await search(readerTerms(query));
            expect(page.articles.length).toBeLessThanOrEqual(10);
            const direct = await search(terms(...raw), development);
            expect(direct.articles.length).toBeLessThanOrEqual(10);
          },
        ),
        propertyRuns(40),
      );
    }, 60_000);
  });

  describe('search over a bounded number of candidates', () => {
    const banjir = (candidates: number, v = production) =>
      store.search(
        {
          terms: [{ word: 'banjir', roots: ['banjir'] }],
          page: { page: 1, perPage: 10 },
          candidates,
        },
        v,
      );

    it('ranks only the newest visible matches and says there are more', async () => {
      const two = await banjir(2);
      expect(two.capped).toBe(true);
      expect(two.totalHits).toBe(2);
      expect(ids(two.articles).sort()).toEqual(['aaaa0002', 'aaaa0004']);
    });

    it('is not capped when every visible match fits; drafts, withdrawn and scheduled never count', async () => {
      const three = await banjir(3);
      expect(three.capped).toBe(false);
      expect(three.totalHits).toBe(3);
      expect(ids(three.articles).sort()).toEqual(['aaaa0001', 'aaaa0002', 'aaaa0004']);
      const withDrafts = await banjir(3, development);
      expect(withDrafts.capped).toBe(true);
    });
  });

  it("keeps each file's time and size as the file system gives them (a full reconcile compares them)", async () => {
    const stamps = await store.fileStamps();
    const info = await stat(path.join(root, 'articles', 'a1.md'));
    expect(stamps.get('articles/a1.md')).toMatchObject({ mtime_ms: info.mtimeMs, size: info.size });
    expect(stamps.has('sections.yaml')).toBe(true);
    // Nothing differs, so a full reconcile reads no file and changes nothing.
    expect(await ingestInto(store, root, {})).toEqual({ problems: [], changes: [] });
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
