import { describe, expect, it } from 'vitest';
import { articleMetadata, homeMetadata, searchMetadata, sectionMetadata } from './metadata';
import { testArticle, testAuthor, testSection } from './test-article';

describe('articleMetadata', () => {
  const long = 'Kata '.repeat(60).trim();
  const article = testArticle({
    title: long,
    summary: long,
    modifiedAt: new Date('2024-12-24T01:00:00Z'),
  });
  const metadata = articleMetadata(article, [testAuthor], testSection);

  it('has one absolute canonical without a query string', () => {
    expect(metadata.alternates?.canonical).toBe('https://www.riau24.com/berita/a1b2c3d4/judul-uji');
  });

  it('describes an Open Graph article with WIB times and no branding in og:title', () => {
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      title: long,
      url: 'https://www.riau24.com/berita/a1b2c3d4/judul-uji',
      siteName: 'Riau24',
      locale: 'id_ID',
      publishedTime: '2024-12-23T14:30:00+07:00',
      modifiedTime: '2024-12-24T08:00:00+07:00',
      section: 'Hukum',
      tags: ['Korea Utara'],
      authors: ['https://www.riau24.com/penulis/budi'],
    });
    const [image] = (metadata.openGraph as { images: { url: string; width: number }[] }).images;
    expect(image).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
    expect(image?.url).toMatch(
      /^https:\/\/www\.riau24\.com\/og\/berita\/a1b2c3d4\/[0-9a-f]{12}\.png$/,
    );
  });

  it('shortens the Twitter title and description at a word boundary', () => {
    const twitter = metadata.twitter as { card: string; title: string; description: string };
    expect(twitter.card).toBe('summary_large_image');
    expect([...twitter.title].length).toBeLessThanOrEqual(70);
    expect([...twitter.description].length).toBeLessThanOrEqual(200);
    expect(twitter.title).toMatch(/^(Kata )+Kata…$/);
  });

  it('changes the share image URL when the headline changes, not otherwise', () => {
    const again = articleMetadata(
      testArticle({ title: long, summary: 'lain' }),
      [testAuthor],
      testSection,
    );
    const renamed = articleMetadata(testArticle({ title: 'Baru' }), [testAuthor], testSection);
    const url = (m: typeof metadata) =>
      (m.openGraph as { images: { url: string }[] }).images[0]?.url;
    expect(url(again)).toBe(url(metadata));
    expect(url(renamed)).not.toBe(url(metadata));
  });
});

describe('other templates', () => {
  it('indexes listings with max-image-preview:large and self canonicals', () => {
    expect(homeMetadata().robots).toEqual({
      index: true,
      follow: true,
      'max-image-preview': 'large',
    });
    expect(sectionMetadata(testSection, 3).alternates?.canonical).toBe(
      'https://www.riau24.com/kanal/hukum/halaman/3',
    );
  });

  it('keeps search results out of the index', () => {
    expect(searchMetadata('korea').robots).toEqual({ index: false, follow: true });
  });
});
