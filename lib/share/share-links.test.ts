import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

const url = 'https://www.riau24.com/berita/9c6a2a35/tentara-korea-utara';
const title = 'Tentara "Korea" & Rusia: 1.100 + tewas? #perang <b>';
const links = shareLinks({ url, title });
const byPlatform = Object.fromEntries(links.map((l) => [l.platform, new URL(l.href)]));

describe('shareLinks', () => {
  it('lists WhatsApp first, then Facebook, X, Telegram, LinkedIn and e-mail', () => {
    expect(links.map((l) => l.platform)).toEqual([
      'whatsapp',
      'facebook',
      'x',
      'telegram',
      'linkedin',
      'email',
    ]);
  });

  it('carries the canonical URL and the title, escaped, to each platform', () => {
    expect(byPlatform.whatsapp?.origin).toBe('https://wa.me');
    expect(byPlatform.whatsapp?.searchParams.get('text')).toBe(`${title} ${url}`);
    expect(byPlatform.facebook?.searchParams.get('u')).toBe(url);
    expect(byPlatform.x?.pathname).toBe('/intent/post');
    expect(byPlatform.x?.searchParams.get('url')).toBe(url);
    expect(byPlatform.x?.searchParams.get('text')).toBe(title);
    expect(byPlatform.telegram?.searchParams.get('url')).toBe(url);
    expect(byPlatform.linkedin?.searchParams.get('url')).toBe(url);
    expect(byPlatform.email?.protocol).toBe('mailto:');
    expect(byPlatform.email?.searchParams.get('subject')).toBe(title);
    expect(byPlatform.email?.searchParams.get('body')).toContain(url);
  });

  it('writes spaces as %20, never "+", and escapes "+", "&", "#" and "<"', () => {
    for (const { href } of links) {
      const query = href.slice(href.indexOf('?') + 1);
      expect(query).not.toMatch(/[+ <>"#]/);
    }
    expect(links[5]?.href).toContain('subject=Tentara%20%22Korea%22%20%26%20Rusia');
  });
});
