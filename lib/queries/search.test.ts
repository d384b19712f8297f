import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RESULTS_PER_PAGE, resultsPageNumber, type Segment } from '../search';
import { searchArticles } from './search';

const SEED = '9c6a2a35';
const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);

beforeAll(() => {
  vi.stubEnv('WARTA_NOW', '2024-12-24T12:00:00+07:00');
});

describe('searchArticles on the real corpus', () => {
  it('finds the seed article first for "korea utara", its words marked', async () => {
    const results = await searchArticles('korea utara');
    expect(results.hits[0]?.article.id).toBe(SEED);
    expect(marked(results.hits[0]!.title)).toEqual(['Korea Utara']);
    expect(marked(results.hits[0]!.excerpt)).toContain('Korea Utara');
  });

  it.each(['penempatan', 'tempat', 'penem', 'KORÉA', 'membantu'])(
    'finds the seed for %j',
    async (q) => {
      const ids = (await searchArticles(q)).hits.map((h) => h.article.id);
      expect(ids).toContain(SEED);
    },
  );

  it('pages ten results at a time', async () => {
    const first = await searchArticles('pemerintah');
    expect(first.totalHits).toBeGreaterThan(RESULTS_PER_PAGE);
    expect(first.hits).toHaveLength(RESULTS_PER_PAGE);
    const second = await searchArticles('pemerintah', 2);
    expect(second.hits).toHaveLength(first.totalHits - RESULTS_PER_PAGE);
    expect(second.hits.map((h) => h.article.id)).not.toContain(first.hits[0]?.article.id);
    expect((await searchArticles('pemerintah', 99)).hits).toEqual([]);
  });

  it.each([
    ['', false],
    ['   ', false],
    ['%', false],
    ['🙂🙂🙂', false],
    ['!!! ???', false],
    ['xyzzyqwerty', true],
  ])('answers %j without error and without hits', async (q, searched) => {
    const results = await searchArticles(q);
    expect(results).toMatchObject({ searched, totalHits: 0, hits: [] });
  });

  it('survives markup and very long queries', async () => {
    await expect(searchArticles('<script>alert(1)</script>')).resolves.toBeDefined();
    const long = await searchArticles('korea '.repeat(500));
    expect(long.query.length).toBeLessThanOrEqual(200);
    expect(long.hits[0]?.article.id).toBeDefined();
  });
});

describe('resultsPageNumber', () => {
  it.each([
    [undefined, 1],
    ['2', 2],
    [['3', '4'], 3],
    ['0', 1],
    ['-1', 1],
    ['2.5', 1],
    ['abc', 1],
    ['99999999999', 1],
  ])('%j → %d', (raw, page) => {
    expect(resultsPageNumber(raw)).toBe(page);
  });
});
