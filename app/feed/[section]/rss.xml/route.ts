import { storeRoute } from '@/lib/render/unavailable';
import { listSections } from '@/lib/queries';
import { machineResponse, notFoundResponse } from '@/lib/http/responses';
import { sectionFeed } from '@/lib/seo/feeds/build';
import { rssXml } from '@/lib/seo/feeds/rss';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 600;

export async function generateStaticParams() {
  return (await listSections()).map((s) => ({ section: s.id }));
}

export const GET = storeRoute(async function GET(
  _request: Request,
  { params }: { params: Promise<{ section: string }> },
) {
  const { section } = await params;
  await tagRoute(routeTags.sectionFeed(section));
  const feed = await sectionFeed(section);
  return feed ? machineResponse(rssXml(feed.channel, feed.items), 'rss') : notFoundResponse();
}, 'text');
