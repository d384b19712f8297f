import { NextResponse, type NextRequest } from 'next/server';
import { resolveArticleUrl } from '@/lib/content';

/**
 * Article URLs. A withdrawn article answers 410 Gone; its page shows the public reason. A live
 * one carries Last-Modified. The status is set here because a page cannot set its own, and not
 * through a rewrite: Next 16 treats a proxy rewrite as external when started with -H.
 */
export async function proxy(request: NextRequest) {
  const [, , id = '', slug] = request.nextUrl.pathname.split('/');
  const url = await resolveArticleUrl(id, slug);
  // "/berita/<id>" and old or wrong slugs: 308 to the canonical URL from here, not from the
  // page, because Next 16 sends the Location header twice when an ISR page redirects on its
  // first render (vercel/next.js#82117), which Googlebot treats as a redirect error.
  if (url.kind === 'redirect')
    return NextResponse.redirect(new URL(url.location, request.url), 308);
  if (url.kind === 'withdrawn') return NextResponse.next({ status: 410 });
  const response = NextResponse.next();
  if (url.kind === 'live')
    response.headers.set('Last-Modified', url.article.modifiedAt.toUTCString());
  return response;
}

export const config = {
  matcher: ['/berita/:id', '/berita/:id/:slug'],
};
