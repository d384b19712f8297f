import { describe, expect, it } from 'vitest';
import { testArticle, testAuthor, testSection } from '../seo/test-article';
import { feedItem } from '../seo/feeds/model';
import { serializeJsonLd } from '../seo/json-ld';
import { newsArticleJsonLd } from '../seo/structured-data/news-article';
import { searchFields } from '../store/search-text';
import { bodyText } from './body-text';
import { parseDocument } from './document';
import { renderMarkdown } from './render-markdown';
import { renderBodyHtml } from './render-body';

const URLS = [
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.youtube.com/shorts/aBcDeFgHiJk',
  'https://vimeo.com/76979871/a1b2c3d4e5',
  'https://x.com/akun/status/1870123456789012345',
  'https://www.instagram.com/reel/C9x8Y7z6W5v/',
  'https://www.tiktok.com/@scout2015/video/6718335390845095173',
  'https://www.facebook.com/pemprovriau/posts/pfbid02aBcD123',
  'https://www.facebook.com/watch/?v=1234567890',
];

/** Every attribute of the markup whose value is an absolute URL, as name=value. */
function absoluteUrlAttributes(html: string): string[] {
  return [...html.matchAll(/\s([\w-]+)="([a-z]+:[^"]*)"/gi)].map(
    ([, name, value]) => `${name}=${value}`,
  );
}

describe('an embed renders as a facade', () => {
  it('provider, title, a hidden load button and a plain link; data for the script', () => {
    const html = renderMarkdown(
      '::embed{url="https://youtu.be/dQw4w9WgXcQ?t=90" title="Banjir di Jalan Sudirman"}',
    );
    expect(html).toBe(
      '<figure class="embed embed--landscape" data-embed="youtube" data-embed-id="dQw4w9WgXcQ" data-embed-start="90">' +
        '<div class="embed__frame"><p class="embed__provider">YouTube</p>' +
        '<p class="embed__title">Banjir di Jalan Sudirman</p>' +
        '<button type="button" class="embed__load" hidden>Muat dari YouTube</button></div>' +
        '<figcaption class="embed__caption"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&#x26;t=90s">Buka di YouTube</a></figcaption>' +
        '</figure>',
    );
  });

  it('without a title it names the provider', () => {
    expect(renderMarkdown('::embed{url="https://vimeo.com/76979871"}')).toContain(
      '<p class="embed__title">Konten dari Vimeo</p>',
    );
  });

  it.each(URLS)('%s: no iframe, script or image, and no third-party URL but the link', (url) => {
    const html = renderMarkdown(`Teks.\n\n::embed{url="${url}" title="Judul"}\n\nTeks lagi.`);
    expect(html).not.toMatch(/<(iframe|script|img|object|embed|link|source|video)\b/i);
    expect(html).not.toMatch(/\s(src|srcset|style|on[a-z]+)=/i);
    const urls = absoluteUrlAttributes(html);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^href=https:\/\//);
    // Nor in the text: the only absolute URL is that href.
    expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/https?:/);
  });

  it('a hostile title is text', () => {
    const html = renderMarkdown(
      `::embed{url="https://youtu.be/dQw4w9WgXcQ" title="<img src=x onerror=alert(1)></figure><script>alert(2)</script>"}`,
    );
    expect(html).not.toMatch(/<img|<script|<\/figure><script/);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>&#x3C;/figure>&#x3C;script>');
  });

  it('an embed the check refuses renders nothing (no attribute of the author’s reaches the page)', () => {
    for (const body of [
      '::embed{url="https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ"}',
      '::embed{url="javascript:alert(1)"}',
      '::embed{url="https://youtu.be/dQw4w9WgXcQ" data-embed="x" data-embed-id="../evil"}',
      '::embed{url="https://youtu.be/dQw4w9WgXcQ" onclick="alert(1)"}',
    ]) {
      expect(renderMarkdown(`Teks.\n\n${body}`), body).toBe('<p>Teks.</p>');
    }
  });

  it('for feeds: a paragraph linking the original, which the dateline leaves alone', () => {
    const html = renderMarkdown(
      '::embed{url="https://x.com/akun/status/1870123456789012345" title="Pernyataan BMKG"}\n\nIsi berita.',
      { embeds: 'link', dateline: 'PEKANBARU' },
    );
    expect(html).toBe(
      '<p class="embed-link"><a href="https://x.com/akun/status/1870123456789012345">X (Twitter): Pernyataan BMKG</a></p>\n' +
        '<p><span class="dateline">PEKANBARU - </span>Isi berita.</p>',
    );
  });
});

const GALLERY = [
  'Paragraf.',
  '',
  ':::galeri{title="Banjir di Pekanbaru"}',
  '::foto{src="/images/a.jpg" alt="Jalan tergenang" caption="Jalan Sudirman pagi ini." credit="Andi Saputra"}',
  '::foto{src="/images/b.jpg" alt="Warga mengungsi"}',
  ':::',
].join('\n');

describe('a gallery renders as figures', () => {
  it('each photo a figure with its caption and credit, sized and responsive', () => {
    const layouts: string[] = [];
    const html = renderMarkdown(GALLERY, {
      imageSize: (src) => (src === '/images/a.jpg' ? { width: 1600, height: 900 } : undefined),
      imageSources: (src, _size, layout) => {
        layouts.push(`${src} ${layout}`);
        return {
          src: `/_next/image?url=${src}&w=828`,
          srcSet: `/_next/image?url=${src}&w=640 640w`,
          sizes: '50vw',
        };
      },
    });
    expect(layouts).toEqual(['/images/a.jpg gallery']);
    expect(html).toBe(
      '<p>Paragraf.</p>\n' +
        '<figure class="gallery"><figcaption class="gallery__title">Banjir di Pekanbaru</figcaption>' +
        '<figure class="gallery__item"><img src="/_next/image?url=/images/a.jpg&#x26;w=828" alt="Jalan tergenang" width="1600" height="900" class="gallery__image" loading="lazy" decoding="async" srcset="/_next/image?url=/images/a.jpg&#x26;w=640 640w" sizes="50vw">' +
        '<figcaption>Jalan Sudirman pagi ini. <span class="gallery__credit">Foto: Andi Saputra</span></figcaption></figure>' +
        '<figure class="gallery__item"><img src="/images/b.jpg" alt="Warga mengungsi" class="gallery__image" loading="lazy" decoding="async"></figure>' +
        '</figure>',
    );
  });

  it('is the same in feeds (no script needed to read it)', () => {
    expect(renderMarkdown(GALLERY, { embeds: 'link' })).toBe(renderMarkdown(GALLERY));
  });

  it('an untitled gallery is labelled for screen readers', () => {
    const html = renderMarkdown(':::galeri\n::foto{src="/images/a.jpg" alt="Satu"}\n:::');
    expect(html).toMatch(
      /^<figure class="gallery" aria-label="Galeri foto"><figure class="gallery__item">/,
    );
  });
});

const BODY = [
  'Hujan deras sejak pagi.',
  '',
  '::embed{url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Rekaman warga saat air naik"}',
  '',
  ':::galeri{title="Suasana pengungsian"}',
  '::foto{src="/images/articles/9c6a2a35.jpg" alt="Tenda pengungsi" caption="Tenda darurat di halaman masjid." credit="Andi Saputra"}',
  ':::',
].join('\n');

describe('feeds, search and JSON-LD carry embeds and galleries', () => {
  const article = testArticle({
    body: BODY,
    bodyImages: { '/images/articles/9c6a2a35.jpg': { width: 1800, height: 1200 } },
  });

  it('feed content: the embed a link paragraph, the gallery its figures, nothing to load', async () => {
    const bodyHtml = await renderBodyHtml(article, async () => undefined, 'link');
    const item = feedItem(article, [testAuthor], testSection, bodyHtml);
    expect(item.contentHtml).toContain(
      '<p class="embed-link"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">YouTube: Rekaman warga saat air naik</a></p>',
    );
    expect(item.contentHtml).toMatch(
      /<figure class="gallery"><figcaption class="gallery__title">Suasana pengungsian<\/figcaption><figure class="gallery__item"><img [^>]*alt="Tenda pengungsi"[^>]*><figcaption>Tenda darurat di halaman masjid\. <span class="gallery__credit">Foto: Andi Saputra<\/span><\/figcaption><\/figure><\/figure>/,
    );
    expect(item.contentHtml).not.toMatch(/data-embed|<button|<iframe/);
  });

  it('the page body: the facade, and gallery images with the gallery’s sizes', async () => {
    const html = await renderBodyHtml(article, async () => undefined);
    expect(html).toContain('<figure class="embed embed--landscape" data-embed="youtube"');
    expect(html).toMatch(
      /<img [^>]*class="gallery__image"[^>]*sizes="\(min-width: 1232px\) 372px,/,
    );
  });

  it('search text holds the embed’s title and the gallery’s title and captions', () => {
    // As the ingest derives it (lib/content/article-draft.ts).
    const text = bodyText(parseDocument(BODY).body);
    const fields = searchFields(testArticle({ text }), testSection.name);
    expect(fields.body).toBe(
      [
        'Hujan deras sejak pagi.',
        'Rekaman warga saat air naik',
        'Suasana pengungsian\nTenda darurat di halaman masjid.',
      ].join('\n'),
    );
  });

  it('JSON-LD lists the gallery photos as associatedMedia; image stays the hero crops', () => {
    const data = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, [testAuthor], testSection)));
    expect(data.image).toHaveLength(3);
    expect(data.associatedMedia).toEqual([
      {
        '@type': 'ImageObject',
        contentUrl: 'https://www.riau24.com/images/articles/9c6a2a35.jpg',
        description: 'Tenda pengungsi',
        caption: 'Tenda darurat di halaman masjid.',
        creditText: 'Andi Saputra',
        width: { '@type': 'QuantitativeValue', value: 1800, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' },
      },
    ]);
    const plain = newsArticleJsonLd(testArticle(), [testAuthor], testSection);
    expect(plain).not.toHaveProperty('associatedMedia');
  });

  it('hostile captions stay data in JSON-LD', () => {
    const caption = `</script><script>alert(1)</script> <img src=x onerror=alert(1)> ]]> 'a'`;
    const hostile = testArticle({
      body: `:::galeri\n::foto{src="/images/a.jpg" alt="a" caption="${caption}"}\n:::`,
    });
    const json = serializeJsonLd(newsArticleJsonLd(hostile, [testAuthor], testSection));
    expect(json).not.toMatch(/<\/script|<script|<img/i);
    expect(JSON.parse(json).associatedMedia[0].caption).toBe(caption);
  });
});
