import { storeRoute } from '@/lib/render/unavailable';
import { articleResponse } from '@/lib/render/pages/article';

/**
 * "/berita/<id>" alone: 308 to the canonical URL with the current slug (404 if unknown). Never
 * built ahead (a redirect is cheap to answer and would double the build's documents): each is
 * answered on its first request and cached.
 */
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = 300;

export const GET = storeRoute(async function GET(
  _request: Request,
  context: { params: Promise<{ id: string }> },
) {
  return articleResponse((await context.params).id);
});
