import { describe, expect, it } from 'vitest';
import { chunk, planSitemaps, SITEMAP_MAX_URLS } from './plan';
import type { SitemapEntry } from './xml';

function entries(count: number, prefix: string): SitemapEntry[] {
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    loc: `https://www.riau24.com/${prefix}/${i}`,
    lastmod: new Date(start + i * 60_000),
  }));
}

describe('planSitemaps', () => {
  it('splits hundreds of thousands of articles into files of at most 50,000 URLs', () => {
    const articles = entries(250_001, 'berita');
    const files = planSitemaps({ pages: entries(10, 'p'), tags: entries(3, 't'), articles });
    const articleFiles = files.filter((f) => f.name.startsWith('articles-'));
    expect(articleFiles.map((f) => f.name).slice(0, 2)).toEqual([
      'articles-1.xml',
      'articles-2.xml',
    ]);
    expect(articleFiles.reduce((n, f) => n + f.entries.length, 0)).toBe(250_001);
    for (const file of files) expect(file.entries.length).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
    expect(articleFiles.at(-1)?.entries).toHaveLength(1);
    expect(articleFiles.at(-1)?.lastmod).toEqual(articles.at(-1)?.lastmod);
    expect(files.map((f) => f.name).slice(0, 2)).toEqual(['pages.xml', 'tags-1.xml']);
  });

  it("gives each file its entries' newest lastmod", () => {
    const [file] = planSitemaps({ pages: entries(5, 'p'), tags: [], articles: [] });
    expect(file?.lastmod).toEqual(new Date(Date.UTC(2020, 0, 1) + 4 * 60_000));
  });

  it('leaves out empty groups', () => {
    expect(
      planSitemaps({ pages: entries(1, 'p'), tags: [], articles: [] }).map((f) => f.name),
    ).toEqual(['pages.xml']);
  });

  it('refuses a chunk size over the protocol limit', () => {
    expect(() => chunk([1], SITEMAP_MAX_URLS + 1)).toThrow(RangeError);
  });
});
