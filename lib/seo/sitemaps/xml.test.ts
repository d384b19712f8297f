import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXT, testArticle } from '../test-article';
import { newsSitemapXml } from './news';
import { sitemapIndexXml, urlsetXml } from './xml';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
});

describe('sitemap XML', () => {
  it('round-trips any text, entity-shaped ampersands included', () => {
    const loc = `https://www.riau24.com/cari?q=${encodeURIComponent('a&b')}&x=1&amp;y=2`;
    const xml = urlsetXml([
      { loc, lastmod: new Date('2024-12-23T07:30:00Z'), images: [`${loc}&nbsp;`] },
    ]);
    const doc = parser.parse(xml, true);
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url.loc).toBe(loc);
    expect(doc.urlset.url.lastmod).toBe('2024-12-23T14:30:00+07:00');
    expect(doc.urlset.url['image:image']['image:loc']).toBe(`${loc}&nbsp;`);
  });

  it('writes a sitemap index', () => {
    const xml = sitemapIndexXml([{ loc: 'https://www.riau24.com/sitemaps/pages.xml' }]);
    expect(parser.parse(xml, true).sitemapindex.sitemap.loc).toBe(
      'https://www.riau24.com/sitemaps/pages.xml',
    );
  });

  it('keeps a hostile headline literal in the news sitemap', () => {
    const xml = newsSitemapXml([testArticle({ title: HOSTILE_TEXT })]);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
    const news = parser.parse(xml, true).urlset.url['news:news'];
    expect(news['news:title']).toBe(HOSTILE_TEXT);
    expect(news['news:publication']['news:name']).toBe('Riau24');
    expect(news['news:publication']['news:language']).toBe('id');
    expect(news['news:publication_date']).toBe('2024-12-23T14:30:00+07:00');
  });
});
