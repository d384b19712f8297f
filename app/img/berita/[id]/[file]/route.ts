import { storeRoute } from '@/lib/render/unavailable';
import { getArticle } from '@/lib/queries';
import { cacheControl } from '@/lib/http/cache-control';
import { notFoundResponse } from '@/lib/http/responses';
import { cropVersion, parseCropFileName } from '@/lib/seo/image-crops';
import { renderCrop } from '@/lib/seo/render-crop';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

/**
 * The 16x9, 4x3 and 1x1 crops NewsArticle structured data lists: /img/berita/<id>/<crop>-<v>.jpg.
 * None is drawn at build: each is drawn on its first request, then cached by Next.
 */
export const dynamic = 'force-static';
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ id: string; file: string }[]> {
  return [];
}

export const GET = storeRoute(async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; file: string }> },
) {
  const { id, file } = await params;
  await tagRoute(routeTags.shareImage(id));
  const wanted = parseCropFileName(file);
  const article = wanted && (await getArticle(id));
  if (!wanted || !article || cropVersion(article.image) !== wanted.version)
    return notFoundResponse();
  const jpeg = await renderCrop(article.image, wanted.crop);
  return new Response(new Uint8Array(jpeg), {
    headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': cacheControl.fingerprinted },
  });
}, 'text');
