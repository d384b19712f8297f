import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed draft previews. A link carries HMAC-SHA256(WARTA_PREVIEW_SECRET, article id): it works
 * for that one article, needs no storage, and every link dies when the secret changes.
 */
export const PREVIEW_COOKIE = 'warta_preview';
export const PREVIEW_ENDPOINT = '/api/pratinjau';

/** Headers of every preview response: never cached for the public, never indexed. */
export const PREVIEW_HEADERS = {
  'Cache-Control': 'private, no-store, max-age=0',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

const ID = /^[a-z0-9-]{1,100}$/;

export function previewSignature(id: string, secret: string): string {
  return createHmac('sha256', secret).update(`warta-preview:v1:${id}`).digest('base64url');
}

/** Constant-time check of a signature (both sides are 32-byte HMAC digests). */
export function verifyPreviewSignature(
  id: string,
  signature: string,
  secret: string | undefined,
): boolean {
  if (!secret || !ID.test(id)) return false;
  const expected = Buffer.from(previewSignature(id, secret), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The link an editor opens: the endpoint checks it and turns preview on for that article. */
export function previewLink(id: string, secret: string): string {
  const params = new URLSearchParams({ id, sig: previewSignature(id, secret) });
  return `${PREVIEW_ENDPOINT}?${params}`;
}

/** Where the preview itself is shown (the render side's route). */
export function previewPagePath(id: string): string {
  return `/pratinjau/${id}`;
}

export function previewCookieValue(id: string, secret: string): string {
  return `${id}.${previewSignature(id, secret)}`;
}

/** The article id a preview cookie grants, checked against the current secret; else undefined. */
export function previewIdFromCookie(
  value: string | undefined,
  secret: string | undefined,
): string | undefined {
  if (!value) return undefined;
  const dot = value.lastIndexOf('.');
  if (dot < 1) return undefined;
  const id = value.slice(0, dot);
  return verifyPreviewSignature(id, value.slice(dot + 1), secret) ? id : undefined;
}

/**
 * GET /api/pratinjau?id=…&sig=…: a valid link enables preview (draft mode and a signed,
 * HttpOnly cookie naming the article) and redirects to the preview page; anything else is
 * refused without saying whether the article exists.
 */
export async function handlePreviewRequest(
  request: Request,
  deps: { secret: string | undefined; enableDraftMode: () => Promise<void>; refused: string },
): Promise<Response> {
  const url = new URL(request.url);
  const id = url.searchParams.get('id') ?? '';
  const sig = url.searchParams.get('sig') ?? '';
  if (!deps.secret) return new Response(null, { status: 404, headers: PREVIEW_HEADERS });
  if (!verifyPreviewSignature(id, sig, deps.secret)) {
    return new Response(deps.refused, {
      status: 401,
      headers: { ...PREVIEW_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  await deps.enableDraftMode();
  const secure = url.protocol === 'https:' ? '; Secure' : '';
  return new Response(null, {
    status: 307,
    headers: {
      ...PREVIEW_HEADERS,
      Location: previewPagePath(id),
      'Set-Cookie': `${PREVIEW_COOKIE}=${previewCookieValue(id, deps.secret)}; Path=/; HttpOnly; SameSite=Lax${secure}`,
    },
  });
}
