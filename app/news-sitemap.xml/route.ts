import { storeRoute } from '@/lib/render/unavailable';
import { listLatestSince } from '@/lib/queries';
import { machineResponse } from '@/lib/http/responses';
import { now } from '@/lib/now';
import {
  NEWS_MAX_ARTICLES,
  NEWS_WINDOW_MS,
  newsArticles,
  newsSitemapXml,
} from '@/lib/seo/sitemaps/news';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

/** Google News: the last two days' articles. Regenerated often, since the window moves. */
export const dynamic = 'force-static';
export const revalidate = 300;

export const GET = storeRoute(async function GET() {
  await tagRoute(routeTags.newsSitemap());
  const at = now();
  const recent = await listLatestSince(new Date(at.getTime() - NEWS_WINDOW_MS), NEWS_MAX_ARTICLES);
  return machineResponse(newsSitemapXml(newsArticles(recent, at)), 'xml');
}, 'text');
