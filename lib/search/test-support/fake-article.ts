import type { Article } from '../../content';

/** A complete Article for index and ranking tests; only what a test names differs. */
export function fakeArticle(
  fields: Partial<Article> & Pick<Article, 'id' | 'title'> & { publishedAt: Date },
): Article {
  return {
    slug: fields.id,
    summary: 'Ringkasan.',
    section: 'nasional',
    tags: [],
    authors: ['penulis'],
    dateline: 'PEKANBARU',
    image: { src: '/images/x.jpg', alt: 'x', credit: 'x', width: 1200, height: 800 },
    sources: [],
    related: [],
    status: 'published',
    verified: true,
    corrections: [],
    file: `content/articles/${fields.id}.md`,
    modifiedAt: fields.publishedAt,
    body: 'Isi berita.',
    bodyImages: {},
    text: 'Isi berita.',
    wordCount: 2,
    readingMinutes: 1,
    ...fields,
  };
}
