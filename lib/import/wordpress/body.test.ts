import { createReadStream } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../content/body-check';
import { parseDocument } from '../../content/document';
import { convertBody, type Attachment, type BodyContext } from './body';
import { readWxr } from './wxr-reader';

const attachments: Record<number, Attachment> = {
  102: {
    id: 102,
    url: 'https://lama.test/wp-content/uploads/2024/05/posko.jpg',
    title: 'Posko',
    alt: 'Tenda posko',
    caption: 'Posko di halaman masjid.',
    credit: 'Sari/Kabar',
  },
  103: {
    id: 103,
    url: 'https://lama.test/wp-content/uploads/2024/05/dapur.png',
    title: 'Dapur',
    alt: '',
    caption: '',
    credit: '',
  },
};

const ctx: BodyContext = {
  siteUrl: 'https://lama.test/',
  attachment: (id) => attachments[id],
  image: (url) => {
    const match = /\/uploads\/(.+\.(?:jpe?g|png|webp))$/.exec(url);
    return match ? `/images/wp/${match[1]}` : undefined;
  },
};

/** The body as the project reads it: no problem may be found in it. */
function problemsOf(markdown: string) {
  return checkBody(parseDocument(markdown).body).problems;
}

const NEVER =
  /\[\/?(?:gallery|caption|embed|video|audio|vc_\w+)|<!--|<script|<iframe|<style|javascript:/i;

describe('convertBody', () => {
  it('makes paragraphs of classic-editor text the way wpautop does', () => {
    const { markdown, notes } = convertBody('Satu\ndua.\n\nTiga <em>empat</em>.\n\n\n\nLima.', ctx);
    expect(markdown).toBe('Satu\\\ndua.\n\nTiga _empat_.\n\nLima.\n');
    expect(notes).toEqual([]);
  });

  it('turns [caption] into an image with its caption, the resized variant left to the resolver', () => {
    const { markdown } = convertBody(
      '[caption id="attachment_5" width="300"]<a href="https://lama.test/wp-content/uploads/a.jpg"><img src="https://lama.test/wp-content/uploads/a-300x200.jpg" alt="Banjir" /></a> Warga mengungsi[/caption]',
      ctx,
    );
    expect(markdown).toBe('![Banjir](/images/wp/a-300x200.jpg "Warga mengungsi")\n');
    expect(problemsOf(markdown)).toEqual([]);
  });

  it('turns [gallery ids] into a gallery with the attachments’ alt, caption and credit', () => {
    const { markdown } = convertBody('[gallery ids="102,103,999"]', ctx);
    expect(markdown).toBe(
      [
        ':::galeri',
        '::foto{src="/images/wp/2024/05/posko.jpg" alt="Tenda posko" caption="Posko di halaman masjid." credit="Sari/Kabar"}',
        '::foto{src="/images/wp/2024/05/dapur.png" alt="Dapur"}',
        ':::',
        '',
      ].join('\n'),
    );
    expect(problemsOf(markdown)).toEqual([]);
  });

  it('turns [embed], provider URLs on their own line, embed blocks and player iframes into ::embed', () => {
    const { markdown } = convertBody(
      [
        '[embed]https://www.youtube.com/watch?v=aBcDeFgHiJk[/embed]',
        '',
        'https://www.instagram.com/p/C1a2B3c4D5e/',
        '',
        '<iframe src="https://www.youtube.com/embed/aBcDeFgHiJk" title="Rekaman"></iframe>',
        '',
        'Teks dengan [tweet 1870000000000000000] di tengah.',
      ].join('\n'),
      ctx,
    );
    expect(markdown).toContain('::embed{url="https://www.youtube.com/watch?v=aBcDeFgHiJk"}');
    expect(markdown).toContain('::embed{url="https://www.instagram.com/p/C1a2B3c4D5e/"}');
    expect(markdown).toContain('title="Rekaman"');
    expect(markdown).toContain('::embed{url="https://x.com/i/web/status/1870000000000000000"}');
    expect(problemsOf(markdown)).toEqual([]);
  });

  it('converts Gutenberg blocks and reports what it does not know', () => {
    const html = [
      '<!-- wp:heading {"level":1} --><h1>Judul</h1><!-- /wp:heading -->',
      '<!-- wp:quote --><blockquote class="wp-block-quote"><p>Kutipan</p></blockquote><!-- /wp:quote -->',
      '<!-- wp:embed {"url":"https://vimeo.com/123456789","providerNameSlug":"vimeo"} --><figure><div>https://vimeo.com/123456789</div></figure><!-- /wp:embed -->',
      '<!-- wp:gallery --><figure class="wp-block-gallery"><!-- wp:image {"id":102} --><figure><img src="https://lama.test/wp-content/uploads/2024/05/posko-1024x683.jpg" class="wp-image-102"/><figcaption>Lain</figcaption></figure><!-- /wp:image --></figure><!-- /wp:gallery -->',
      '<!-- wp:latest-posts /-->',
      '<!-- wp:acme/widget --><p>Isi widget</p><!-- /wp:acme/widget -->',
      '<!-- wp:more --><!--more--><!-- /wp:more -->',
      '<!-- wp:nextpage --><!--nextpage--><!-- /wp:nextpage -->',
      '<!-- wp:paragraph --><p>Halaman dua.</p><!-- /wp:paragraph -->',
    ].join('\n\n');
    const { markdown, notes } = convertBody(html, ctx);
    expect(markdown).toBe(
      [
        '## Judul',
        '',
        '> Kutipan',
        '',
        '::embed{url="https://vimeo.com/123456789"}',
        '',
        ':::galeri',
        '::foto{src="/images/wp/2024/05/posko.jpg" alt="Tenda posko" caption="Lain" credit="Sari/Kabar"}',
        ':::',
        '',
        'Isi widget',
        '',
        'Halaman dua.',
        '',
      ].join('\n'),
    );
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringContaining('latest-posts'),
      expect.stringContaining('acme/widget'),
    ]);
    expect(problemsOf(markdown)).toEqual([]);
  });

  it('lets no script, style, frame, handler or unsafe link through, and says so', () => {
    const { markdown, notes } = convertBody(
      [
        '<script>alert(1)</script><style>p{}</style>',
        '<iframe src="https://iklan.test/x"></iframe>',
        '<p onclick="alert(1)">Teks <a href="javascript:alert(1)">tautan</a> <img src="x" onerror="alert(1)"></p>',
        '<object data="x.swf"></object><form><input name="q"></form>',
        '<img src="https://elsewhere.test/foto.gif" alt="Luar">',
      ].join('\n'),
      ctx,
    );
    expect(markdown).toBe('Teks tautan\n');
    expect(notes.map((n) => n.kind)).toContain('dropped');
    expect(notes.map((n) => n.message)).toContain(
      'tautan "javascript:alert(1)" bukan alamat http/https: dibuang, teksnya dipertahankan',
    );
    expect(problemsOf(markdown)).toEqual([]);
  });

  it('never prints a shortcode or block comment, known or not, closed or not', () => {
    const { markdown, notes } = convertBody(
      [
        '[vc_row][vc_column]Isi kolom[/vc_column][/vc_row]',
        '[contact-form-7 id="3"] [unknown_thing a="1"] [toc]',
        '[caption id="x"]tanpa gambar dan tanpa penutup',
        'Sisa [/caption] dan [gallery',
        '<!-- wp:paragraph --><p>Blok tanpa penutup</p>',
        '[Baca juga: Judul Lain]',
      ].join('\n\n'),
      ctx,
    );
    expect(markdown).not.toMatch(NEVER);
    expect(markdown).toContain('Isi kolom');
    expect(markdown).toContain('Blok tanpa penutup');
    expect(markdown).toContain('Baca juga: Judul Lain');
    expect(notes.length).toBeGreaterThan(2);
    expect(problemsOf(markdown)).toEqual([]);
  });

  it('turns self-hosted audio and video into links to the file, and reports it', () => {
    const { markdown, notes } = convertBody(
      '[video mp4="https://lama.test/wp-content/uploads/v.mp4"][/video]',
      ctx,
    );
    expect(markdown).toBe('<https://lama.test/wp-content/uploads/v.mp4>\n');
    expect(notes[0]?.kind).toBe('approximate');
  });

  it('gives every post of real exports a body the project accepts', async () => {
    for (const name of [
      'newsroom.xml',
      'theme-preview.xml',
      'small-export.xml',
      'wxr-utf-8-challenges.xml',
    ]) {
      const file = path.join(__dirname, 'fixtures', name);
      for await (const record of readWxr(createReadStream(file))) {
        if (record.kind !== 'item' || !['post', 'page'].includes(record.item.postType)) continue;
        const { markdown } = convertBody(record.item.content, ctx);
        expect({ name, id: record.item.postId, problems: problemsOf(markdown) }).toEqual({
          name,
          id: record.item.postId,
          problems: [],
        });
        expect(markdown).not.toMatch(/\[\/?(?:gallery|caption)\b|<!--\s*\/?wp:/);
      }
    }
  });
});
