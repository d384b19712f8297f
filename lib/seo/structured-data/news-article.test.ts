import { describe, expect, it } from 'vitest';
import { testArticle, testAuthor, testSection } from '../test-article';
import { serializeJsonLd } from '../json-ld';
import { newsArticleJsonLd } from './news-article';

describe('newsArticleJsonLd', () => {
  const article = testArticle({
    corrections: [{ date: new Date('2024-12-23T09:00:00Z'), text: 'Ralat angka.' }],
  });
  // As a crawler reads it: serialised for the page, then parsed.
  const data = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, [testAuthor], testSection)));

  it('dates carry the +07:00 offset', () => {
    expect(data.datePublished).toBe('2024-12-23T14:30:00+07:00');
    expect(data.dateModified).toBe('2024-12-23T14:30:00+07:00');
  });

  it('names authors as Persons with name and url only', () => {
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Budi Santoso', url: 'https://www.riau24.com/penulis/budi' },
    ]);
  });

  it('lists three crops, the sources and the corrections', () => {
    expect(data.image).toEqual([
      expect.stringMatching(/\/img\/berita\/a1b2c3d4\/16x9-[0-9a-f]{12}\.jpg$/),
      expect.stringMatching(/\/img\/berita\/a1b2c3d4\/4x3-[0-9a-f]{12}\.jpg$/),
      expect.stringMatching(/\/img\/berita\/a1b2c3d4\/1x1-[0-9a-f]{12}\.jpg$/),
    ]);
    expect(data.citation).toEqual([
      { '@type': 'CreativeWork', name: 'CBS News', url: 'https://www.cbsnews.com/' },
      { '@type': 'CreativeWork', name: 'Yonhap' },
    ]);
    expect(data.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Ralat angka.',
        datePublished: '2024-12-23T16:00:00+07:00',
      },
    ]);
  });

  it('names the publisher with its logo', () => {
    expect(data.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Riau24',
      logo: { '@type': 'ImageObject', url: 'https://www.riau24.com/logo.png' },
    });
  });
});
