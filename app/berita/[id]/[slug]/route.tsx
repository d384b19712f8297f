import { storeRoute } from '@/lib/render/unavailable';
import { articleResponse, articleStaticParams } from '@/lib/render/pages/article';

// Known articles are built ahead; a new or scheduled one renders on first request and is
// re-checked every five minutes, so a 404 cached before its publication time does not stick.
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = 300;

export const generateStaticParams = articleStaticParams;

export const GET = storeRoute(async function GET(
  _request: Request,
  context: { params: Promise<{ id: string; slug: string }> },
) {
  const { id, slug } = await context.params;
  return articleResponse(id, slug);
});
