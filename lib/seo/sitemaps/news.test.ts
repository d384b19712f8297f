import { describe, expect, it } from 'vitest';
import { testArticle } from '../test-article';
import { newsArticles } from './news';

describe('newsArticles', () => {
  const now = new Date('2024-12-24T12:00:00+07:00');
  const at = (iso: string, id: string) => testArticle({ id, publishedAt: new Date(iso) });

  it('keeps the last two days only, never the future', () => {
    const list = [
      at('2024-12-25T08:00:00+07:00', 'future'),
      at('2024-12-24T12:00:00+07:00', 'now'),
      at('2024-12-22T12:00:01+07:00', 'inside'),
      at('2024-12-22T12:00:00+07:00', 'edge'),
      at('2024-12-10T09:00:00+07:00', 'old'),
    ];
    expect(newsArticles(list, now).map((a) => a.id)).toEqual(['now', 'inside']);
  });

  it('stops at 1,000', () => {
    const list = Array.from({ length: 1200 }, (_, i) => at('2024-12-24T08:00:00+07:00', `a${i}`));
    expect(newsArticles(list, now)).toHaveLength(1000);
  });
});
