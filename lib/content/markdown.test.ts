import { describe, expect, it } from 'vitest';
import { checkBody } from './body-check';
import { bodyText } from './body-text';
import { parseDocument } from './document';
import { renderMarkdown } from './render-markdown';

describe('renderMarkdown sanitises whatever an author writes', () => {
  const hostile = [
    'Teks <script>alert(1)</script> biasa.',
    '',
    '<style>body{display:none}</style>',
    '',
    '<iframe src="https://evil.example"></iframe>',
    '',
    '<img src="x" onerror="alert(1)">',
    '',
    '[klik](javascript:alert(1)) dan [data](data:text/html;base64,PHNjcmlwdD4=)',
    '',
    '<a href="javascript:alert(1)" onclick="alert(2)">tautan</a>',
    '',
    '<div style="position:fixed" onmouseover="alert(3)">x</div>',
  ].join('\n');
  const html = renderMarkdown(hostile);

  it.each([
    ['<script', /<script/i],
    ['<style', /<style/i],
    ['<iframe', /<iframe/i],
    ['event handlers', /\son[a-z]+=/i],
    ['javascript: URLs', /javascript:/i],
    ['data: URLs', /data:text/i],
    ['style attributes', /style=/i],
  ])('removes %s', (_label, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('keeps the prose', () => {
    expect(html).toContain('Teks');
    expect(html).toContain('biasa.');
    expect(html).toContain('klik');
  });

  it('escapes text that looks like markup', () => {
    expect(renderMarkdown('Tulis \\<img src=x onerror=alert(1)> dan `</script>`')).toBe(
      '<p>Tulis &#x3C;img src=x onerror=alert(1)> dan <code>&#x3C;/script></code></p>',
    );
  });
});

describe('renderMarkdown supports what a newsroom writes', () => {
  it('headings start at h2, emphasis, links, lists, quotes', () => {
    const html = renderMarkdown(
      '# Judul\n\n## Sub\n\n*miring* **tebal** [tautan](https://contoh.id)\n\n- satu\n- dua\n\n> kutipan',
    );
    expect(html).toContain('<h2>Judul</h2>');
    expect(html).toContain('<h2>Sub</h2>');
    expect(html).toContain(
      '<em>miring</em> <strong>tebal</strong> <a href="https://contoh.id">tautan</a>',
    );
    expect(html).toContain('<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>');
    expect(html).toContain('<blockquote>\n<p>kutipan</p>\n</blockquote>');
  });

  it('tables', () => {
    const html = renderMarkdown('| A | B |\n|---|---|\n| 1 | 2 |');
    expect(html).toMatch(/<table>[\s\S]*<th>A<\/th>[\s\S]*<td>2<\/td>[\s\S]*<\/table>/);
    // Wrapped in a focusable region, so a wide table scrolls by keyboard too.
    expect(html).toMatch(
      /^<div class="table-scroll" tabindex="0" role="region" aria-label="Tabel"><table>/,
    );
  });

  it('a body image carries its pixel size, so it reserves its box', () => {
    const html = renderMarkdown('![Peta Riau](/images/peta.jpg)', {
      imageSize: (src) => (src === '/images/peta.jpg' ? { width: 1800, height: 1200 } : undefined),
    });
    expect(html).toContain(
      '<img src="/images/peta.jpg" alt="Peta Riau" width="1800" height="1200" loading="lazy"',
    );
  });

  it('a body image of known size gets responsive sources after sanitising', () => {
    const seen: unknown[] = [];
    const html = renderMarkdown(
      '![Peta Riau](/images/peta.jpg)\n\n![Luar](https://contoh.id/x.jpg)',
      {
        imageSize: (src) =>
          src === '/images/peta.jpg' ? { width: 1800, height: 1200 } : undefined,
        imageSources: (src, size) => {
          seen.push([src, size]);
          return {
            src: '/_next/image?url=a&w=1600',
            srcSet: '/_next/image?url=a&w=640 640w',
            sizes: '100vw',
          };
        },
      },
    );
    expect(seen).toEqual([['/images/peta.jpg', { width: 1800, height: 1200 }]]);
    expect(html).toContain(
      '<img src="/_next/image?url=a&#x26;w=1600" alt="Peta Riau" width="1800" height="1200" loading="lazy" decoding="async" srcset="/_next/image?url=a&#x26;w=640 640w" sizes="100vw">',
    );
    // An image of unknown size (the check reports those) keeps its own src and no srcset.
    expect(html).toContain(
      '<img src="https://contoh.id/x.jpg" alt="Luar" loading="lazy" decoding="async">',
    );
  });

  it('an image alone in a paragraph becomes a figure with its caption', () => {
    const html = renderMarkdown('![Peta Riau](/images/peta.jpg "Peta Provinsi Riau")');
    expect(html).toBe(
      '<figure class="body-figure"><img src="/images/peta.jpg" alt="Peta Riau" loading="lazy" decoding="async"><figcaption>Peta Provinsi Riau</figcaption></figure>',
    );
  });

  it('read-also block resolves to a link', () => {
    const html = renderMarkdown('Satu.\n\n::baca-juga{id=abc123}\n\nDua.', {
      resolveArticle: (id) =>
        id === 'abc123' ? { title: 'Judul Lain', url: '/berita/abc123/judul-lain' } : undefined,
    });
    expect(html).toContain(
      '<aside class="read-also" aria-label="Baca juga"><span class="read-also-label">Baca Juga: </span><a href="/berita/abc123/judul-lain">Judul Lain</a></aside>',
    );
  });

  it('dateline opens the first paragraph', () => {
    expect(renderMarkdown('Isi berita.', { dateline: 'RIAU24.COM' })).toBe(
      '<p><span class="dateline">RIAU24.COM - </span>Isi berita.</p>',
    );
  });

  it('prose with colons is not mistaken for a directive', () => {
    expect(renderMarkdown('Catatan:penting pukul 10:15')).toBe(
      '<p>Catatan:penting pukul 10:15</p>',
    );
  });
});

describe('checkBody', () => {
  it('lists read-also references and images with their lines', () => {
    const { body } = parseDocument(
      '---\nid: x\n---\n\nSatu.\n\n::baca-juga{id=abc123}\n\n![a](/images/a.jpg)\n',
    );
    const result = checkBody(body);
    expect(result.problems).toEqual([]);
    expect(result.readAlso).toEqual([{ id: 'abc123', line: 7 }]);
    expect(result.images).toEqual([{ src: '/images/a.jpg', line: 9 }]);
  });

  it('rejects unknown directives, remote images and raw HTML', () => {
    const { body } = parseDocument(
      '::video{src=x}\n\n![a](https://x.test/a.jpg)\n\n<b>tebal</b>\n',
    );
    expect(checkBody(body).problems.map((p) => p.message)).toEqual([
      'blok "::video" tidak dikenal; yang tersedia: ::baca-juga{id=…}, ::embed{url=…}, :::galeri',
      'gambar harus berkas lokal di bawah /images/, bukan "https://x.test/a.jpg"',
      'HTML mentah tidak didukung di isi artikel; gunakan Markdown',
      'HTML mentah tidak didukung di isi artikel; gunakan Markdown',
    ]);
  });
});

describe('parseDocument with YAML that cannot become data', () => {
  it('an alias bomb or an unknown alias is a problem in the file, not a crash', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '---',
      'Isi.',
    ].join('\n');
    const parsed = parseDocument(bomb);
    expect(parsed.data).toEqual({});
    expect(parsed.yamlErrors).toEqual([{ line: 2, message: expect.stringMatching(/alias/i) }]);
    const unknown = parseDocument('---\nid: *tidak-ada\n---\nIsi.');
    expect(unknown.data).toEqual({});
    expect(unknown.yamlErrors).toEqual([{ line: 2, message: expect.stringMatching(/alias/i) }]);
  });
});

describe('bodyText', () => {
  it('keeps block-level items apart: list items, quoted paragraphs, table cells', () => {
    const { body } = parseDocument(
      'Bantuan:\n\n- bibit bagi petani;\n- pengendalian hama.\n\n> Satu.\n>\n> Dua.\n\n| a | b |\n| - | - |\n| c | d |\n',
    );
    expect(bodyText(body)).toBe(
      'Bantuan:\nbibit bagi petani; pengendalian hama.\nSatu. Dua.\na b c d',
    );
  });
});
