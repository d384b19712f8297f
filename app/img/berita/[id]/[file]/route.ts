import { getArticle, listLatestArticles } from '@/lib/content';
import { cacheControl } from '@/lib/http/cache-control';
import { notFoundResponse } from '@/lib/http/responses';
import { CROP_NAMES, cropFileName, cropVersion, parseCropFileName } from '@/lib/seo/image-crops';
import { renderCrop } from '@/lib/seo/render-crop';

/** The 16x9, 4x3 and 1x1 crops NewsArticle structured data lists: /img/berita/<id>/<crop>-<v>.jpg. */
export const dynamic = 'force-static';

const PRERENDERED_ARTICLES = 50;

export async function generateStaticParams() {
  const articles = await listLatestArticles(PRERENDERED_ARTICLES);
  return articles.flatMap((a) =>
    CROP_NAMES.map((crop) => ({ id: a.id, file: cropFileName(crop, a.image) })),
  );
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; file: string }> },
) {
  const { id, file } = await params;
  const wanted = parseCropFileName(file);
  const article = wanted && (await getArticle(id));
  if (!wanted || !article || cropVersion(article.image) !== wanted.version)
    return notFoundResponse();
  const jpeg = await renderCrop(article.image, wanted.crop);
  return new Response(new Uint8Array(jpeg), {
    headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': cacheControl.fingerprinted },
  });
}
