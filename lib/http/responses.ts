import { cacheControl } from './cache-control';

export const CONTENT_TYPES = {
  xml: 'application/xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  jsonFeed: 'application/feed+json; charset=utf-8',
} as const;

/** A feed or sitemap response with its content type and CDN caching. */
export function machineResponse(body: string, type: keyof typeof CONTENT_TYPES): Response {
  return new Response(body, {
    headers: { 'Content-Type': CONTENT_TYPES[type], 'Cache-Control': cacheControl.machineReadable },
  });
}

/** A plain-text answer (UTF-8). */
export function plainTextResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export function notFoundResponse(): Response {
  return plainTextResponse('Not Found', 404);
}
