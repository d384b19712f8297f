import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, EMBED_FRAME_ORIGINS } from './security-headers';

const directives = new Map(
  contentSecurityPolicy.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('Content-Security-Policy', () => {
  it('frame-src lists exactly the embed players, and nothing else (not even this origin)', () => {
    expect(directives.get('frame-src')).toEqual([
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
      'https://platform.twitter.com',
      'https://www.instagram.com',
      'https://www.tiktok.com',
      'https://www.facebook.com',
    ]);
    expect(directives.get('frame-src')).toEqual([...EMBED_FRAME_ORIGINS]);
  });

  it('every other directive is as before: scripts, images and connections stay on this origin', () => {
    expect(Object.fromEntries([...directives].filter(([name]) => name !== 'frame-src'))).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'media-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'frame-ancestors': ["'self'"],
      'form-action': ["'self'"],
    });
  });
});
