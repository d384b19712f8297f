import type { Article, Author, Section } from '../content';

/** Content objects for unit tests, as lib/content would hand them over. */

export const HOSTILE_TEXT = `</script><script>alert(1)</script> <img src=x onerror=alert(1)> "q" 'a' & &amp; &nbsp; &#65; ]]> ]]> javascript:alert(1)`;

export const testSection: Section = { id: 'hukum', name: 'Hukum', description: 'Kanal hukum.' };

export const testAuthor: Author = {
  id: 'budi',
  name: 'Budi Santoso',
  role: 'Reporter',
  bio: 'Reporter hukum.',
  sameAs: [],
};

export function testArticle(overrides: Partial<Article> = {}): Article {
  const publishedAt = new Date('2024-12-23T07:30:00Z');
  return {
    id: 'a1b2c3d4',
    slug: 'judul-uji',
    title: 'Judul uji',
    summary: 'Ringkasan uji.',
    section: testSection.id,
    tags: [{ name: 'Korea Utara', slug: 'korea-utara' }],
    authors: [testAuthor.id],
    publishedAt,
    modifiedAt: publishedAt,
    image: {
      src: '/images/articles/9c6a2a35.jpg',
      alt: 'Alt',
      credit: 'Kredit',
      width: 1800,
      height: 1200,
    },
    dateline: 'PEKANBARU',
    sources: [{ name: 'CBS News', url: 'https://www.cbsnews.com/' }, { name: 'Yonhap' }],
    related: [],
    status: 'published',
    verified: true,
    corrections: [],
    file: 'content/articles/uji.md',
    body: 'Isi [tautan](/berita/x/y).',
    bodyImages: {},
    text: 'Isi tautan.',
    wordCount: 2,
    readingMinutes: 1,
    ...overrides,
  };
}
