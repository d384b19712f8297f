import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed draft previews. A link carries its article id, when it expires and
 * HMAC-SHA256(WARTA_PREVIEW_SECRET, id and expiry): it works for that one article until then,
 * needs no storage, and every link dies when the secret changes. Opening it sets a cookie
 * carrying the same grant (no longer than the link lives) and redirects to the preview page,
 * whose address has no signature in it.
 */
export const PREVIEW_COOKIE = 'warta_preview';
export const PREVIEW_ENDPOINT = '/api/pratinjau';

/** How long a new link works unless WARTA_PREVIEW_DAYS says otherwise. */
export const DEFAULT_PREVIEW_DAYS = 7;
/** The longest a link may be made to work. */
export const MAX_PREVIEW_DAYS = 90;
const DAY_SECONDS = 86_400;

/** Headers of every preview response: never cached for the public, never indexed. */
export const PREVIEW_HEADERS = {
  'Cache-Control': 'private, no-store, max-age=0',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

const ID = /^[a-z0-9-]{1,100}$/;
/** Expiry as whole seconds since 1970 (twelve digits at most: no overflow, no exponent). */
const EXPIRES = /^[0-9]{1,12}$/;

/** How long a new preview link works, in seconds: WARTA_PREVIEW_DAYS (a number of days) or 7. */
export function previewLifetimeSeconds(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = env.WARTA_PREVIEW_DAYS?.trim();
  const days = raw ? Number(raw) : DEFAULT_PREVIEW_DAYS;
  const valid = Number.isFinite(days) && days > 0 && days <= MAX_PREVIEW_DAYS;
  return Math.round((valid ? days : DEFAULT_PREVIEW_DAYS) * DAY_SECONDS);
}

export function previewSignature(id: string, expires: number, secret: string): string {
  return createHmac('sha256', secret)
    .update(`warta-preview:v2:${id}:${expires}`)
    .digest('base64url');
}

/** What a link or cookie grants: the article while it lasts; an expired or forged one nothing. */
export type PreviewGrant =
  | { ok: true; id: string; expires: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'expired'; expires: number };

/**
 * Checks a grant: the signature first (constant time; both sides are 32-byte HMAC digests),
 * then the expiry, so only a genuine link is ever told it has expired.
 */
export function checkPreviewGrant(
  id: string,
  expires: string,
  signature: string,
  secret: string | undefined,
  now = Date.now(),
): PreviewGrant {
  if (!secret || !ID.test(id) || !EXPIRES.test(expires)) return { ok: false, reason: 'invalid' };
  const at = Number(expires);
  const wanted = Buffer.from(previewSignature(id, at, secret), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    return { ok: false, reason: 'invalid' };
  }
  if (at * 1000 <= now) return { ok: false, reason: 'expired', expires: at };
  return { ok: true, id, expires: at };
}

export interface PreviewLinkOptions {
  now?: number;
  /** Seconds the link works; previewLifetimeSeconds() when omitted. */
  lifetimeSeconds?: number;
}

/** A new link for an article: its path (under the site's origin) and when it stops working. */
export function createPreviewLink(
  id: string,
  secret: string,
  { now = Date.now(), lifetimeSeconds = previewLifetimeSeconds() }: PreviewLinkOptions = {},
): { path: string; expiresAt: Date } {
  const expires = Math.floor(now / 1000) + Math.max(1, Math.floor(lifetimeSeconds));
  const params = new URLSearchParams({
    id,
    exp: String(expires),
    sig: previewSignature(id, expires, secret),
  });
  return { path: `${PREVIEW_ENDPOINT}?${params}`, expiresAt: new Date(expires * 1000) };
}

/** The link an editor opens: the endpoint checks it and turns preview on for that article. */
export function previewLink(id: string, secret: string, options?: PreviewLinkOptions): string {
  return createPreviewLink(id, secret, options).path;
}

/** Where the preview itself is shown (the render side's route). */
export function previewPagePath(id: string): string {
  return `/pratinjau/${id}`;
}

export function previewCookieValue(id: string, expires: number, secret: string): string {
  return `${id}.${expires}.${previewSignature(id, expires, secret)}`;
}

/**
 * The article id a preview cookie grants, checked against the current secret and the clock;
 * else undefined.
 */
export function previewIdFromCookie(
  value: string | undefined,
  secret: string | undefined,
  now = Date.now(),
): string | undefined {
  const [id = '', expires = '', signature = '', ...rest] = value?.split('.') ?? [];
  if (rest.length) return undefined;
  const grant = checkPreviewGrant(id, expires, signature, secret, now);
  return grant.ok ? grant.id : undefined;
}

/**
 * The preview cookie's Set-Cookie value: HttpOnly, SameSite=Lax, Max-Age of the link's remaining
 * life, and Secure in production (behind a TLS terminator the request itself looks like http)
 * or whenever the request came over https.
 */
export function previewCookie(
  grant: { id: string; expires: number },
  secret: string,
  { now, secure }: { now: number; secure: boolean },
): string {
  const maxAge = Math.max(0, grant.expires - Math.ceil(now / 1000));
  return [
    `${PREVIEW_COOKIE}=${previewCookieValue(grant.id, grant.expires, secret)}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export interface PreviewRequestDeps {
  secret: string | undefined;
  enableDraftMode: () => Promise<void>;
  /** What a refused link is told: forged or for another secret; or genuine but expired. */
  refused: { invalid: string; expired: (expiredAt: Date) => string };
  now?: () => number;
  /** NODE_ENV is production (the default reads it): the cookie is then always Secure. */
  production?: boolean;
}

/**
 * GET /api/pratinjau?id=…&exp=…&sig=…: a valid, unexpired link enables preview (draft mode and a
 * signed, HttpOnly cookie naming the article) and redirects to the preview page, whose address
 * carries no signature; a forged link is refused (401) without saying whether the article
 * exists, an expired one (410) says so.
 */
export async function handlePreviewRequest(
  request: Request,
  deps: PreviewRequestDeps,
): Promise<Response> {
  const url = new URL(request.url);
  const param = (name: string) => url.searchParams.get(name) ?? '';
  if (!deps.secret) return new Response(null, { status: 404, headers: PREVIEW_HEADERS });
  const now = deps.now?.() ?? Date.now();
  const grant = checkPreviewGrant(param('id'), param('exp'), param('sig'), deps.secret, now);
  if (!grant.ok) {
    const expired = grant.reason === 'expired';
    return new Response(
      expired ? deps.refused.expired(new Date(grant.expires * 1000)) : deps.refused.invalid,
      {
        status: expired ? 410 : 401,
        headers: {
          ...PREVIEW_HEADERS,
          'Content-Type': 'text/plain; charset=utf-8',
          'Referrer-Policy': 'no-referrer',
        },
      },
    );
  }
  await deps.enableDraftMode();
  const production = deps.production ?? process.env.NODE_ENV === 'production';
  return new Response(null, {
    status: 307,
    headers: {
      ...PREVIEW_HEADERS,
      'Referrer-Policy': 'no-referrer',
      Location: previewPagePath(grant.id),
      'Set-Cookie': previewCookie(grant, deps.secret, {
        now,
        secure: production || url.protocol === 'https:',
      }),
    },
  });
}
