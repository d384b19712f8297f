import { readerRoute } from '@/lib/render/unavailable';
import { articleResponse, articleStaticParams } from '@/lib/render/pages/article';

/** "/berita/<id>" alone: 308 to the canonical URL with the current slug (404 if unknown). */
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = 300;

export async function generateStaticParams() {
  return (await articleStaticParams()).map(({ id }) => ({ id }));
}

export const GET = readerRoute(async function GET(
  _request: Request,
  context: { params: Promise<{ id: string }> },
) {
  return articleResponse((await context.params).id);
});
