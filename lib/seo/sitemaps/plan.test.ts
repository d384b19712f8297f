import { describe, expect, it } from 'vitest';
import { chunk, parseSitemapName, planSitemaps, SITEMAP_MAX_URLS, sitemapName } from './plan';

const at = (minute: number) => new Date(Date.UTC(2020, 0, 1) + minute * 60_000);

describe('planSitemaps', () => {
  it('gives each month as many files as its count needs, each with the month lastmod', () => {
    const files = planSitemaps(
      {
        pagesLastmod: at(1),
        tags: [{ lastmod: at(2) }, { lastmod: at(5) }, { lastmod: at(3) }],
        months: [
          { month: '2024-11', count: 20_000, lastmod: at(7) },
          { month: '2024-12', count: 20_001, lastmod: at(9) },
        ],
      },
      10_000,
    );
    expect(files.map((f) => f.name)).toEqual([
      'pages.xml',
      'tags-1.xml',
      'articles-2024-11.xml',
      'articles-2024-11-2.xml',
      'articles-2024-12.xml',
      'articles-2024-12-2.xml',
      'articles-2024-12-3.xml',
    ]);
    expect(files[1]?.lastmod).toEqual(at(5));
    expect(files.at(-1)?.lastmod).toEqual(at(9));
  });

  it('chunks tags and keeps pages.xml for an empty corpus', () => {
    expect(planSitemaps({ tags: [], months: [] }).map((f) => f.name)).toEqual(['pages.xml']);
    const tags = Array.from({ length: 5 }, (_, i) => ({ lastmod: at(i) }));
    expect(planSitemaps({ tags, months: [] }, 2).map((f) => f.name)).toEqual([
      'pages.xml',
      'tags-1.xml',
      'tags-2.xml',
      'tags-3.xml',
    ]);
  });

  it('reads back every name it gives, and nothing else', () => {
    for (const part of [
      { kind: 'pages' },
      { kind: 'tags', index: 0 },
      { kind: 'tags', index: 11 },
      { kind: 'articles', month: '2024-01', index: 0 },
      { kind: 'articles', month: '2024-12', index: 1 },
      { kind: 'articles', month: '2024-12', index: 12 },
    ] as const)
      expect(parseSitemapName(sitemapName(part))).toEqual(part);
    for (const name of [
      'tags-0.xml',
      'tags-01.xml',
      'articles-2024-13.xml',
      'articles-2024-12-1.xml',
      'articles-2024-12-02.xml',
      'articles-1.xml',
      'pages.xml.gz',
    ])
      expect(parseSitemapName(name)).toBeUndefined();
  });

  it('refuses a chunk size over the protocol limit', () => {
    expect(() => chunk([1], SITEMAP_MAX_URLS + 1)).toThrow(RangeError);
  });
});
