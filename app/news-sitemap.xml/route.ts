import { listAllArticles } from '@/lib/content';
import { machineResponse } from '@/lib/http/responses';
import { now } from '@/lib/now';
import { newsArticles, newsSitemapXml } from '@/lib/seo/sitemaps/news';
import { routeTags } from '@/lib/publishing/route-tags';
import { tagRoute } from '@/lib/publishing/tag-route';

/** Google News: the last two days' articles. Regenerated often, since the window moves. */
export const dynamic = 'force-static';
export const revalidate = 300;

export async function GET() {
  await tagRoute(routeTags.newsSitemap());
  return machineResponse(newsSitemapXml(newsArticles(await listAllArticles(), now())), 'xml');
}
