import { describe, expect, it } from 'vitest';
import {
  handlePreviewRequest,
  previewCookieValue,
  previewIdFromCookie,
  previewLink,
  previewSignature,
  verifyPreviewSignature,
} from './preview';

const SECRET = 'rahasia-pratinjau';

describe('preview signatures', () => {
  it('a link verifies for its article only, and not after the secret changes', () => {
    const sig = previewSignature('draf-1', SECRET);
    expect(verifyPreviewSignature('draf-1', sig, SECRET)).toBe(true);
    expect(verifyPreviewSignature('draf-2', sig, SECRET)).toBe(false);
    expect(verifyPreviewSignature('draf-1', sig, 'rahasia-baru')).toBe(false);
    expect(verifyPreviewSignature('draf-1', sig, undefined)).toBe(false);
    expect(verifyPreviewSignature('draf-1', sig.slice(0, -1), SECRET)).toBe(false);
    expect(verifyPreviewSignature('draf-1', '', SECRET)).toBe(false);
  });

  it('the cookie names the article and dies with the secret', () => {
    const value = previewCookieValue('draf-1', SECRET);
    expect(previewIdFromCookie(value, SECRET)).toBe('draf-1');
    expect(previewIdFromCookie(value, 'rahasia-baru')).toBeUndefined();
    expect(previewIdFromCookie(value.replace('draf-1', 'draf-2'), SECRET)).toBeUndefined();
    expect(previewIdFromCookie('tanpa-titik', SECRET)).toBeUndefined();
    expect(previewIdFromCookie(undefined, SECRET)).toBeUndefined();
  });
});

describe('GET /api/pratinjau', () => {
  const request = (path: string) => new Request(`https://www.riau24.com${path}`);
  const deps = (secret: string | undefined) => {
    const calls: string[] = [];
    return {
      calls,
      deps: { secret, refused: 'ditolak', enableDraftMode: async () => void calls.push('draft') },
    };
  };

  it('a valid link enables draft mode, sets the signed cookie and redirects to the preview', async () => {
    const { calls, deps: d } = deps(SECRET);
    const response = await handlePreviewRequest(request(previewLink('draf-1', SECRET)), d);
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/pratinjau/draf-1');
    expect(response.headers.get('set-cookie')).toBe(
      `warta_preview=${previewCookieValue('draf-1', SECRET)}; Path=/; HttpOnly; SameSite=Lax; Secure`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(calls).toEqual(['draft']);
  });

  it('a forged, stale or other article link is refused with 401 and nothing enabled', async () => {
    const { calls, deps: d } = deps('rahasia-baru');
    for (const path of [
      previewLink('draf-1', SECRET),
      '/api/pratinjau?id=draf-1',
      '/api/pratinjau?id=../x&sig=abc',
    ]) {
      const response = await handlePreviewRequest(request(path), d);
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(calls).toEqual([]);
  });

  it('preview is off (404) without WARTA_PREVIEW_SECRET', async () => {
    const { deps: d } = deps(undefined);
    expect((await handlePreviewRequest(request(previewLink('draf-1', SECRET)), d)).status).toBe(
      404,
    );
  });
});
