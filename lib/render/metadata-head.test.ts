import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readerViewport } from '@/components/document/reader-document';
import { articleMetadata, homeMetadata, searchMetadata } from '../seo/metadata';
import { testArticle, testAuthor, testSection } from '../seo/test-article';
import { documentTitle, MetadataHead, robotsContent } from './metadata-head';

const render = (metadata: Parameters<typeof MetadataHead>[0]['metadata']) =>
  renderToStaticMarkup(createElement(MetadataHead, { metadata, viewport: readerViewport }));

describe('MetadataHead', () => {
  const article = testArticle({ title: 'Judul <Uji> & "Kutip"' });
  const html = render(articleMetadata(article, [testAuthor], testSection));

  it('writes the title with the site name, escaped', () => {
    expect(html).toContain('<title>Judul &lt;Uji&gt; &amp; &quot;Kutip&quot; - Riau24</title>');
  });

  it('writes canonical, robots and the feed alternates', () => {
    expect(html).toContain(
      '<link rel="canonical" href="https://www.riau24.com/berita/a1b2c3d4/judul-uji"/>',
    );
    expect(html).toContain(
      '<meta name="robots" content="index, follow, max-image-preview:large"/>',
    );
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" href="https://www.riau24.com/feed/rss.xml" title="Riau24 - Berita Terkini"/>',
    );
    expect(html).toContain('type="application/feed+json"');
  });

  it('writes Open Graph with the article times, authors, section and tags', () => {
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain(
      '<meta property="article:published_time" content="2024-12-23T14:30:00+07:00"/>',
    );
    expect(html).toContain(
      '<meta property="article:author" content="https://www.riau24.com/penulis/budi"/>',
    );
    expect(html).toContain('<meta property="article:section" content="Hukum"/>');
    expect(html).toContain('<meta property="article:tag" content="Korea Utara"/>');
    expect(html).toMatch(
      /<meta property="og:image" content="https:\/\/www\.riau24\.com\/og\/berita\/a1b2c3d4\/[0-9a-f]{12}\.png"\/><meta property="og:image:width" content="1200"\/><meta property="og:image:height" content="630"\/>/,
    );
  });

  it('writes the Twitter card and its image', () => {
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(html).toMatch(/<meta name="twitter:image" content="https:\/\/www\.riau24\.com\/og\//);
  });

  it('writes the author and the theme colours of both schemes', () => {
    expect(html).toContain('<meta name="author" content="Budi Santoso"/>');
    expect(html).toContain(
      '<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#7d0d13"/>',
    );
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
  });

  it('writes a website for the front page, with no article tags', () => {
    const home = render(homeMetadata());
    expect(home).toContain('<meta property="og:type" content="website"/>');
    expect(home).not.toContain('article:');
    expect(home).toContain('<title>Riau24 - Berita Riau, Indonesia, dan dunia</title>');
  });

  it('asks search engines not to index search results', () => {
    expect(render(searchMetadata('banjir'))).toContain(
      '<meta name="robots" content="noindex, follow"/>',
    );
  });
});

describe('documentTitle and robotsContent', () => {
  it('applies the site template except to absolute titles', () => {
    expect(documentTitle('Kanal')).toBe('Kanal - Riau24');
    expect(documentTitle({ absolute: 'Riau24 - Beranda' })).toBe('Riau24 - Beranda');
    expect(documentTitle(undefined)).toBe('Riau24');
  });

  it('spells the robots directives', () => {
    expect(robotsContent({ index: false, follow: true })).toBe('noindex, follow');
    expect(robotsContent(undefined)).toBeUndefined();
  });
});
