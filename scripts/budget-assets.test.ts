import { describe, expect, it } from 'vitest';
import { extractAssets, linkHeaderFonts } from './budget-assets';

const html = [
  '<html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><p>Teks</p>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"3:I[123,[\\"/_next/static/chunks/share.js\\"],\\"CopyLinkButton\\"]"])</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '</body></html>',
].join('\n');

describe('extractAssets', () => {
  const assets = extractAssets(html);

  it('finds script tags, script preloads and the chunks the RSC payload loads', () => {
    expect(assets.scripts.sort()).toEqual([
      '/_next/static/chunks/main.js',
      '/_next/static/chunks/share.js',
      '/_next/static/chunks/webpack.js',
    ]);
  });

  it('skips nomodule polyfills', () => {
    expect(assets.scripts).not.toContain('/_next/static/chunks/polyfills.js');
  });

  it('finds stylesheets and preloaded fonts', () => {
    expect(assets.stylesheets).toEqual(['/_next/static/chunks/a.css']);
    expect(assets.fonts).toEqual(['/_next/static/media/inter.woff2']);
  });

  it('collects the inline RSC payload, not other inline scripts', () => {
    expect(assets.rscPayload).toHaveLength(2);
    expect(assets.rscPayload.join('')).not.toContain('NewsArticle');
  });

  it('leaves the markup without the payload', () => {
    expect(assets.markup).not.toContain('__next_f');
    expect(assets.markup).toContain('<p>Teks</p>');
    expect(assets.markup).toContain('NewsArticle');
  });
});

describe('linkHeaderFonts', () => {
  it('finds the fonts a Link header preloads, and nothing else', () => {
    const header =
      '</_next/static/media/inter.woff2>; rel=preload; as="font"; crossorigin=""; type="font/woff2", ' +
      '</_next/static/chunks/a.css>; rel=preload; as="style", ' +
      '</_next/static/media/serif.woff2>; rel=preload; as="font"; crossorigin=""';
    expect(linkHeaderFonts(header)).toEqual([
      '/_next/static/media/inter.woff2',
      '/_next/static/media/serif.woff2',
    ]);
    expect(linkHeaderFonts(null)).toEqual([]);
  });
});
