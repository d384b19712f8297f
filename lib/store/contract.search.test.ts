import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestInto } from '../ingest';
import { normaliseQuery, parseQuery } from '../search/query';
import { awkwardText, propertyRuns } from '../test-support/awkward-text';
import { HEADLINE_START, HEADLINE_STOP } from './port';
import { describeContract, development, ids, production } from './test-support/contract-suite';

/** The store's contract, part three: search, for any Unicode, over bounded candidates. */

describeContract('the content store: search', 'search', ingestInto, (store, root) => {
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
});
