import { describe, expect, it } from 'vitest';
import { extractAssets, linkHeaderFonts } from './assets';

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

  it('counts inline scripts the browser runs, not JSON-LD data blocks', () => {
    expect(assets.inlineExecutable).toHaveLength(2);
    expect(assets.inlineExecutable.join('')).not.toContain('NewsArticle');
  });
});

describe('extractAssets on a reader page without the framework', () => {
  const page = [
    '<!DOCTYPE html><html lang="id"><head>',
    '<link rel="preload" href="/assets/inter.1a2b.woff2" as="font" type="font/woff2" crossorigin=""/>',
    '<link rel="stylesheet" href="/assets/warta.3c4d.css"/>',
    '<script src="/assets/enhance.5e6f.js" defer=""></script>',
    '</head><body><main><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<script type="module">alert(1)</script><script type="text/plain">catatan</script>',
    '</main></body></html>',
  ].join('');
  const assets = extractAssets(page);

  it('finds the one script, the stylesheet and the fonts', () => {
    expect(assets.scripts).toEqual(['/assets/enhance.5e6f.js']);
    expect(assets.stylesheets).toEqual(['/assets/warta.3c4d.css']);
    expect(assets.fonts).toEqual(['/assets/inter.1a2b.woff2']);
  });

  it('flags an inline module script, not JSON-LD or a text/plain block', () => {
    expect(assets.inlineExecutable).toEqual(['alert(1)']);
    expect(assets.rscPayload).toEqual([]);
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
