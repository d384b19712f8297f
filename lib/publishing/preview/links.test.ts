import { describe, expect, it } from 'vitest';
import {
  checkPreviewGrant,
  createPreviewLink,
  DEFAULT_PREVIEW_DAYS,
  handlePreviewRequest,
  previewCookieValue,
  previewIdFromCookie,
  previewLifetimeSeconds,
  previewLink,
  previewSignature,
  type PreviewRequestDeps,
} from './links';

const SECRET = 'rahasia-pratinjau';
const NOW = Date.parse('2024-12-23T03:00:00Z');
const DAY = 86_400;
const nowSeconds = NOW / 1000;

/** The query of a link made at NOW, as the endpoint reads it. */
function linkParams(id: string, secret = SECRET, lifetimeSeconds?: number) {
  const { path } = createPreviewLink(id, secret, { now: NOW, lifetimeSeconds });
  return new URL(path, 'https://www.riau24.com').searchParams;
}

describe('preview links', () => {
  it('expire after seven days unless WARTA_PREVIEW_DAYS says otherwise', () => {
    expect(DEFAULT_PREVIEW_DAYS).toBe(7);
    expect(previewLifetimeSeconds({})).toBe(7 * DAY);
    expect(previewLifetimeSeconds({ WARTA_PREVIEW_DAYS: '2' })).toBe(2 * DAY);
    expect(previewLifetimeSeconds({ WARTA_PREVIEW_DAYS: '0.5' })).toBe(DAY / 2);
    for (const bad of ['0', '-1', 'seminggu', 'Infinity', '1000']) {
      expect(previewLifetimeSeconds({ WARTA_PREVIEW_DAYS: bad })).toBe(7 * DAY);
    }
    const { path, expiresAt } = createPreviewLink('draf-1', SECRET, {
      now: NOW,
      lifetimeSeconds: previewLifetimeSeconds({}),
    });
    expect(expiresAt.toISOString()).toBe('2024-12-30T03:00:00.000Z');
    const params = new URL(path, 'https://x').searchParams;
    expect(params.get('id')).toBe('draf-1');
    expect(params.get('exp')).toBe(String(nowSeconds + 7 * DAY));
    expect(params.get('sig')).toBe(previewSignature('draf-1', nowSeconds + 7 * DAY, SECRET));
    expect(path.startsWith('/api/pratinjau?')).toBe(true);
  });

  it('a link holds for its article until it expires, and not after the secret changes', () => {
    const p = linkParams('draf-1', SECRET, DAY);
    const [id, exp, sig] = [p.get('id')!, p.get('exp')!, p.get('sig')!];
    const at = (ms: number) => checkPreviewGrant(id, exp, sig, SECRET, ms);
    expect(at(NOW)).toEqual({ ok: true, id: 'draf-1', expires: nowSeconds + DAY });
    expect(at(NOW + DAY * 1000 - 1).ok).toBe(true);
    expect(at(NOW + DAY * 1000)).toEqual({
      ok: false,
      reason: 'expired',
      expires: nowSeconds + DAY,
    });
    expect(checkPreviewGrant('draf-2', exp, sig, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkPreviewGrant(id, exp, sig, 'rahasia-baru', NOW).ok).toBe(false);
    expect(checkPreviewGrant(id, exp, sig, undefined, NOW).ok).toBe(false);
    expect(checkPreviewGrant(id, exp, sig.slice(0, -1), SECRET, NOW).ok).toBe(false);
    expect(checkPreviewGrant(id, exp, '', SECRET, NOW).ok).toBe(false);
  });

  it('a tampered expiry is a forged link, never "expired" and never longer', () => {
    const p = linkParams('draf-1', SECRET, DAY);
    const [id, sig] = [p.get('id')!, p.get('sig')!];
    for (const exp of [
      String(nowSeconds + 365 * DAY),
      String(nowSeconds - 1),
      `${nowSeconds + DAY}.0`,
      '1e12',
      ' 1',
      '',
    ]) {
      expect(checkPreviewGrant(id, exp, sig, SECRET, NOW)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    // A genuine link signed for the past is expired, not forged.
    const old = linkParams('draf-1', SECRET, DAY);
    expect(
      checkPreviewGrant('draf-1', old.get('exp')!, old.get('sig')!, SECRET, NOW + 2 * DAY * 1000),
    ).toEqual({ ok: false, reason: 'expired', expires: nowSeconds + DAY });
  });

  it('the cookie names the article, lasts no longer than the link and dies with the secret', () => {
    const expires = nowSeconds + DAY;
    const value = previewCookieValue('draf-1', expires, SECRET);
    expect(value).toBe(`draf-1.${expires}.${previewSignature('draf-1', expires, SECRET)}`);
    expect(previewIdFromCookie(value, SECRET, NOW)).toBe('draf-1');
    expect(previewIdFromCookie(value, SECRET, expires * 1000)).toBeUndefined();
    expect(previewIdFromCookie(value, 'rahasia-baru', NOW)).toBeUndefined();
    expect(previewIdFromCookie(value.replace('draf-1', 'draf-2'), SECRET, NOW)).toBeUndefined();
    expect(
      previewIdFromCookie(value.replace(String(expires), String(expires + DAY)), SECRET, NOW),
    ).toBeUndefined();
    expect(previewIdFromCookie(`${value}.x`, SECRET, NOW)).toBeUndefined();
    expect(previewIdFromCookie('tanpa-titik', SECRET, NOW)).toBeUndefined();
    expect(previewIdFromCookie(undefined, SECRET, NOW)).toBeUndefined();
  });
});

describe('GET /api/pratinjau', () => {
  const request = (path: string, origin = 'https://www.riau24.com') =>
    new Request(`${origin}${path}`);
  const deps = (secret: string | undefined, over: Partial<PreviewRequestDeps> = {}) => {
    const calls: string[] = [];
    const d: PreviewRequestDeps = {
      secret,
      refused: { invalid: 'ditolak', expired: (at) => `kedaluwarsa ${at.toISOString()}` },
      enableDraftMode: async () => void calls.push('draft'),
      now: () => NOW,
      production: false,
      ...over,
    };
    return { calls, deps: d };
  };
  const link = (id: string, secret = SECRET, lifetimeSeconds = 7 * DAY) =>
    previewLink(id, secret, { now: NOW, lifetimeSeconds });
  const expires = nowSeconds + 7 * DAY;

  it('a valid link enables draft mode, sets the cookie and redirects to an address without the signature', async () => {
    const { calls, deps: d } = deps(SECRET);
    const response = await handlePreviewRequest(request(link('draf-1')), d);
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/pratinjau/draf-1');
    expect(response.headers.get('set-cookie')).toBe(
      `warta_preview=${previewCookieValue('draf-1', expires, SECRET)}; Path=/; Max-Age=${7 * DAY}; HttpOnly; SameSite=Lax; Secure`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(calls).toEqual(['draft']);
  });

  it('the cookie lives only as long as the link has left', async () => {
    const { deps: d } = deps(SECRET, { now: () => NOW + 6 * DAY * 1000 + 500 });
    const response = await handlePreviewRequest(request(link('draf-1')), d);
    expect(response.status).toBe(307);
    expect(response.headers.get('set-cookie')).toContain(`; Max-Age=${DAY - 1};`);
  });

  /** The parts of the cookie a valid link sets when it reaches the server at `origin`. */
  const cookieParts = async (origin: string, production: boolean) => {
    const { deps: d } = deps(SECRET, { production });
    const cookie = (await handlePreviewRequest(request(link('draf-1'), origin), d)).headers.get(
      'set-cookie',
    );
    return cookie?.split('; ');
  };
  /** Those parts but Secure. */
  const cookieWithoutSecure = () => [
    `warta_preview=${previewCookieValue('draf-1', expires, SECRET)}`,
    'Path=/',
    `Max-Age=${7 * DAY}`,
    'HttpOnly',
    'SameSite=Lax',
  ];

  it('in production the cookie is Secure even when the request reached the server over http', async () => {
    expect(await cookieParts('http://127.0.0.1:3000', true)).toEqual([
      ...cookieWithoutSecure(),
      'Secure',
    ]);
  });

  it('in development over http the cookie is not Secure (the browser would drop it), still HttpOnly and Lax', async () => {
    expect(await cookieParts('http://localhost:3000', false)).toEqual(cookieWithoutSecure());
  });

  it('reads NODE_ENV when not told', async () => {
    const { deps: d } = deps(SECRET, { production: undefined });
    const before = process.env.NODE_ENV;
    const env = process.env as Record<string, string | undefined>;
    try {
      env.NODE_ENV = 'production';
      const secure = await handlePreviewRequest(request(link('draf-1'), 'http://127.0.0.1'), d);
      expect(secure.headers.get('set-cookie')).toMatch(/; Secure$/);
      env.NODE_ENV = 'development';
      const plain = await handlePreviewRequest(request(link('draf-1'), 'http://127.0.0.1'), d);
      expect(plain.headers.get('set-cookie')).not.toContain('Secure');
    } finally {
      env.NODE_ENV = before;
    }
  });

  it('an expired link is refused with 410 and says since when; nothing enabled', async () => {
    const { calls, deps: d } = deps(SECRET, { now: () => NOW + 7 * DAY * 1000 });
    const response = await handlePreviewRequest(request(link('draf-1')), d);
    expect(response.status).toBe(410);
    expect(await response.text()).toBe(`kedaluwarsa ${new Date(expires * 1000).toISOString()}`);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    expect(calls).toEqual([]);
  });

  it('a forged, tampered, unsigned or other-secret link is refused with 401 and nothing enabled', async () => {
    const { calls, deps: d } = deps('rahasia-baru');
    const genuine = new URL(link('draf-1', 'rahasia-baru'), 'https://x').searchParams;
    const longer = new URLSearchParams(genuine);
    longer.set('exp', String(expires + 365 * DAY));
    const other = new URLSearchParams(genuine);
    other.set('id', 'draf-2');
    for (const path of [
      link('draf-1', SECRET),
      `/api/pratinjau?${longer}`,
      `/api/pratinjau?${other}`,
      '/api/pratinjau?id=draf-1',
      `/api/pratinjau?id=draf-1&exp=${expires}`,
      '/api/pratinjau?id=../x&exp=1&sig=abc',
    ]) {
      const response = await handlePreviewRequest(request(path), d);
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('ditolak');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(calls).toEqual([]);
  });

  it('preview is off (404) without WARTA_PREVIEW_SECRET', async () => {
    const { deps: d } = deps(undefined);
    expect((await handlePreviewRequest(request(link('draf-1')), d)).status).toBe(404);
  });
});
