import { describe, expect, it } from 'vitest';
import type { Article } from '../content';
import { buildSearchIndex } from './build-index';
import { parseQuery } from './query';
import { rankDocuments } from './rank';
import { fakeArticle } from './test-support/fake-article';

const at = new Date('2024-12-24T12:00:00+07:00');
const daysAgo = (days: number) => new Date(at.getTime() - days * 86_400_000);
const sections = [{ id: 'nasional', name: 'Nasional', description: 'x' }];

function ranked(articles: Article[], query: string) {
  const index = buildSearchIndex(articles, sections);
  const { ranked: order, partial } = rankDocuments(index, parseQuery(query), at);
  return { ids: order.map((r) => index.documents[r.doc]!.article.id), partial };
}

describe('rankDocuments', () => {
  it('weights the headline above tags and summary, and those above the body', () => {
    const articles = [
      fakeArticle({
        id: 'body',
        title: 'Rapat',
        text: 'Soal banjir di kota.',
        publishedAt: daysAgo(1),
      }),
      fakeArticle({ id: 'title', title: 'Banjir di kota', publishedAt: daysAgo(1) }),
      fakeArticle({
        id: 'tag',
        title: 'Rapat',
        tags: [{ name: 'Banjir', slug: 'banjir' }],
        publishedAt: daysAgo(1),
      }),
    ];
    expect(ranked(articles, 'banjir').ids).toEqual(['title', 'tag', 'body']);
  });

  it('puts the newer of two equally relevant stories first', () => {
    const articles = [
      fakeArticle({ id: 'old', title: 'Banjir di Pekanbaru', publishedAt: daysAgo(20) }),
      fakeArticle({ id: 'new', title: 'Banjir di Pekanbaru', publishedAt: daysAgo(1) }),
    ];
    expect(ranked(articles, 'banjir').ids).toEqual(['new', 'old']);
  });

  it('lets a clearly better match beat a newer passing mention', () => {
    const articles = [
      fakeArticle({
        id: 'mention',
        title: 'Rapat',
        text: 'Satu kata banjir.',
        publishedAt: daysAgo(0),
      }),
      fakeArticle({
        id: 'story',
        title: 'Banjir rendam Pekanbaru',
        summary: 'Banjir melanda.',
        publishedAt: daysAgo(10),
      }),
    ];
    expect(ranked(articles, 'banjir').ids).toEqual(['story', 'mention']);
  });

  it('needs every word, and falls back to some words when no story has all', () => {
    const articles = [
      fakeArticle({ id: 'both', title: 'Korea Utara kirim tentara', publishedAt: daysAgo(3) }),
      fakeArticle({ id: 'one', title: 'Korea Selatan', publishedAt: daysAgo(1) }),
    ];
    expect(ranked(articles, 'korea utara')).toEqual({ ids: ['both'], partial: false });
    expect(ranked(articles, 'korea jepang')).toEqual({ ids: ['one', 'both'], partial: true });
    expect(ranked(articles, 'jepang')).toEqual({ ids: [], partial: false });
  });

  it('finds by root and by prefix', () => {
    const articles = [
      fakeArticle({ id: 'a', title: 'Penempatan tambahan tentara', publishedAt: daysAgo(1) }),
      fakeArticle({ id: 'b', title: 'Harga beras', publishedAt: daysAgo(1) }),
    ];
    expect(ranked(articles, 'tempat').ids).toEqual(['a']);
    expect(ranked(articles, 'penem').ids).toEqual(['a']);
    expect(ranked(articles, 'TENTARA').ids).toEqual(['a']);
  });

  it('searches the section name', () => {
    const articles = [fakeArticle({ id: 'a', title: 'Sidang', publishedAt: daysAgo(1) })];
    expect(ranked(articles, 'nasional').ids).toEqual(['a']);
  });
});
