import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EMBED_FRAME_ORIGINS } from '../http/security-headers';
import { checkBody } from './body-check';
import { parseDocument } from './document';
import { EMBED_URL_MAX, parseEmbedUrl, type Embed } from './embed-urls';

/** client/enhance.js, loaded as Node loads a script with no document: the builder alone. */
const { embedPlayerUrl } = createRequire(import.meta.url)('../../client/enhance.js') as {
  embedPlayerUrl: (data: Record<string, string | undefined>) => string | null;
};

/** What the facade's data attributes hand the script (element.dataset). */
function dataset(embed: Embed): Record<string, string | undefined> {
  return {
    embed: embed.provider,
    embedId: embed.id,
    embedKind: embed.kind,
    embedStart: embed.start === undefined ? undefined : String(embed.start),
    embedHash: embed.hash,
  };
}

function parsed(url: string): Embed {
  const result = parseEmbedUrl(url);
  if (!result.ok) throw new Error(`${url}: ${result.reason}`);
  return result.embed;
}

/** Each provider's accepted forms: the embed kept, the player address the script builds. */
const GOOD: [string, Partial<Embed>, string][] = [
  [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    {
      provider: 'youtube',
      id: 'dQw4w9WgXcQ',
      shape: 'landscape',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    },
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
  ],
  [
    'https://youtu.be/dQw4w9WgXcQ?t=1m30s',
    {
      provider: 'youtube',
      id: 'dQw4w9WgXcQ',
      start: 90,
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s',
    },
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90',
  ],
  [
    'http://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42',
    { provider: 'youtube', id: 'dQw4w9WgXcQ', start: 42 },
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42',
  ],
  [
    'https://www.youtube.com/shorts/aBcDeFgHiJk',
    {
      provider: 'youtube',
      id: 'aBcDeFgHiJk',
      kind: 'short',
      shape: 'portrait',
      url: 'https://www.youtube.com/shorts/aBcDeFgHiJk',
    },
    'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1',
  ],
  [
    'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk',
    { provider: 'youtube', id: 'aBcDeFgHiJk' },
    'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1',
  ],
  [
    'https://vimeo.com/76979871',
    { provider: 'vimeo', id: '76979871', shape: 'landscape', url: 'https://vimeo.com/76979871' },
    'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
  ],
  [
    'https://vimeo.com/76979871/a1b2c3d4e5',
    {
      provider: 'vimeo',
      id: '76979871',
      hash: 'a1b2c3d4e5',
      url: 'https://vimeo.com/76979871/a1b2c3d4e5',
    },
    'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=a1b2c3d4e5',
  ],
  [
    'https://player.vimeo.com/video/76979871',
    { provider: 'vimeo', id: '76979871' },
    'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
  ],
  [
    'https://twitter.com/BMKG_Riau/status/1870123456789012345?s=20',
    {
      provider: 'x',
      id: '1870123456789012345',
      shape: 'post',
      url: 'https://x.com/BMKG_Riau/status/1870123456789012345',
    },
    'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1870123456789012345',
  ],
  [
    'https://x.com/akun/status/1870123456789012345/photo/1',
    {
      provider: 'x',
      id: '1870123456789012345',
      url: 'https://x.com/akun/status/1870123456789012345',
    },
    'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1870123456789012345',
  ],
  [
    'https://www.instagram.com/p/C1a2B3c4D5e/?igsh=abc',
    {
      provider: 'instagram',
      id: 'C1a2B3c4D5e',
      kind: 'p',
      shape: 'post',
      url: 'https://www.instagram.com/p/C1a2B3c4D5e/',
    },
    'https://www.instagram.com/p/C1a2B3c4D5e/embed/',
  ],
  [
    'https://instagram.com/pemprov_riau/reels/C9x8Y7z6W5v',
    {
      provider: 'instagram',
      id: 'C9x8Y7z6W5v',
      kind: 'reel',
      url: 'https://www.instagram.com/reel/C9x8Y7z6W5v/',
    },
    'https://www.instagram.com/reel/C9x8Y7z6W5v/embed/',
  ],
  [
    'https://www.tiktok.com/@scout2015/video/6718335390845095173?lang=id',
    {
      provider: 'tiktok',
      id: '6718335390845095173',
      shape: 'portrait',
      url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173',
    },
    'https://www.tiktok.com/player/v1/6718335390845095173?autoplay=1',
  ],
  [
    'https://www.facebook.com/pemprovriau/posts/pfbid02aBcD123',
    {
      provider: 'facebook',
      id: 'pemprovriau/posts/pfbid02aBcD123',
      kind: 'post',
      shape: 'post',
      url: 'https://www.facebook.com/pemprovriau/posts/pfbid02aBcD123',
    },
    'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpemprovriau%2Fposts%2Fpfbid02aBcD123',
  ],
  [
    'https://m.facebook.com/watch/?v=1234567890',
    { provider: 'facebook', id: 'watch/?v=1234567890', kind: 'video', shape: 'landscape' },
    'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890',
  ],
  [
    'https://www.facebook.com/permalink.php?story_fbid=pfbid0xyz&id=100064',
    { provider: 'facebook', id: 'permalink.php?story_fbid=pfbid0xyz&id=100064', kind: 'post' },
    'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpermalink.php%3Fstory_fbid%3Dpfbid0xyz%26id%3D100064',
  ],
];

describe('parseEmbedUrl accepts each provider’s forms', () => {
  it.each(GOOD)('%s', (url, expected, player) => {
    const embed = parsed(url);
    expect(embed).toMatchObject(expected);
    expect(embedPlayerUrl(dataset(embed))).toBe(player);
  });

  it('the link to the original is rebuilt from the parts, on the provider’s own host', () => {
    for (const [url] of GOOD) {
      const embed = parsed(url);
      expect(embed.url.startsWith('https://')).toBe(true);
      expect(parsed(embed.url)).toEqual(embed);
    }
  });

  it('every player address is on a host the CSP lists, and each listed host is used', () => {
    const used = new Set(
      GOOD.map(([url]) => new URL(embedPlayerUrl(dataset(parsed(url)))!).origin),
    );
    expect([...used].sort()).toEqual([...EMBED_FRAME_ORIGINS].sort());
  });
});

describe('parseEmbedUrl refuses', () => {
  const id = 'dQw4w9WgXcQ';
  it.each([
    ['a javascript: URL', `javascript:alert(1)//https://www.youtube.com/watch?v=${id}`, 'unsafe'],
    ['a javascript: URL with spaces and case', ` JaVaScRiPt:alert(1)`, 'unsafe'],
    ['a data: URL', 'data:text/html;base64,PHNjcmlwdD4=', 'unsafe'],
    ['a vbscript: URL', 'vbscript:msgbox(1)', 'unsafe'],
    ['a relative URL', `/watch?v=${id}`, 'not-url'],
    ['a scheme-relative URL', `//www.youtube.com/watch?v=${id}`, 'not-url'],
    ['another scheme', `ftp://www.youtube.com/watch?v=${id}`, 'not-url'],
    [
      'a quote breaking out of the attribute',
      `https://www.youtube.com/watch?v=${id}" onload="alert(1)`,
      'not-url',
    ],
    ['angle brackets', `https://www.youtube.com/watch?v=${id}<script>`, 'not-url'],
    ['a backslash host trick', `https://www.youtube.com\\@evil.test/watch?v=${id}`, 'not-url'],
    ['a newline', `https://www.youtube.com/watch?v=${id}\nhttps://evil.test`, 'not-url'],
    ['a look-alike host', `https://youtube.com.evil.test/watch?v=${id}`, 'provider'],
    ['a look-alike prefix', `https://evil-youtube.com/watch?v=${id}`, 'provider'],
    ['a subdomain not on the list', `https://evil.youtube.com/watch?v=${id}`, 'provider'],
    [
      'the provider in the path only',
      `https://evil.test/www.youtube.com/watch?v=${id}`,
      'provider',
    ],
    [
      'credentials before another host',
      `https://www.youtube.com@evil.test/watch?v=${id}`,
      'provider',
    ],
    ['a homoglyph host', `https://www.yоutube.com/watch?v=${id}`, 'provider'],
    ['a trailing-dot host', `https://www.youtube.com./watch?v=${id}`, 'provider'],
    ['an unsupported provider', 'https://www.dailymotion.com/video/x8abcd', 'provider'],
    ['credentials on the right host', `https://user:pass@www.youtube.com/watch?v=${id}`, 'format'],
    ['a port', `https://www.youtube.com:8443/watch?v=${id}`, 'format'],
    ['a YouTube id of the wrong length', 'https://www.youtube.com/watch?v=dQw4w9WgXc', 'format'],
    ['a YouTube id with a path in it', 'https://www.youtube.com/watch?v=..%2F..%2Fevil', 'format'],
    ['a YouTube channel', 'https://www.youtube.com/@BMKG', 'format'],
    ['a Vimeo showcase', 'https://vimeo.com/showcase/123', 'format'],
    ['an unlisted Vimeo hash that is not hex', 'https://vimeo.com/76979871/zzzzzz', 'format'],
    ['an X profile', 'https://x.com/BMKG_Riau', 'format'],
    ['an X id that is not a number', 'https://x.com/akun/status/12ab', 'format'],
    ['an Instagram profile', 'https://www.instagram.com/pemprov_riau/', 'format'],
    ['a TikTok short link', 'https://vm.tiktok.com/ZSabc123/', 'format'],
    ['a TikTok profile', 'https://www.tiktok.com/@scout2015', 'format'],
    ['a Facebook short link', 'https://fb.watch/abc123/', 'format'],
    ['a Facebook page', 'https://www.facebook.com/pemprovriau', 'format'],
    ['a Facebook post id with markup', 'https://www.facebook.com/akun/posts/1%22%3E', 'format'],
    [
      'an overlong URL',
      `https://www.youtube.com/watch?v=${id}&x=${'a'.repeat(EMBED_URL_MAX)}`,
      'too-long',
    ],
  ])('%s', (_label, url, reason) => {
    expect(parseEmbedUrl(url)).toMatchObject({ ok: false, reason });
  });
});

describe('embedPlayerUrl (client/enhance.js) builds only from well-formed data', () => {
  it.each([
    ['an unknown provider', { embed: 'evil', embedId: 'x' }],
    ['a prototype key as provider', { embed: '__proto__', embedId: 'dQw4w9WgXcQ' }],
    ['another prototype key', { embed: 'constructor', embedId: 'dQw4w9WgXcQ' }],
    ['no id', { embed: 'instagram' }],
    ['a YouTube id that leaves the path', { embed: 'youtube', embedId: '../../evil/' }],
    ['a YouTube id with a query', { embed: 'youtube', embedId: 'dQw4w9W?x=1' }],
    ['an X id that is a URL', { embed: 'x', embedId: 'https://evil.test' }],
    ['an Instagram code with a slash', { embed: 'instagram', embedId: 'abc/../../x' }],
    [
      'a Facebook path to another host',
      { embed: 'facebook', embedId: '@evil.test/posts/1', embedKind: 'post' },
    ],
    [
      'a Facebook kind not on the list',
      { embed: 'facebook', embedId: 'akun/posts/1', embedKind: 'page' },
    ],
    ['a TikTok id with a newline', { embed: 'tiktok', embedId: '123\n456' }],
  ])('%s', (_label, data) => {
    expect(embedPlayerUrl(data)).toBeNull();
  });

  it('ignores a start or hash of the wrong form', () => {
    expect(
      embedPlayerUrl({ embed: 'youtube', embedId: 'dQw4w9WgXcQ', embedStart: '1&autoplay=0' }),
    ).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(embedPlayerUrl({ embed: 'vimeo', embedId: '76979871', embedHash: 'x&h=1' })).toBe(
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    );
  });
});

describe('checkBody reports each bad embed with its line', () => {
  const problems = (body: string) =>
    checkBody(parseDocument(body).body).problems.map((p) => `${p.line}: ${p.message}`);

  it('accepts a good embed and reports nothing', () => {
    expect(
      problems('Teks.\n\n::embed{url="https://youtu.be/dQw4w9WgXcQ" title="Judul"}\n'),
    ).toEqual([]);
  });

  it('an embed with no url, an unknown provider, a bad URL, a javascript: URL', () => {
    expect(
      problems(
        [
          '::embed{title="Tanpa url"}',
          '',
          '::embed{url="https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ"}',
          '',
          '::embed{url="https://www.tiktok.com/@akun"}',
          '',
          '::embed{url="javascript:alert(1)"}',
        ].join('\n'),
      ),
    ).toEqual([
      '1: ::embed harus menyebut url, contoh ::embed{url="https://www.youtube.com/watch?v=…" title="…"}',
      '3: ::embed url dari "youtube.com.evil.test" tidak didukung; yang didukung: YouTube, X (Twitter), Instagram, TikTok, Facebook, Vimeo',
      '5: ::embed url TikTok "https://www.tiktok.com/@akun" tidak dikenali; bentuk yang benar misalnya https://www.tiktok.com/@akun/video/7450000000000000000',
      '7: ::embed url tidak aman: "javascript:alert(1)"',
    ]);
  });

  it('a block left as prose by an unclosed quote or brace', () => {
    expect(
      problems(
        [
          '::embed{url="https://x.com/akun/status/1870123456789012345"',
          '',
          ':::galeri{title="x}',
        ].join('\n'),
      ),
    ).toEqual([
      '1: "::embed{url="https://x.com/akun/status/1870123456789012345"" tidak terbaca sebagai blok; periksa tanda kutip dan kurung kurawal {…}',
      '3: ":::galeri{title="x}" tidak terbaca sebagai blok; periksa tanda kutip dan kurung kurawal {…}',
    ]);
  });

  it('unknown attributes, a label, overlong values', () => {
    const url = 'https://youtu.be/dQw4w9WgXcQ';
    expect(
      problems(
        [
          `::embed{url="${url}" onclick="alert(1)" #x .y}`,
          '',
          `::embed[Judul di sini]{url="${url}"}`,
          '',
          `::embed{url="${url}" title="${'j'.repeat(301)}"}`,
          '',
          `::embed{url="${url}&x=${'a'.repeat(500)}"}`,
        ].join('\n'),
      ),
    ).toEqual([
      '1: ::embed tidak mengenal atribut "onclick"; yang tersedia: url, title',
      '1: ::embed tidak mengenal atribut "id"; yang tersedia: url, title',
      '1: ::embed tidak mengenal atribut "class"; yang tersedia: url, title',
      '3: ::embed tidak memakai teks dalam [ ]; tulis judulnya di atribut title="…"',
      '5: ::embed title paling banyak 300 karakter',
      '7: ::embed url paling banyak 500 karakter',
    ]);
  });
});

describe('checkBody: galleries', () => {
  const check = (body: string) => checkBody(parseDocument(body).body);

  it('lists a gallery’s photos as body images', () => {
    const result = check(
      [
        ':::galeri{title="Banjir"}',
        '::foto{src="/images/a.jpg" alt="Satu" caption="Keterangan" credit="Andi"}',
        '::foto{src="/images/sub/b.webp" alt="Dua"}',
        ':::',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.images).toEqual([
      { src: '/images/a.jpg', line: 2 },
      { src: '/images/sub/b.webp', line: 3 },
    ]);
  });

  it('reports missing alt, remote or escaping paths, stray content, a photo outside a gallery', () => {
    const result = check(
      [
        ':::galeri{judul="x"}',
        '::foto{src="/images/a.jpg"}',
        '::foto{src="https://evil.test/a.jpg" alt="Luar"}',
        '::foto{src="/images/../../etc/passwd.jpg" alt="Keluar"}',
        '::foto{alt="Tanpa src" onerror="alert(1)"}',
        'Paragraf biasa.',
        ':::',
        '',
        '::foto{src="/images/a.jpg" alt="Sendiri"}',
        '',
        ':::galeri',
        ':::',
      ].join('\n'),
    );
    expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: :::galeri tidak mengenal atribut "judul"; yang tersedia: title',
      '2: ::foto wajib punya teks alternatif (alt)',
      '3: ::foto src "https://evil.test/a.jpg" harus berupa path di bawah /images/ yang berakhiran .jpg, .jpeg, .png, atau .webp',
      '4: ::foto src "/images/../../etc/passwd.jpg" harus berupa path di bawah /images/ yang berakhiran .jpg, .jpeg, .png, atau .webp',
      '5: ::foto tidak mengenal atribut "onerror"; yang tersedia: src, alt, caption, credit',
      '5: ::foto harus menyebut src, contoh src="/images/foto.jpg"',
      '6: :::galeri hanya boleh berisi baris ::foto{src="/images/…" alt="…"}',
      '9: ::foto hanya boleh berada di dalam :::galeri',
      '11: :::galeri harus berisi setidaknya satu ::foto',
    ]);
    expect(result.images).toEqual([]);
  });
});
