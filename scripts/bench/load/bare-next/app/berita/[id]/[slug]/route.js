import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Warta's article route without Warta: the same dynamic shape and cache settings as
 * app/berita/[id]/[slug]/route.tsx, answering the bytes of the measured article, which
 * `npm run bench:load` writes beside the copy it builds (article.html). What Next costs for the
 * article's answer; the instance's figure above it is Warta's.
 */
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = 300;

export function generateStaticParams() {
  return [{ id: 'sama', slug: 'halaman-yang-sama' }];
}

export function GET() {
  return new Response(readFileSync(path.join(process.cwd(), 'article.html')), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
