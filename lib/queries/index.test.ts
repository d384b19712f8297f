import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  findArticle,
  getArticle,
  listArticleIds,
  listArticlesBySection,
  listLatestArticles,
  listRelatedArticles,
  paginate,
} from './index';
import { secondArticle, validArticle, writeCorpus } from '../content/test-support/temp-corpus';
import { productionOn24Dec } from './test-support';

const at = (iso: string) => ({ ...validArticle, publishedAt: iso });

let root: string;
beforeAll(async () => {
  root = await writeCorpus({
    articles: {
      'old.md': { data: { ...at('2024-12-01T08:00:00+07:00'), id: 'aaaa0001', slug: 'lama' } },
      'new.md': { data: { ...secondArticle, section: 'riau', tags: ['Banjir'] } },
      'draft.md': {
        data: { ...at('2024-12-02T08:00:00+07:00'), id: 'aaaa0002', slug: 'draf', status: 'draft' },
      },
      'later.md': { data: { ...at('2024-12-30T08:00:00+07:00'), id: 'aaaa0003', slug: 'nanti' } },
      'gone.md': {
        data: {
          ...at('2024-12-03T08:00:00+07:00'),
          id: 'aaaa0004',
          slug: 'dicabut',
          withdrawn: { date: '2024-12-04T08:00:00+07:00', reason: 'Atas permintaan narasumber.' },
        },
      },
    },
  });
});

const at24Dec = productionOn24Dec(() => root);

describe('what getters show at a given moment', () => {
  it('lists live articles newest first, without drafts, scheduled or withdrawn ones', async () => {
    at24Dec();
    expect((await listLatestArticles()).map((a) => a.id)).toEqual(['e5f6a7b8', 'aaaa0001']);
  });

  it('shows a scheduled article once its time has come', async () => {
    at24Dec();
    vi.stubEnv('WARTA_NOW', '2024-12-30T08:00:00+07:00');
    expect((await listLatestArticles(1)).map((a) => a.id)).toEqual(['aaaa0003']);
    expect(await getArticle('aaaa0003')).toBeDefined();
  });

  it('finds a withdrawn article as withdrawn, with its reason', async () => {
    at24Dec();
    const found = await findArticle('aaaa0004');
    expect(found?.state).toBe('withdrawn');
    expect(found?.article.withdrawn?.reason).toBe('Atas permintaan narasumber.');
    expect(await getArticle('aaaa0004')).toBeUndefined();
  });

  it('never finds drafts or unknown ids in production', async () => {
    at24Dec();
    expect(await findArticle('aaaa0002')).toBeUndefined();
    expect(await findArticle('ffffffff')).toBeUndefined();
    expect((await listArticleIds()).sort()).toEqual(['aaaa0001', 'aaaa0004', 'e5f6a7b8']);
  });

  it('paginates sections and refuses pages out of range', async () => {
    at24Dec();
    const first = await listArticlesBySection('riau', 1);
    expect(first?.items.map((a) => a.id)).toEqual(['e5f6a7b8', 'aaaa0001']);
    expect(first?.totalItems).toBe(2);
    expect(await listArticlesBySection('riau', 2)).toBeUndefined();
    expect(await listArticlesBySection('riau', 0)).toBeUndefined();
  });

  it('related articles never include the article itself', async () => {
    at24Dec();
    const article = await getArticle('e5f6a7b8');
    const related = await listRelatedArticles(article!);
    expect(related.map((a) => a.id)).toEqual(['aaaa0001']);
  });
});

describe('paginate', () => {
  it('splits and counts', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({
      items: [3, 4],
      page: 2,
      totalPages: 3,
      totalItems: 5,
    });
    expect(paginate([], 1, 2)).toEqual({ items: [], page: 1, totalPages: 1, totalItems: 0 });
    expect(paginate([1], 1.5, 2)).toBeUndefined();
  });
});
