import { machineResponse } from '@/lib/http/responses';
import { siteFeed } from '@/lib/seo/feeds/build';
import { rssXml } from '@/lib/seo/feeds/rss';

export const dynamic = 'force-static';
export const revalidate = 600;

export async function GET() {
  const { channel, items } = await siteFeed('rss');
  return machineResponse(rssXml(channel, items), 'rss');
}
